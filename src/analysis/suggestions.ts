import type { TSESTree } from '@typescript-eslint/utils';
import type { TokenSiblingEntry } from '../knowledge/token-siblings.js';
import type { TokenInfo } from './token-flow.js';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { RAW_VALUE_METHODS } from '../knowledge/token-names.js';
import { TOKEN_SIBLINGS } from '../knowledge/token-siblings.js';
import { getPropertyName, unwrapExpression } from './ast.js';

/** A certain ID-token -> access-token rewrite: replace `node` (a property or method name) with `text`. */
export interface AccessTokenReplacement {
  /** The identifier to replace (the property or the method name). */
  readonly node: TSESTree.Node;
  /** Replacement text. */
  readonly text: string;
  /** The knowledge entry that makes it certain. */
  readonly entryId: string;
}

/**
 * Finds the certain rewrite of an ID-token expression to the access token carried by the
 * same SDK object, from the `TOKEN_SIBLINGS` table. Returns `undefined` whenever the
 * sibling is not an API fact for this object (a bare variable, an unknown object).
 */
export function getAccessTokenReplacement(
  tokenNode: TSESTree.Node,
  info: TokenInfo,
  importedModules: ReadonlySet<string>,
): AccessTokenReplacement | undefined {
  let node = unwrapExpression(tokenNode);
  // `tokens.idToken.toString()`, `session.getIdToken().getJwtToken()`: look through raw-value getters.
  for (;;) {
    if (
      node.type === AST_NODE_TYPES.CallExpression &&
      node.callee.type === AST_NODE_TYPES.MemberExpression &&
      RAW_VALUE_METHODS.has(getPropertyName(node.callee) ?? '')
    ) {
      const receiver = unwrapExpression(node.callee.object);
      if (receiver.type === AST_NODE_TYPES.CallExpression || receiver.type === AST_NODE_TYPES.MemberExpression) {
        node = receiver;
        continue;
      }
    }
    break;
  }
  for (const entry of TOKEN_SIBLINGS as readonly TokenSiblingEntry[]) {
    if (entry.form === 'member' && node.type === AST_NODE_TYPES.MemberExpression && !node.computed) {
      if (getPropertyName(node) !== entry.idName) continue;
      const certain =
        (entry.requiresSource.length === 0 && entry.modules.length === 0) ||
        (info.sourceId !== undefined && entry.requiresSource.includes(info.sourceId));
      if (certain) return { node: node.property, text: entry.accessName, entryId: entry.id };
    }
    if (entry.form === 'call' && node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed) continue;
      if (getPropertyName(callee) !== entry.idName) continue;
      if (entry.modules.some((module) => importedModules.has(module))) {
        return { node: callee.property, text: entry.accessName, entryId: entry.id };
      }
    }
  }
  return undefined;
}
