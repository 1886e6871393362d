import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { getPropertyName, unwrapExpression } from './ast.js';
import { getCalleeName, getKeyName } from './token-flow.js';

/**
 * Members of a decoded token that do not carry trust in the token:
 * - the JOSE header of a complete decode (`decoded.header`, `.signature`) and header parameters
 *   (`kid`, `alg`, `typ`, `jku`, `x5u`, `x5t`, `cty`; RFC 7515 §4.1), read to pick a key;
 * - `iss`, read to route a multi-tenant token to its issuer's keys before verification;
 * - the time claims `exp`, `iat`, `nbf` (RFC 7519 §4.1.4-6), read to decide whether to refresh
 *   or forward a token, never to identify anyone.
 */
const NON_TRUSTING_MEMBERS = new Set(['alg', 'cty', 'exp', 'header', 'iat', 'iss', 'jku', 'kid', 'nbf', 'signature', 'typ', 'x5t', 'x5u']);

/** Methods that turn the decoded bytes into the JSON text (`.toString()`, the `split('').map().join('')` dance). */
const TEXT_METHODS = new Set(['join', 'map', 'replace', 'replaceAll', 'split', 'toString', 'trim']);

/** Functions whose result is the decoded value in another form: `JSON.parse`, `decodeURIComponent`, `TextDecoder#decode`. */
const TEXT_FUNCTIONS = new Set(['String', 'decode', 'decodeURIComponent', 'escape', 'parse', 'unescape']);

const MAX_DEPTH = 12;

/** Options of {@link isDecodedTokenTrusted}. */
export interface ClaimsUseOptions {
  /** The source code of the file. */
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** Tells whether a call writes to a log (from `createLogCallMatcher`). */
  readonly isLogCall: (node: TSESTree.CallExpression) => unknown;
}

/**
 * `true` when the value of `node`, the result of decoding a JWT (its claims, or the decoded
 * JSON text of a hand-written decode), is trusted: an identity or authorization claim is read
 * (`.sub`, `.role`, `{ email }`, `decoded[key]`), the claims are passed on (`req.user = decoded`,
 * `next(decoded)`, `{ user: decoded }`, returned), or code branches on them (`if (!decoded)`,
 * `decoded && ...`). Uses that only pick a key or issuer (`header.kid`, `iss`), only look at the
 * token's lifetime (`exp`, `iat`, `nbf`), or only write to a log are not trusting. The value is
 * followed through variables, destructuring, `JSON.parse`, `.toString()`, `??`/`||`, `await`
 * and TS assertions.
 */
export function isDecodedTokenTrusted(node: TSESTree.Node, options: ClaimsUseOptions, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const next = (child: TSESTree.Node): boolean => isDecodedTokenTrusted(child, options, depth + 1);
  let current = node;
  let parent = current.parent;
  while (parent) {
    if (
      parent.type === AST_NODE_TYPES.TSAsExpression ||
      parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      parent.type === AST_NODE_TYPES.TSTypeAssertion ||
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.ChainExpression
    ) {
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.LogicalExpression) {
      // `decoded && decoded.role`: a branch on the claims; `decoded ?? {}`: the same value.
      if (parent.operator === '&&' && parent.left === current) return true;
      current = parent;
    } else if (parent.type === AST_NODE_TYPES.ConditionalExpression) {
      if (parent.test === current) return true;
      current = parent;
    } else {
      break;
    }
    parent = current.parent;
  }
  if (!parent) return false;
  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object !== current) return true;
      const name = getPropertyName(parent, options.sourceCode.getScope(parent));
      if (name === undefined) return true;
      const call = parent.parent;
      if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
        return TEXT_METHODS.has(name) ? next(call) : !isInLogCall(call, options);
      }
      if (NON_TRUSTING_MEMBERS.has(name)) return false;
      if (name === 'payload') return next(parent);
      return isClaimUsed(parent, options);
    }
    case AST_NODE_TYPES.CallExpression: {
      if (parent.callee === current) return false;
      if (options.isLogCall(parent)) return false;
      const name = getCalleeName(parent.callee);
      if (name !== undefined && TEXT_FUNCTIONS.has(name)) return next(parent);
      return !isInLogCall(parent, options);
    }
    case AST_NODE_TYPES.VariableDeclarator:
      if (parent.init !== current) return false;
      return isBindingTrusted(parent.id, options, depth);
    case AST_NODE_TYPES.AssignmentExpression:
      if (parent.right !== current) return false;
      if (parent.left.type === AST_NODE_TYPES.Identifier || parent.left.type === AST_NODE_TYPES.ObjectPattern) {
        return isBindingTrusted(parent.left, options, depth);
      }
      // `req.user = decoded`, `res.locals.claims = decoded`
      return true;
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.SequenceExpression:
      return false;
    case AST_NODE_TYPES.Property:
    case AST_NODE_TYPES.SpreadElement:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.JSXExpressionContainer:
      return !isInLogCall(parent, options);
    default:
      // Returned, compared, branched on, thrown, passed to `new`: all trust the claims.
      return true;
  }
}

/** A variable or destructuring pattern that receives the decoded value. */
function isBindingTrusted(target: TSESTree.Node, options: ClaimsUseOptions, depth: number): boolean {
  const pattern = target.type === AST_NODE_TYPES.AssignmentPattern ? target.left : target;
  if (pattern.type === AST_NODE_TYPES.Identifier) {
    return getReads(pattern, options).some((read) => isDecodedTokenTrusted(read, options, depth + 1));
  }
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return true;
  for (const property of pattern.properties) {
    if (property.type === AST_NODE_TYPES.RestElement) return true;
    const name = property.computed ? undefined : getKeyName(property.key);
    if (name === undefined) return true;
    if (NON_TRUSTING_MEMBERS.has(name)) continue;
    if (name === 'payload') {
      if (isBindingTrusted(property.value, options, depth + 1)) return true;
      continue;
    }
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value.type !== AST_NODE_TYPES.Identifier) return true;
    if (getReads(value, options).some((read) => isClaimUsed(read, options))) return true;
  }
  return false;
}

function getReads(identifier: TSESTree.Identifier, options: ClaimsUseOptions): TSESTree.Identifier[] {
  const variable = ASTUtils.findVariable(options.sourceCode.getScope(identifier), identifier);
  if (!variable) return [];
  return variable.references
    .filter((reference) => reference.isRead() && reference.identifier !== identifier)
    .map((reference) => reference.identifier as TSESTree.Identifier);
}

/** A claim value counts as used unless it is only written to a log or dropped. */
function isClaimUsed(node: TSESTree.Node, options: ClaimsUseOptions): boolean {
  const statement = unwrapExpression(node).parent;
  if (statement?.type === AST_NODE_TYPES.ExpressionStatement) return false;
  return !isInLogCall(node, options);
}

/** `true` when `node` sits in the arguments of a log call of the same expression. */
function isInLogCall(node: TSESTree.Node, options: ClaimsUseOptions): boolean {
  let child: TSESTree.Node = node;
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type.endsWith('Statement') ||
      current.type === AST_NODE_TYPES.VariableDeclarator
    ) {
      return false;
    }
    if (current.type === AST_NODE_TYPES.CallExpression && current.callee !== child && options.isLogCall(current)) return true;
    child = current;
  }
  return false;
}
