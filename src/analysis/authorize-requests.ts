import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FlowOptionEntry, OAuthFlowEntry, PkceSwitchEntry } from '../knowledge/oauth-flows.js';
import type { FoundReference, MutableTraceMap, PropertyTracker, TraceMap } from './references.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  AUTHORIZATION_CONTEXT_PARAMS,
  CODE_CHALLENGE_METHOD_ENUM_MEMBERS,
  IMPLICIT_FLOW_OPTIONS,
  OAUTH_FLOW_APIS,
  PKCE_SWITCHES,
  RESPONSE_TYPE_ENUM_MEMBERS,
} from '../knowledge/oauth-flows.js';
import { getOutermostWrapper, getPropertyName, getStaticKeyName, getStaticString, unwrapExpression, walkTree } from './ast.js';
import { getImportedModules } from './imports.js';
import { collectGlobalReads, ensureTracePath } from './references.js';

/** One parameter of an authorization request. */
export interface AuthorizationParam {
  /** Parameter name in snake_case (`responseType` and `clientID` become `response_type`, `client_id`). */
  readonly name: string;
  /** Its value when known at lint time (arrays of strings are joined with a space). */
  readonly value: string | undefined;
  /** The node that states the parameter: its value expression, or the string part that spells it. */
  readonly node: TSESTree.Node;
  /** Exact location of `name=value` inside a string, when the parameter is written in a URL. */
  readonly loc: TSESTree.SourceLocation | undefined;
}

/** How an authorization request is written. */
export type AuthorizationRequestSource =
  /** A URL string: template literal, concatenation or literal. */
  | 'url'
  /** A `URLSearchParams` or `URL` object filled with `set`/`append`. */
  | 'search-params'
  /** A parameter or settings object literal. */
  | 'parameters'
  /** A library API called without a settings object we can read. */
  | 'api';

/** Parameters of an OAuth authorization request (RFC 6749 §4.1.1, OIDC Core §3.1.2.1) found in the code. */
export interface AuthorizationRequest {
  /** How it is written. */
  readonly source: AuthorizationRequestSource;
  /** The expression that builds it (the URL, the `new URLSearchParams`, the object literal, the API call). */
  readonly node: TSESTree.Node;
  /** Parameters by snake_case name (the first occurrence of each). */
  readonly params: ReadonlyMap<string, AuthorizationParam>;
  /**
   * `true` when every parameter is known: no spread, dynamic key, opaque query part, or later
   * mutation we cannot follow (`url += ...`, the object handed to an unknown helper).
   */
  readonly complete: boolean;
  /** `true` when the parameters are turned into a URL by the code itself (string, `URLSearchParams`, `qs.stringify`, a URL-building API). */
  readonly buildsUrl: boolean;
  /** `true` when the request has OAuth context: a client or redirect parameter, an authorization path, or a library API. */
  readonly hasContext: boolean;
  /** The library API that receives the parameters, when there is one. */
  readonly api: OAuthFlowEntry | undefined;
}

/** A PKCE switch or flow option set in an object literal. */
export interface FlowOptionFinding {
  /** The property. */
  readonly property: TSESTree.Property;
  /** The PKCE switch that is turned off, if that is what the property does. */
  readonly pkceSwitch: PkceSwitchEntry | undefined;
  /** The implicit / hybrid flow option, if that is what the property does. */
  readonly flowOption: FlowOptionEntry | undefined;
}

/** `response_type` words (RFC 6749 §3.1.1, OAuth 2.0 Multiple Response Type Encoding Practices §5). */
const RESPONSE_TYPE_WORDS: ReadonlySet<string> = new Set(['code', 'token', 'id_token', 'none']);
const SEARCH_PARAMS_METHODS: ReadonlySet<string> = new Set(['set', 'append']);
/** Functions that serialise an object into a query string. */
const QUERY_STRINGIFIERS: ReadonlySet<string> = new Set(['stringify', 'encode', 'queryStringify', 'toQueryString', 'buildQueryString']);
/** Calls that only send, navigate to or convert a finished URL; passing a URL to them adds no parameter. */
const URL_CONSUMERS: ReadonlySet<string> = new Set([
  'String',
  'assign',
  'encodeURI',
  'encodeURIComponent',
  'fetch',
  'navigate',
  'open',
  'openAuthSessionAsync',
  'openBrowserAsync',
  'openURL',
  'push',
  'redirect',
  'replace',
  'log',
  'debug',
  'info',
  'navigateTo',
  'sendRedirect',
]);
const AUTHORIZATION_PATH = /authori[sz]e|oauth|\/auth(?:\b|$)|openid-connect|\/connect\//i;
const STRING_TRIGGER = /(?:response_type|code_challenge_method|code_challenge)=/i;
/** Words an authorization-request object must contain one of (see {@link isRequestParam}), camelCase or snake_case. */
const OBJECT_TRIGGER = /response_?type|code_?challenge|client_?id|redirect_?ur[il]|authority|issuer/i;
const PLACEHOLDER = '\u0000';
const MAX_DEPTH = 3;

type AnyCall = TSESTree.CallExpression | TSESTree.NewExpression;

/** Parameters that make an object worth reading as an authorization request. */
function isRequestParam(name: string): boolean {
  return name === 'response_type' || name.startsWith('code_challenge') || AUTHORIZATION_CONTEXT_PARAMS.has(name);
}

/** Turns `responseType`, `clientID`, `redirectURI` into `response_type`, `client_id`, `redirect_uri`. */
export function normalizeParamName(name: string): string {
  return name.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * The words of an OAuth `response_type` value (`'id_token token'`, `'token id_token'`,
 * `['token', 'id_token']` joined), or `undefined` when the value is not one (`'json'`, `'blob'`).
 */
export function parseResponseType(value: string): string[] | undefined {
  const words = value
    .trim()
    .split(/[\s+,]+|%20/)
    .filter((word) => word !== '');
  if (words.length === 0 || !words.every((word) => RESPONSE_TYPE_WORDS.has(word))) return undefined;
  return words;
}

/**
 * `true` when a `response_type` returns tokens from the authorization endpoint: the implicit
 * flow (`token`, `id_token`, `id_token token`) or a hybrid flow that issues an access token
 * in the front channel (`code token`, `code id_token token`). RFC 9700 §2.1.2 says such
 * response types should not be used; `code id_token` returns no access token and is not included.
 */
export function isFrontChannelTokenResponse(words: readonly string[]): boolean {
  if (words.includes('token')) return true;
  return words.includes('id_token') && !words.includes('code');
}

interface TrackedApis {
  readonly calls: Map<TSESTree.Node, OAuthFlowEntry>;
  readonly modules: ReadonlySet<string>;
}

const FILE_APIS = new WeakMap<TSESTree.Program, TrackedApis>();




function markApi(target: MutableTraceMap, entry: OAuthFlowEntry): void {
  const { CALL, CONSTRUCT } = ASTUtils.ReferenceTracker;
  target[entry.call === 'construct' ? CONSTRUCT : CALL] ??= entry;
}

/**
 * Calls and `new` expressions of the APIs in `OAUTH_FLOW_APIS`, found once per file: imported
 * classes and functions through `ReferenceTracker` (ESM, `require`, script-tag globals such as
 * `Msal.UserAgentApplication`), and instance methods by name in files that load the library.
 */
function getTrackedApis(sourceCode: Readonly<TSESLint.SourceCode>): TrackedApis {
  const cached = FILE_APIS.get(sourceCode.ast);
  if (cached) return cached;
  const calls = new Map<TSESTree.Node, OAuthFlowEntry>();
  const modules = getImportedModules(sourceCode.ast, sourceCode.text);
  const result = { calls, modules };
  FILE_APIS.set(sourceCode.ast, result);
  const globalScope = sourceCode.scopeManager?.globalScope as TSESLint.Scope.Scope | null | undefined;
  if (!globalScope) return result;

  const esm: MutableTraceMap = {};
  const cjs: MutableTraceMap = {};
  const globals: MutableTraceMap = {};
  const methods = new Map<string, OAuthFlowEntry>();
  for (const entry of OAUTH_FLOW_APIS as readonly OAuthFlowEntry[]) {
    if (entry.call === 'method') {
      if (entry.method !== undefined && (entry.modules ?? []).some((module) => modules.has(module))) methods.set(entry.method, entry);
      continue;
    }
    for (const { module, path } of entry.exports ?? []) {
      if (!modules.has(module)) continue;
      const root = ensureTracePath(esm, [module]);
      root[ASTUtils.ReferenceTracker.ESM] = true;
      markApi(ensureTracePath(root, path), entry);
      markApi(ensureTracePath(cjs, [module, ...(path[0] === 'default' ? path.slice(1) : path)]), entry);
    }
    for (const path of entry.globals ?? []) markApi(ensureTracePath(globals, path), entry);
  }

  const tracker = new ASTUtils.ReferenceTracker(globalScope);
  const propertyTracker = tracker as unknown as PropertyTracker;
  const record = (reference: FoundReference): void => {
    const node = reference.node as TSESTree.Node;
    if (!calls.has(node)) calls.set(node, reference.info as OAuthFlowEntry);
  };
  if (Object.keys(esm).length > 0) {
    for (const reference of tracker.iterateEsmReferences(esm as TraceMap)) record(reference);
  }
  if (Object.keys(cjs).length > 0) {
    for (const identifier of collectGlobalReads(globalScope, 'require')) {
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier || !call.arguments[0]) continue;
      const specifier = getStaticString(call.arguments[0]);
      if (specifier === undefined || !Object.hasOwn(cjs, specifier)) continue;
      for (const reference of propertyTracker.iteratePropertyReferences(call, cjs[specifier] as TraceMap)) record(reference);
    }
  }
  for (const name of Object.keys(globals)) {
    for (const identifier of collectGlobalReads(globalScope, name)) {
      for (const reference of propertyTracker.iteratePropertyReferences(identifier, globals[name] as TraceMap)) record(reference);
    }
    for (const holder of ['window', 'globalThis', 'self']) {
      for (const identifier of collectGlobalReads(globalScope, holder)) {
        for (const reference of propertyTracker.iteratePropertyReferences(identifier, { [name]: globals[name] } as TraceMap)) record(reference);
      }
    }
  }
  if (methods.size > 0) {
    const visit = (node: TSESTree.Node): void => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const callee = unwrapExpression(node.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const name = getPropertyName(callee);
          const entry = name === undefined ? undefined : methods.get(name);
          if (entry && !calls.has(node)) calls.set(node, entry);
        }
      }
    };
    walkTree(sourceCode.ast, sourceCode.visitorKeys, visit);
  }
  return result;
}


class ParamBag {
  readonly params = new Map<string, AuthorizationParam>();
  complete = true;
  buildsUrl = false;
  api: OAuthFlowEntry | undefined;

  add(rawName: string, value: string | undefined, node: TSESTree.Node, loc?: TSESTree.SourceLocation): void {
    const name = normalizeParamName(rawName);
    if (!this.params.has(name)) this.params.set(name, { name, value, node, loc });
  }
}

/** Static value of a parameter: strings, string arrays, `ResponseType.Token`-style enum members, `encodeURIComponent(x)`. */
function getParamValue(raw: TSESTree.Node, scope: TSESLint.Scope.Scope): string | undefined {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'boolean') return String(node.value);
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const member = getPropertyName(node);
    const owner = unwrapExpression(node.object);
    const ownerName =
      owner.type === AST_NODE_TYPES.Identifier
        ? owner.name
        : owner.type === AST_NODE_TYPES.MemberExpression
          ? getPropertyName(owner)
          : undefined;
    if (member !== undefined && ownerName !== undefined) {
      if (/ResponseType$/.test(ownerName) && Object.hasOwn(RESPONSE_TYPE_ENUM_MEMBERS, member)) return RESPONSE_TYPE_ENUM_MEMBERS[member];
      if (/ChallengeMethod$/.test(ownerName) && Object.hasOwn(CODE_CHALLENGE_METHOD_ENUM_MEMBERS, member)) {
        return CODE_CHALLENGE_METHOD_ENUM_MEMBERS[member];
      }
    }
  }
  if (node.type === AST_NODE_TYPES.ArrayExpression) {
    const items = node.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? getParamValue(element, scope) : undefined));
    return items.every((item) => item !== undefined) ? items.join(' ') : undefined;
  }
  if (
    node.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    ['encodeURIComponent', 'encodeURI', 'String'].includes(node.callee.name) &&
    node.arguments[0]
  ) {
    return getParamValue(node.arguments[0], scope);
  }
  return getStaticString(node, scope);
}

type StringPart =
  | { readonly type: 'text'; readonly text: string; readonly node: TSESTree.Node; readonly fromExpression: boolean }
  | { readonly type: 'expr'; readonly node: TSESTree.Node };

function flattenString(raw: TSESTree.Node, scope: TSESLint.Scope.Scope, out: StringPart[] = []): StringPart[] {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    node.quasis.forEach((quasi, index) => {
      const text = quasi.value.cooked ?? quasi.value.raw;
      if (text !== '') out.push({ type: 'text', text, node: quasi, fromExpression: false });
      const expression = node.expressions[index];
      if (expression) flattenExpression(expression, scope, out);
    });
    return out;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    flattenString(node.left, scope, out);
    flattenString(node.right, scope, out);
    return out;
  }
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    if (node.value !== '') out.push({ type: 'text', text: node.value, node, fromExpression: false });
    return out;
  }
  flattenExpression(raw, scope, out);
  return out;
}

function flattenExpression(node: TSESTree.Node, scope: TSESLint.Scope.Scope, out: StringPart[]): void {
  const inner = unwrapExpression(node);
  if (inner.type === AST_NODE_TYPES.TemplateLiteral || (inner.type === AST_NODE_TYPES.BinaryExpression && inner.operator === '+')) {
    flattenString(inner, scope, out);
    return;
  }
  const value = getParamValue(node, scope);
  if (value === undefined) out.push({ type: 'expr', node });
  else if (value !== '') out.push({ type: 'text', text: value, node, fromExpression: true });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** `true` when a `+` operand or template is part of a larger string expression (only the outermost one is read). */
function isInnerStringPart(node: TSESTree.Node): boolean {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
  ) {
    current = current.parent;
  }
  const parent = current.parent;
  return (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') || parent?.type === AST_NODE_TYPES.TemplateLiteral;
}


function getCalleeName(call: AnyCall): string | undefined {
  const callee = unwrapExpression(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(callee);
  return undefined;
}

/** `Object.assign(target, ...)`, which can add parameters to `target`; `location.assign(url)` only navigates. */
function isObjectAssign(call: AnyCall): boolean {
  const callee = unwrapExpression(call.callee);
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    unwrapExpression(callee.object).type === AST_NODE_TYPES.Identifier &&
    (unwrapExpression(callee.object) as TSESTree.Identifier).name === 'Object'
  );
}

type HolderKind = 'string' | 'object' | 'search-params' | 'url';

/**
 * Follows where a request value goes: the variable that holds it, later `set`/`append` and
 * property writes, `new URL(x)` / `new URLSearchParams(x)` wrappers, `qs.stringify(x)`, and the
 * library API that receives it. Anything that could add a parameter we cannot see makes the
 * bag incomplete.
 */
class RequestFollower {
  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly apis: TrackedApis,
  ) {}

  follow(bag: ParamBag, expression: TSESTree.Node, kind: HolderKind, depth: number): void {
    if (depth > MAX_DEPTH) {
      bag.complete = false;
      return;
    }
    const outer = getOutermostWrapper(expression);
    const parent = outer.parent;
    const identifiers: TSESTree.Identifier[] = [];
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(parent), parent.id);
      if (!variable) return;
      for (const reference of variable.references) {
        if (reference.init === true) continue;
        if (reference.isWrite()) {
          bag.complete = false;
          continue;
        }
        identifiers.push(reference.identifier as TSESTree.Identifier);
      }
    } else if (
      parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === outer &&
      parent.left.type === AST_NODE_TYPES.MemberExpression
    ) {
      // `this.params = new URLSearchParams(...)`: uses elsewhere cannot be followed.
      if (kind !== 'string') bag.complete = false;
      return;
    } else {
      this.classifyUse(bag, outer, kind, depth);
      return;
    }
    for (const identifier of identifiers) this.classifyUse(bag, getOutermostWrapper(identifier), kind, depth);
  }

  private classifyUse(bag: ParamBag, use: TSESTree.Node, kind: HolderKind, depth: number): void {
    const parent = use.parent;
    if (!parent) return;
    const scope = this.sourceCode.getScope(use);
    switch (parent.type) {
      case AST_NODE_TYPES.MemberExpression: {
        if (parent.object !== use) return;
        const name = getPropertyName(parent, scope);
        const outer = getOutermostWrapper(parent);
        const grand = outer.parent;
        if (grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === outer) {
          if (kind === 'object' && name !== undefined) bag.add(name, getParamValue(grand.right, scope), grand.right);
          else bag.complete = false;
          return;
        }
        if (kind === 'url' && name === 'searchParams' && grand?.type === AST_NODE_TYPES.MemberExpression && grand.object === outer) {
          this.classifySearchParamsCall(bag, grand, scope);
          return;
        }
        if ((kind === 'search-params' || kind === 'url') && name !== undefined && SEARCH_PARAMS_METHODS.has(name)) {
          this.classifySearchParamsCall(bag, parent, scope);
        }
        return;
      }
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.CallExpression: {
        if (parent.callee === use) return;
        const name = getCalleeName(parent);
        const api = this.apis.calls.get(parent);
        if (api) {
          if (api.argument === undefined || parent.arguments[api.argument] !== use) return;
          bag.api = api;
          if (api.kind === 'authorization-url') bag.buildsUrl = true;
          return;
        }
        if (parent.type === AST_NODE_TYPES.NewExpression && (name === 'URLSearchParams' || name === 'URL') && parent.arguments[0] === use) {
          bag.buildsUrl = true;
          this.follow(bag, parent, name === 'URL' ? 'url' : 'search-params', depth + 1);
          return;
        }
        if (name !== undefined && QUERY_STRINGIFIERS.has(name)) {
          bag.buildsUrl = true;
          return;
        }
        if (name === 'assign' && parent.arguments[0] === use && isObjectAssign(parent)) {
          bag.complete = false;
          return;
        }
        if (name !== undefined && URL_CONSUMERS.has(name)) return;
        if (kind !== 'string') bag.complete = false;
        else if (name === undefined || !/url|uri|href|link/i.test(name)) bag.complete = false;
        return;
      }
      case AST_NODE_TYPES.TemplateLiteral: {
        const index = parent.expressions.indexOf(use as TSESTree.Expression);
        const after = parent.quasis.slice(index + 1).some((quasi) => (quasi.value.cooked ?? '') !== '') || index < parent.expressions.length - 1;
        if (after) bag.complete = false;
        return;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        if (parent.operator === '+' && parent.left === use) bag.complete = false;
        return;
      }
      case AST_NODE_TYPES.AssignmentExpression: {
        if (parent.left === use && parent.operator !== '=') bag.complete = false;
        return;
      }
      case AST_NODE_TYPES.SpreadElement:
        bag.complete = false;
        return;
      default:
        return;
    }
  }

  /** `params.set('code_challenge', c)` / `url.searchParams.append(...)`. */
  private classifySearchParamsCall(bag: ParamBag, member: TSESTree.MemberExpression, scope: TSESLint.Scope.Scope): void {
    const method = getPropertyName(member, scope);
    const call = getOutermostWrapper(member).parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== getOutermostWrapper(member)) return;
    if (method === undefined || !SEARCH_PARAMS_METHODS.has(method)) return;
    const [key, value] = call.arguments;
    const name = key ? getStaticString(key, scope) : undefined;
    if (name === undefined || !value) {
      bag.complete = false;
      return;
    }
    bag.add(name, getParamValue(value, scope), value);
  }
}

/** `true` when an object literal is the settings or parameters argument of a tracked API call. */
function getDirectApi(node: TSESTree.Node, apis: TrackedApis): OAuthFlowEntry | undefined {
  const outer = getOutermostWrapper(node);
  const parent = outer.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression && parent?.type !== AST_NODE_TYPES.NewExpression) return undefined;
  const api = apis.calls.get(parent);
  return api && api.argument !== undefined && parent.arguments[api.argument] === outer ? api : undefined;
}

/** The API whose settings type annotates an object literal: `const config: AuthConfig = {...}`, `{...} satisfies AuthConfig`. */
function getTypedApi(node: TSESTree.ObjectExpression, sourceCode: Readonly<TSESLint.SourceCode>, modules: ReadonlySet<string>): OAuthFlowEntry | undefined {
  let annotation: TSESTree.TypeNode | undefined;
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.TSSatisfiesExpression || parent?.type === AST_NODE_TYPES.TSAsExpression) annotation = parent.typeAnnotation;
  else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    annotation = parent.id.typeAnnotation?.typeAnnotation;
  }
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const typeName = annotation.typeName;
  for (const entry of OAUTH_FLOW_APIS as readonly OAuthFlowEntry[]) {
    if (entry.configType === undefined) continue;
    const module = entry.exports?.[0]?.module;
    if (module === undefined || !modules.has(module)) continue;
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), typeName);
    const def = variable?.defs[0];
    if (
      def?.type === 'ImportBinding' &&
      def.parent.type === AST_NODE_TYPES.ImportDeclaration &&
      def.parent.source.value === module &&
      def.node.type === AST_NODE_TYPES.ImportSpecifier &&
      (def.node.imported.type === AST_NODE_TYPES.Identifier ? def.node.imported.name : def.node.imported.value) === entry.configType
    ) {
      return entry;
    }
  }
  return undefined;
}

/**
 * The initial string of the variable a URL part is appended to (`let url = 'https://idp/authorize';
 * url += '?response_type=token'`), or `undefined` when `node` is not such an append.
 */
function getAppendTarget(node: TSESTree.Node, scope: TSESLint.Scope.Scope): string | undefined {
  const outer = getOutermostWrapper(node);
  const parent = outer.parent;
  if (parent?.type !== AST_NODE_TYPES.AssignmentExpression || parent.operator !== '+=' || parent.right !== outer) return undefined;
  if (parent.left.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = ASTUtils.findVariable(scope, parent.left)?.defs[0];
  if (def?.type !== 'Variable' || !def.node.init) return undefined;
  return getStaticString(def.node.init, scope);
}

/** Resolves an identifier to the object literal it is initialised with (`const settings = {...}`). */
function resolveObjectLiteral(raw: TSESTree.Node, scope: TSESLint.Scope.Scope): TSESTree.ObjectExpression | undefined {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const def = ASTUtils.findVariable(scope, node)?.defs[0];
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  const init = unwrapExpression(def.node.init);
  return init.type === AST_NODE_TYPES.ObjectExpression ? init : undefined;
}

/**
 * Shared matcher for OAuth authorization requests (RFC 6749 §4.1.1 / §4.2.1, OIDC Core
 * §3.1.2.1). The listeners call `onRequest` with the parameters of every request the file
 * builds: URL strings (templates, concatenation, literals) with a `response_type` or
 * `code_challenge` query parameter, `URLSearchParams` / `URL` objects filled with `set` and
 * `append`, parameter objects passed to `URLSearchParams` / `qs.stringify` / URL-building APIs,
 * settings objects of client libraries (`OAUTH_FLOW_APIS`), and library calls that are the
 * implicit flow by themselves. It does not decide what is wrong; `require-pkce` does.
 */
export function createAuthorizationRequestListeners(
  sourceCode: Readonly<TSESLint.SourceCode>,
  onRequest: (request: AuthorizationRequest) => void,
): TSESLint.RuleListener {
  const apis = getTrackedApis(sourceCode);
  const follower = new RequestFollower(sourceCode, apis);

  const emit = (source: AuthorizationRequestSource, node: TSESTree.Node, bag: ParamBag, pathContext = false): void => {
    let hasContext = pathContext || bag.api !== undefined;
    for (const name of bag.params.keys()) if (AUTHORIZATION_CONTEXT_PARAMS.has(name)) hasContext = true;
    onRequest({ source, node, params: bag.params, complete: bag.complete, buildsUrl: bag.buildsUrl, hasContext, api: bag.api });
  };

  const fromString = (node: TSESTree.Node): void => {
    if (isInnerStringPart(node)) return;
    const scope = sourceCode.getScope(node);
    const parts = flattenString(node, scope);
    const flat = parts.map((part) => (part.type === 'text' ? part.text : PLACEHOLDER)).join('');
    if (!STRING_TRIGGER.test(flat)) return;
    const bag = new ParamBag();
    bag.buildsUrl = true;
    const starts: number[] = [];
    let offset = 0;
    for (const part of parts) {
      starts.push(offset);
      offset += part.type === 'text' ? part.text.length : 1;
    }
    const partAt = (index: number): number => {
      let found = 0;
      starts.forEach((start, i) => {
        if (start <= index) found = i;
      });
      return found;
    };
    let queryStart = flat.indexOf('?') + 1;
    if (queryStart === 0) {
      if (!/^[\w.%-]+=/.test(flat)) return;
      queryStart = 0;
    }
    const hash = flat.indexOf('#', queryStart);
    const queryEnd = hash === -1 ? flat.length : hash;
    const path = flat.slice(0, Math.max(0, queryStart - 1));
    let position = queryStart;
    for (const segment of flat.slice(queryStart, queryEnd).split('&')) {
      const segmentStart = position;
      position += segment.length + 1;
      if (segment === '') continue;
      const equals = segment.indexOf('=');
      if (equals === -1) {
        if (segment.includes(PLACEHOLDER)) bag.complete = false;
        continue;
      }
      const rawName = segment.slice(0, equals);
      if (rawName.includes(PLACEHOLDER)) {
        bag.complete = false;
        continue;
      }
      const rawValue = segment.slice(equals + 1);
      const value = rawValue.includes(PLACEHOLDER) ? undefined : safeDecode(rawValue);
      const namePart = parts[partAt(segmentStart)]!;
      const valuePart = rawValue === PLACEHOLDER ? parts[partAt(segmentStart + equals + 1)]! : undefined;
      if (valuePart) {
        bag.add(safeDecode(rawName), undefined, valuePart.node);
        continue;
      }
      let loc: TSESTree.SourceLocation | undefined;
      if (namePart.type === 'text' && !namePart.fromExpression) {
        const text = sourceCode.getText(namePart.node);
        const index = text.indexOf(segment.includes(PLACEHOLDER) ? rawName : segment);
        if (index !== -1) {
          const start = namePart.node.range[0] + index;
          const length = segment.includes(PLACEHOLDER) ? rawName.length : segment.length;
          loc = { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(start + length) };
        }
      }
      bag.add(safeDecode(rawName), value, namePart.node, loc);
    }
    if (queryEnd === flat.length && flat.endsWith(PLACEHOLDER) && !/=\u0000$/.test(flat)) bag.complete = false;
    const appendedTo = getAppendTarget(node, scope);
    if (appendedTo !== undefined) {
      // `url += '?response_type=token'`: the path is in the variable's initial value, and the
      // other appends are not read, so the request is never complete.
      bag.complete = false;
      emit('url', node, bag, AUTHORIZATION_PATH.test(appendedTo));
      return;
    }
    follower.follow(bag, node, 'string', 0);
    emit('url', node, bag, AUTHORIZATION_PATH.test(path));
  };

  const fromObject = (node: TSESTree.ObjectExpression, bag: ParamBag, seen: Set<TSESTree.Node>): void => {
    if (seen.has(node) || seen.size > MAX_DEPTH * 3) {
      bag.complete = false;
      return;
    }
    seen.add(node);
    const scope = sourceCode.getScope(node);
    for (const property of node.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const spread = resolveObjectLiteral(property.argument, scope);
        if (spread) fromObject(spread, bag, seen);
        else bag.complete = false;
        continue;
      }
      const key = getStaticKeyName(property, scope);
      if (key === undefined) {
        bag.complete = false;
        continue;
      }
      bag.add(key, getParamValue(property.value, scope), property.value);
    }
  };

  const listeners: TSESLint.RuleListener = {
    TemplateLiteral(node) {
      if (node.parent.type === AST_NODE_TYPES.TaggedTemplateExpression) return;
      fromString(node);
    },
    BinaryExpression(node) {
      if (node.operator === '+') fromString(node);
    },
    Literal(node) {
      if (typeof node.value !== 'string' || !STRING_TRIGGER.test(node.value)) return;
      const parent = node.parent;
      if (parent.type === AST_NODE_TYPES.Property && parent.key === node) return;
      if (parent.type === AST_NODE_TYPES.ImportDeclaration) return;
      fromString(node);
    },
    ObjectExpression(node) {
      const outer = getOutermostWrapper(node);
      const parent = outer.parent;
      // Objects given directly to `new URLSearchParams({...})` are read with their holder below.
      if (parent?.type === AST_NODE_TYPES.NewExpression && getCalleeName(parent) === 'URLSearchParams' && parent.arguments[0] === outer) {
        const bag = new ParamBag();
        bag.buildsUrl = true;
        fromObject(node, bag, new Set());
        follower.follow(bag, parent, 'search-params', 0);
        emit('search-params', node, bag);
        return;
      }
      const bag = new ParamBag();
      fromObject(node, bag, new Set());
      bag.api = getDirectApi(node, apis) ?? getTypedApi(node, sourceCode, apis.modules);
      const relevant = bag.api !== undefined || [...bag.params.keys()].some((name) => isRequestParam(name));
      // A parameter object held in a variable may reach a URL-building API without naming any OAuth parameter.
      if (!relevant && (apis.calls.size === 0 || parent?.type !== AST_NODE_TYPES.VariableDeclarator)) return;
      if (!bag.api || bag.api.configType !== undefined) follower.follow(bag, node, 'object', 0);
      if (!relevant && !bag.api) return;
      if (bag.api?.kind === 'authorization-url') bag.buildsUrl = true;
      emit('parameters', node, bag);
    },
    NewExpression(node) {
      const name = getCalleeName(node);
      if (name === 'URLSearchParams' || name === 'URL') {
        const argument = node.arguments[0];
        if (argument && unwrapExpression(argument).type === AST_NODE_TYPES.ObjectExpression) return;
        const bag = new ParamBag();
        bag.buildsUrl = true;
        if (argument) {
          const scope = sourceCode.getScope(node);
          const inner = unwrapExpression(argument);
          if (inner.type === AST_NODE_TYPES.Identifier) {
            // A held string or object is read (and followed into this wrapper) on its own.
            if (resolveObjectLiteral(inner, scope)) return;
            const text = getStaticString(inner, scope);
            if (text === undefined && !(name === 'URL')) bag.complete = false;
          } else if (inner.type === AST_NODE_TYPES.ArrayExpression) {
            for (const element of inner.elements) {
              if (element?.type !== AST_NODE_TYPES.ArrayExpression) {
                bag.complete = false;
                continue;
              }
              const [key, value] = element.elements;
              const keyText = key && key.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(key, scope) : undefined;
              if (keyText === undefined || !value || value.type === AST_NODE_TYPES.SpreadElement) bag.complete = false;
              else bag.add(keyText, getParamValue(value, scope), value);
            }
          } else if (name === 'URLSearchParams') {
            const parts = flattenString(inner, scope);
            if (parts.some((part) => part.type === 'expr')) bag.complete = false;
          }
        }
        follower.follow(bag, node, name === 'URL' ? 'url' : 'search-params', 0);
        if (!bag.params.has('response_type') && !bag.params.has('code_challenge_method')) return;
        emit('search-params', node, bag);
        return;
      }
      fromApiCall(node);
    },
    CallExpression(node) {
      fromApiCall(node);
    },
  };

  // Per-file gates: a URL string can only carry `response_type=` / `code_challenge=` if the file
  // text does, and an object literal can only be a request if the file names a request
  // parameter or loads a client library. Skipping the listeners saves flattening and scope
  // lookups on every template, concatenation and object literal of unrelated files.
  const { text } = sourceCode;
  if (!STRING_TRIGGER.test(text)) {
    delete listeners.TemplateLiteral;
    delete listeners.BinaryExpression;
    delete listeners.Literal;
  }
  if (apis.calls.size === 0 && !OBJECT_TRIGGER.test(text)) delete listeners.ObjectExpression;
  return listeners;

  function fromApiCall(node: AnyCall): void {
    const api = apis.calls.get(node);
    if (!api) return;
    const bag = new ParamBag();
    bag.api = api;
    if (api.kind === 'authorization-url') bag.buildsUrl = true;
    if (api.argument !== undefined) {
      const argument = node.arguments[api.argument];
      if (argument && unwrapExpression(argument).type === AST_NODE_TYPES.ObjectExpression) return;
      if (argument && resolveObjectLiteral(argument, sourceCode.getScope(node))) return;
      if (argument) bag.complete = false;
    }
    emit('api', node, bag);
  }
}

/** Keys of `PKCE_SWITCHES` and `IMPLICIT_FLOW_OPTIONS`: a cheap first test for every property. */
const FLOW_OPTION_KEYS: ReadonlySet<string> = new Set([
  ...(PKCE_SWITCHES as readonly PkceSwitchEntry[]).map((entry) => entry.key),
  ...(IMPLICIT_FLOW_OPTIONS as readonly FlowOptionEntry[]).map((entry) => entry.key),
]);

/**
 * The PKCE switch (`disablePKCE: true`, `usePKCE: false`, `pkceMethod: false`, Okta
 * `pkce: false`) or implicit flow option (keycloak-js `flow: 'implicit'`) a property sets, in a
 * file that loads the library or, for PKCE-specific keys, in an OAuth settings object.
 */
export function getFlowOptionFinding(property: TSESTree.Property, sourceCode: Readonly<TSESLint.SourceCode>): FlowOptionFinding | undefined {
  if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
  const key = getStaticKeyName(property);
  if (key === undefined || !FLOW_OPTION_KEYS.has(key)) return undefined;
  const scope = sourceCode.getScope(property);
  const switches = (PKCE_SWITCHES as readonly PkceSwitchEntry[]).filter((entry) => entry.key === key);
  const flows = (IMPLICIT_FLOW_OPTIONS as readonly FlowOptionEntry[]).filter((entry) => entry.key === key);
  if (switches.length === 0 && flows.length === 0) return undefined;
  const modules = getTrackedApis(sourceCode).modules;
  const value = unwrapExpression(property.value);
  if (switches.length > 0 && value.type === AST_NODE_TYPES.Literal && typeof value.value === 'boolean') {
    const loaded = switches.find((entry) => entry.disabledValue === value.value && entry.modules.some((module) => modules.has(module)));
    if (loaded) return { property, pkceSwitch: loaded, flowOption: undefined };
    const specific = switches.find((entry) => entry.specificKey && entry.disabledValue === value.value);
    if (specific && hasSettingsContext(property.parent, scope)) return { property, pkceSwitch: specific, flowOption: undefined };
    return undefined;
  }
  if (flows.length > 0) {
    const text = getStaticString(value, scope);
    const flow = flows.find((entry) => entry.value === text && entry.modules.some((module) => modules.has(module)));
    if (flow) return { property, pkceSwitch: undefined, flowOption: flow };
  }
  return undefined;
}

/** An OAuth client settings object: it names the client, the redirect URI or the authorization server. */
function hasSettingsContext(object: TSESTree.ObjectExpression, scope: TSESLint.Scope.Scope): boolean {
  return object.properties.some((property) => {
    if (property.type !== AST_NODE_TYPES.Property) return false;
    const key = getStaticKeyName(property, scope);
    return key !== undefined && (AUTHORIZATION_CONTEXT_PARAMS.has(normalizeParamName(key)) || normalizeParamName(key) === 'response_type');
  });
}
