import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { TokenSiblingEntry } from '../knowledge/token-siblings.js';
import type { TokenFlow, TokenInfo } from './token-flow.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { RAW_VALUE_METHODS } from '../knowledge/token-names.js';
import { TOKEN_SIBLINGS } from '../knowledge/token-siblings.js';
import { getEnclosingFunction, getPropertyName, unwrapExpression } from './ast.js';
import { getTrailingName } from './token-flow.js';

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
  sourceCode?: Readonly<TSESLint.SourceCode>,
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
    if (entry.form === 'claims-raw') {
      const replacement = getClaimsRawReplacement(node, entry, info, importedModules, sourceCode);
      if (replacement) return replacement;
      continue;
    }
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

/**
 * The certain rewrite for an ID token that reaches a bearer header through a `const` alias:
 * `const token = user.id_token` ... `Bearer ${token}`. The rewrite edits the initialiser
 * (`user.access_token`), which is only safe when every read of the `const` is itself a bearer
 * credential (`isBearerUse`): then nothing else in the program sees the changed value. Returns
 * `undefined` for `let`, destructuring, parameters, or any other use of the variable.
 */
export function getAliasedAccessTokenReplacement(
  tokenNode: TSESTree.Node,
  flow: TokenFlow,
  sourceCode: Readonly<TSESLint.SourceCode>,
  isBearerUse: (identifier: TSESTree.Identifier) => boolean,
): AccessTokenReplacement | undefined {
  const node = unwrapExpression(tokenNode);
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable') return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.parent.kind !== 'const' || declarator.id !== def.name || !declarator.init) return undefined;
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    if (!reference.isRead() || reference.isWrite()) return undefined;
    if (reference.identifier.type !== AST_NODE_TYPES.Identifier || !isBearerUse(reference.identifier)) return undefined;
  }
  const info = flow.classify(declarator.init);
  if (info?.kind !== 'id') return undefined;
  return getAccessTokenReplacement(declarator.init, info, flow.modules, sourceCode);
}

/**
 * Auth0: `claims.__raw` (the raw ID token of `await getIdTokenClaims()`) becomes
 * `await getAccessTokenSilently()` (auth0-react / auth0-vue, the getter destructured from
 * `useAuth0()` and visible here) or `await client.getTokenSilently()` (auth0-spa-js, the same
 * client the claims came from). Only inside an `async` function, so the `await` is valid.
 */
function getClaimsRawReplacement(
  node: TSESTree.Node,
  entry: TokenSiblingEntry,
  info: TokenInfo,
  importedModules: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode> | undefined,
): AccessTokenReplacement | undefined {
  if (!sourceCode || node.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(node) !== entry.idName) return undefined;
  if (info.sourceId === undefined || !entry.requiresSource.includes(info.sourceId)) return undefined;
  if (!entry.modules.some((module) => importedModules.has(module))) return undefined;
  if (getEnclosingFunction(node)?.async !== true) return undefined;
  const replaced = node.parent?.type === AST_NODE_TYPES.ChainExpression ? node.parent : node;
  // auth0-react / auth0-vue: a getter destructured from `useAuth0()` in scope.
  const getter = ASTUtils.findVariable(sourceCode.getScope(node), entry.accessName);
  const getterDef = getter?.defs[0];
  if (getter && getter.defs.length === 1 && getterDef?.type === 'Variable') {
    const declarator = getterDef.node as TSESTree.VariableDeclarator;
    const init = declarator.init ? unwrapExpression(declarator.init) : undefined;
    if (
      declarator.id.type === AST_NODE_TYPES.ObjectPattern &&
      init?.type === AST_NODE_TYPES.CallExpression &&
      /^use(?:Auth0)$/.test(getTrailingName(init.callee) ?? '')
    ) {
      return { node: replaced, text: `await ${entry.accessName}()`, entryId: entry.id };
    }
  }
  // auth0-spa-js: `const claims = await auth0.getIdTokenClaims()` -> `await auth0.getTokenSilently()`.
  const claims = unwrapExpression(node.object);
  if (claims.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = ASTUtils.findVariable(sourceCode.getScope(claims), claims);
  const def = variable?.defs[0];
  if (variable?.defs.length !== 1 || def?.type !== 'Variable') return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.parent.kind !== 'const' || !declarator.init) return undefined;
  const call = unwrapExpression(declarator.init);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const client = unwrapExpression(call.callee.object);
  if (client.type !== AST_NODE_TYPES.Identifier || getPropertyName(call.callee) !== 'getIdTokenClaims') return undefined;
  const clientVariable = ASTUtils.findVariable(sourceCode.getScope(node), client.name);
  if (!clientVariable || clientVariable.defs[0]?.type !== 'Variable') return undefined;
  if (entry.accessName === 'getAccessTokenSilently' && !/^(?:auth0|auth)$/i.test(client.name)) return undefined;
  return { node: replaced, text: `await ${client.name}.${entry.accessName}()`, entryId: entry.id };
}
