import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { getPropertyName, getStaticKeyName, getStaticString, unwrapExpression } from './ast.js';
import { getBearerOperand, getCalleeName, getStaticUrlText, stripEmptyFallbacks } from './token-flow.js';

/** Header names that carry a bearer credential (RFC 6750 §2.1, RFC 9110 §11.6.2). */
const AUTHORIZATION_HEADER = /^(?:proxy-)?authorization$/i;

/**
 * Methods that set one header from a (name, value) pair: `Headers#set/append`, Angular
 * `HttpHeaders#set/append`, `XMLHttpRequest#setRequestHeader`, superagent/supertest `.set`,
 * Node `res.setHeader`, ky/undici `headers.set`.
 */
const HEADER_SETTERS = new Set(['set', 'append', 'setRequestHeader', 'header', 'setHeader', 'appendHeader']);

/** Where a value enters an `Authorization` header. */
export interface AuthorizationSink {
  /** The header value expression as written at the sink. */
  readonly value: TSESTree.Node;
  /** How the sink was recognised, for messages. */
  readonly via: 'header-object' | 'header-setter' | 'header-tuple' | 'header-assignment' | 'bearer-string' | 'bearer-auth-option';
}

/** `true` when `name` is an `Authorization`/`Proxy-Authorization` header name. */
export function isAuthorizationHeaderName(name: string | undefined): boolean {
  return name !== undefined && AUTHORIZATION_HEADER.test(name);
}

/**
 * Listeners that report every value that becomes a bearer credential:
 * header objects (`{ Authorization: v }`) of any client (fetch, axios, ky, got, ofetch,
 * Angular, Apollo `setContext`, graphql-request, jQuery), setter calls (`headers.set(...)`,
 * `xhr.setRequestHeader(...)`, superagent `.set(...)`), `[name, value]` tuples,
 * assignments (`config.headers.Authorization = v`, axios `defaults.headers.common[...]`),
 * superagent `.auth(token, { type: 'bearer' })`, and any `Bearer ${x}` string.
 *
 * A header value that is itself a `Bearer ...` string (directly or through a `const`) is
 * reported once, at the string, not again at the sink.
 */
export function createAuthorizationListeners(
  sourceCode: Readonly<TSESLint.SourceCode>,
  onSink: (sink: AuthorizationSink) => void,
): TSESLint.RuleListener {
  const handleValue = (value: TSESTree.Node, via: AuthorizationSink['via']): void => {
    if (isBearerString(value, sourceCode)) return;
    onSink({ value, via });
  };
  const listeners: TSESLint.RuleListener = {
    Property(node) {
      if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
      if (!isAuthorizationHeaderName(getStaticKeyName(node, node.computed ? sourceCode.getScope(node) : undefined))) return;
      handleValue(node.value, 'header-object');
    },
    CallExpression(node) {
      const name = getCalleeName(node.callee);
      if (name === undefined) return;
      if (HEADER_SETTERS.has(name) && node.arguments.length >= 2) {
        const headerName = getStaticString(node.arguments[0]!, sourceCode.getScope(node));
        if (isAuthorizationHeaderName(headerName)) handleValue(node.arguments[1]!, 'header-setter');
        return;
      }
      // superagent / supertest: `.auth(token, { type: 'bearer' })`.
      if (name === 'auth' && node.arguments.length >= 2 && node.callee.type === AST_NODE_TYPES.MemberExpression) {
        const options = unwrapExpression(node.arguments[1]!);
        if (options.type !== AST_NODE_TYPES.ObjectExpression) return;
        const isBearer = options.properties.some(
          (property) =>
            property.type === AST_NODE_TYPES.Property &&
            getStaticKeyName(property) === 'type' &&
            getStaticString(property.value)?.toLowerCase() === 'bearer',
        );
        if (isBearer) onSink({ value: node.arguments[0]!, via: 'bearer-auth-option' });
      }
    },
    ArrayExpression(node) {
      if (node.elements.length !== 2) return;
      const [first, second] = node.elements;
      if (!first || !second || first.type === AST_NODE_TYPES.SpreadElement || second.type === AST_NODE_TYPES.SpreadElement) return;
      if (!isAuthorizationHeaderName(getStaticString(first))) return;
      handleValue(second, 'header-tuple');
    },
    AssignmentExpression(node) {
      if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
      if (!isAuthorizationHeaderName(getPropertyName(node.left, sourceCode.getScope(node)))) return;
      handleValue(node.right, 'header-assignment');
    },
    TemplateLiteral(node) {
      const operand = getBearerOperand(node);
      if (operand) onSink({ value: node, via: 'bearer-string' });
    },
    BinaryExpression(node) {
      if (node.parent.type === AST_NODE_TYPES.BinaryExpression && node.parent.left === node) return;
      const operand = getBearerOperand(node);
      if (operand) onSink({ value: node, via: 'bearer-string' });
    },
  };
  // Per-file gates: header sinks need the word `authorization`, bearer strings the word `bearer`.
  const { text } = sourceCode;
  if (!/authorization/i.test(text)) {
    delete listeners.Property;
    delete listeners.ArrayExpression;
    delete listeners.AssignmentExpression;
  }
  if (!/bearer/i.test(text)) {
    delete listeners.TemplateLiteral;
    delete listeners.BinaryExpression;
  }
  return listeners;
}

/** Constructors that wrap a header object without being the request (`new Headers({...})`). */
const HEADER_CONSTRUCTORS = new Set(['Headers', 'HttpHeaders', 'AxiosHeaders']);

/**
 * The static text (`*` for unknown parts) of the URL of the request that a header value is
 * written into: `fetch('/auth/refresh', { headers: { Authorization: v } })`,
 * `axios.post(url, body, { headers })`, `new Request(url, init)`, superagent
 * `request.post(url).set('Authorization', v)`. `undefined` when the request is not visible
 * from the value (a header object built in a variable, an interceptor).
 */
export function getRequestUrlText(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  let child: TSESTree.Node = value;
  let current: TSESTree.Node | undefined = value.parent;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current.type === AST_NODE_TYPES.CallExpression || current.type === AST_NODE_TYPES.NewExpression) {
      const index = current.arguments.indexOf(child as TSESTree.CallExpressionArgument);
      if (current.type === AST_NODE_TYPES.NewExpression && HEADER_CONSTRUCTORS.has(getCalleeName(current.callee) ?? '')) {
        child = current;
        current = current.parent;
        continue;
      }
      const callee = unwrapExpression(current.callee);
      if (index > 0 && callee.type === AST_NODE_TYPES.MemberExpression && HEADER_SETTERS.has(getPropertyName(callee) ?? '')) {
        // `request.post(url).set('Authorization', v)`: the URL is on the call that built the request.
        const request = unwrapExpression(callee.object);
        return request.type === AST_NODE_TYPES.CallExpression && request.arguments[0]
          ? getStaticUrlText(request.arguments[0], sourceCode.getScope(request))
          : undefined;
      }
      const url = current.arguments[0];
      return index > 0 && url ? getStaticUrlText(url, sourceCode.getScope(current)) : undefined;
    }
    // A request config that names its own URL: axios `{ url, headers }`, jQuery `$.ajax({ url, headers })`.
    if (current.type === AST_NODE_TYPES.ObjectExpression) {
      const url = getRequestConfigUrl(current, sourceCode);
      if (url !== undefined) return url;
    }
    if (
      current.type !== AST_NODE_TYPES.Property &&
      current.type !== AST_NODE_TYPES.ObjectExpression &&
      current.type !== AST_NODE_TYPES.TSAsExpression &&
      current.type !== AST_NODE_TYPES.TSSatisfiesExpression
    ) {
      return undefined;
    }
    child = current;
    current = current.parent;
  }
  return undefined;
}

/** Keys under which a request config object holds the request URL. */
const REQUEST_URL_KEYS = new Set(['url', 'uri']);

/** The static text of the `url` property of a request config object, if it has one. */
function getRequestConfigUrl(config: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>): string | undefined {
  for (const property of config.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    if (!REQUEST_URL_KEYS.has(getStaticKeyName(property) ?? '')) continue;
    return getStaticUrlText(property.value, sourceCode.getScope(property));
  }
  return undefined;
}

/**
 * `true` when a value is a `Bearer ...` string, directly, behind an empty fallback
 * (`t ? 'Bearer ' + t : ''`) or through a `const`/`let` initialiser.
 */
function isBearerString(value: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const node = unwrapExpression(stripEmptyFallbacks(value));
  if (getBearerOperand(node)) return true;
  if (node.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const def = variable?.defs[0];
  if (def?.type !== 'Variable') return false;
  const declarator = def.node as TSESTree.VariableDeclarator;
  return declarator.id === def.name && declarator.init !== null && getBearerOperand(stripEmptyFallbacks(declarator.init)) !== undefined;
}
