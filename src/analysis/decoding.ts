import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Base64DecoderEntry, DecoderEntry, InstanceDecoderEntry } from '../knowledge/decoders.js';
import type { TrackedApi } from './references.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { BASE64_DECODERS, DECODERS, INSTANCE_DECODERS } from '../knowledge/decoders.js';
import { getPropertyName, getStaticString, unwrapExpression, walkTree } from './ast.js';
import { collectTrackedCalls } from './references.js';
import { getKeyName, getTrailingName } from './token-flow.js';
import { getClassMemberTypeName, getTypeName } from './verifiers.js';

/** Which part of a JWT a decode call reads. */
export type DecodedPart =
  /** The claims set (segment 1): what a client must not read from an access token. */
  | 'payload'
  /** Only the JOSE header (segment 0): `decodeProtectedHeader`, `jwtDecode(t, { header: true })`. */
  | 'header'
  /** Options that cannot be resolved statically decide it. */
  | 'unknown';

/** One place where a JWT is decoded without verification. */
export interface DecodeCall {
  /** The call to report: the decoder call, or the call of a same-file helper that decodes its argument. */
  readonly node: TSESTree.CallExpression;
  /** The decoder as written (`jwtDecode`, `jwt.decode`, `atob`, `Buffer.from`, `parseJwt`). */
  readonly decoder: string;
  /** The token expression that is decoded (the argument, or the receiver of `.split('.')`). */
  readonly token: TSESTree.Node;
  /** Which part is decoded. */
  readonly part: DecodedPart;
  /** How the decode was recognised. */
  readonly via: 'library' | 'base64' | 'helper';
  /** Knowledge entry id (`jwt-decode-v4`, `atob-global`), or `same-file-helper`. */
  readonly entryId: string;
  /**
   * `true` when the token is a parameter of a same-file helper whose call sites are reported
   * instead (the decode inside `function parseJwt(token) {...}` itself).
   */
  readonly delegated: boolean;
}

/** A same-file function that decodes one of its parameters. */
interface DecodingHelper {
  readonly name: string;
  readonly parameterIndex: number;
  readonly part: DecodedPart;
  /** `true` when its call sites are reported instead of the decode inside it. */
  readonly delegates: boolean;
  /** `true` for a class method, called as `this.name(...)` and matched by {@link JwtDecoding.getDecodeCall}. */
  readonly method: boolean;
}

type AnyFunction = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

type DecoderInfo =
  | { readonly type: 'library'; readonly entry: DecoderEntry }
  | { readonly type: 'base64'; readonly entry: Base64DecoderEntry };

const LIBRARY_APIS: readonly TrackedApi<DecoderInfo>[] = (DECODERS as readonly DecoderEntry[]).map((entry) => ({
  exports: entry.exports,
  info: { type: 'library', entry },
}));

const BASE64_APIS: readonly TrackedApi<DecoderInfo>[] = (BASE64_DECODERS as readonly Base64DecoderEntry[]).map((entry) => ({
  exports: entry.exports,
  globals: entry.globals,
  ...(entry.nodeBuiltin === true ? { nodeBuiltin: true } : {}),
  info: { type: 'base64', entry },
}));

/** String methods that keep a base64url segment a segment: the `-`/`_` replacements, padding, trimming. */
const SEGMENT_METHODS = new Set(['replace', 'replaceAll', 'padEnd', 'trim', 'trimEnd', 'toString', 'concat']);

/** String methods that keep a token a token: `header.split(' ')[1]`, `.trim()`, `.slice(7)`. */
const STRING_METHODS = new Set([
  'split', 'replace', 'replaceAll', 'slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'toString', 'at', 'pop', 'shift', 'match',
  'find', 'filter',
]);

/** Calls whose result is read out of their first argument: `/token=([^;]+)/.exec(cookie)`, `cookie.parse(header)`. */
const EXTRACTING_METHODS = new Set(['String', 'decodeURIComponent', 'exec', 'parse', 'parseCookies']);

/**
 * Same-file or imported helpers named for pulling a token out of a header or cookie
 * (`getBearerToken(header)`, `extractToken(req.headers)`, `parseAuthHeader(h)`), but not for
 * minting one (`signToken`, `createToken`, `issueJwt`, `refreshToken`).
 */
const EXTRACTING_HELPER = /token|bearer|jwt|cookie|header|authoriz|credential/i;
const MINTING_HELPER = /sign|creat|issu|generat|encod|refresh|exchange|fetch|mint|request|new/i;

/** Constructors whose instance exposes its first argument's parts: `new URL(req.url).searchParams`. */
const URL_CONSTRUCTORS = new Set(['URL', 'URLSearchParams']);

/** The JWS compact payload is the second dot-separated segment (RFC 7515 §7.1, RFC 7519 §3). */
const PAYLOAD_SEGMENT = 1;

const MAX_DEPTH = 8;

/**
 * Text that an instance-method decode needs (`this.jwtService.decode(`, `fastify.jwt.decode(`,
 * a receiver typed `JwtService`): built from {@link INSTANCE_DECODERS}, so the whole-file walk
 * for them runs only in files that can contain one (not in every file that calls `jwt.decode`).
 */
const INSTANCE_DECODER_TEXT = new RegExp(
  (INSTANCE_DECODERS as readonly InstanceDecoderEntry[])
    .flatMap((entry) => [
      ...entry.receiverNames.map((name) => `\\b${name}\\s*\\.\\s*${entry.method}\\s*[<(]`),
      ...entry.receiverProperties.map((property) => `\\.\\s*${property}\\s*\\.\\s*${entry.method}\\s*[<(]`),
      ...entry.receiverTypes.map((type) => `:\\s*${type}\\b`),
    ])
    .join('|'),
);

/** Every decoder API, tracked in one pass. */
const DECODE_APIS: readonly TrackedApi<DecoderInfo>[] = [...LIBRARY_APIS, ...BASE64_APIS];

/**
 * JWT decoding in one file: library decoders (jwt-decode, jose `decodeJwt`, jsonwebtoken
 * `decode`, hono, jws), hand-written decoding of the payload segment (`atob(t.split('.')[1])`,
 * `Buffer.from(payload, 'base64url')`, the base64url `replace` chain, `const [, payload] =
 * t.split('.')`), and same-file helpers that decode a parameter (`parseJwt(token)`), found at
 * their call sites. Create it once per file with {@link getJwtDecoding}.
 */
export class JwtDecoding {
  private readonly calls = new Map<TSESTree.CallExpression, DecodeCall>();
  private readonly helpers = new Map<AnyFunction, DecodingHelper>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {
    const direct: DecodeCall[] = [];
    for (const { node, info } of collectTrackedCalls(sourceCode, DECODE_APIS)) {
      const call = info.type === 'library' ? this.matchLibrary(node, info.entry) : this.matchBase64(node, info.entry);
      if (call) direct.push(call);
    }
    // `this.jwtService.decode(token)`, `fastify.jwt.decode(token)`: only files that call a `.decode` method.
    if (INSTANCE_DECODER_TEXT.test(sourceCode.text)) direct.push(...this.collectInstanceDecodes(new Set(direct.map((call) => call.node))));
    // Helpers: a decode of a parameter makes its function a decoder; calls of that function
    // that pass a parameter on make their function one too.
    const queue = [...direct];
    for (const call of direct) this.calls.set(call.node, call);
    for (let guard = 0; queue.length > 0 && guard < 64; guard++) {
      const call = queue.shift()!;
      const found = this.getHelperParameter(call.token);
      if (!found || this.helpers.has(found.fn)) continue;
      const name = getFunctionName(found.fn);
      if (name === undefined) continue;
      const sites = this.collectCallSites(found.fn);
      const isMethod = getFunctionBinding(found.fn) === undefined;
      // A helper never called in this file (exported, or a service method called from elsewhere)
      // keeps its own decode reportable.
      const delegates = sites.length > 0 || (isMethod && isCalledOnThis(found.fn, name, this.sourceCode));
      this.helpers.set(found.fn, { name, parameterIndex: found.index, part: call.part, delegates, method: isMethod });
      for (const site of sites) {
        const argument = site.arguments[found.index];
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement || this.calls.has(site)) continue;
        const helperCall: DecodeCall = {
          node: site,
          decoder: name,
          token: argument,
          part: call.part,
          via: 'helper',
          entryId: 'same-file-helper',
          delegated: false,
        };
        this.calls.set(site, helperCall);
        queue.push(helperCall);
      }
    }
    for (const [node, call] of this.calls) {
      const found = this.getHelperParameter(call.token);
      if (found && this.helpers.get(found.fn)?.delegates === true) this.calls.set(node, { ...call, delegated: true });
    }
  }

  /** `true` when some decoding helper is a class method: its `this.x(...)` calls are found by node, not up front. */
  get hasMethodHelpers(): boolean {
    for (const helper of this.helpers.values()) if (helper.method) return true;
    return false;
  }

  /** `true` when the file decodes no JWT at all: rules then need no listeners. */
  get isEmpty(): boolean {
    return this.calls.size === 0 && this.helpers.size === 0;
  }

  /** Every decode found through bindings (class-method helpers are matched by {@link getDecodeCall}). */
  get all(): readonly DecodeCall[] {
    return [...this.calls.values()];
  }

  /** The decode performed by `node`, if it is one: a decoder call or a call of a decoding helper. */
  getDecodeCall(node: TSESTree.CallExpression): DecodeCall | undefined {
    const known = this.calls.get(node);
    if (known) return known;
    // `this.parseJwt(token)`: a class method that decodes its parameter.
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
    const method = getPropertyName(callee);
    if (method === undefined) return undefined;
    const fn = findClassMethod(callee, method);
    const helper = fn ? this.helpers.get(fn) : undefined;
    const argument = helper ? node.arguments[helper.parameterIndex] : undefined;
    if (!helper || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return undefined;
    return { node, decoder: helper.name, token: argument, part: helper.part, via: 'helper', entryId: 'same-file-helper', delegated: false };
  }

  private matchLibrary(node: TSESTree.CallExpression, entry: DecoderEntry): DecodeCall | undefined {
    const token = node.arguments[entry.tokenArgument];
    if (!token || token.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (entry.noVerifyArgument !== undefined) {
      // A verifying call unless verification is switched off with a literal `true`.
      const flag = node.arguments[entry.noVerifyArgument];
      const value = flag && flag.type !== AST_NODE_TYPES.SpreadElement ? ASTUtils.getStaticValue(flag, this.sourceCode.getScope(node)) : null;
      if (value?.value !== true) return undefined;
    }
    let part: DecodedPart = entry.headerOnly === true ? 'header' : 'payload';
    if (part === 'payload' && entry.headerOption !== undefined) {
      const options = node.arguments[entry.tokenArgument + 1];
      if (options) {
        const header = getStaticOption(options, entry.headerOption, this.sourceCode);
        if (header === 'unknown') part = 'unknown';
        else if (header === true) part = 'header';
      }
    }
    return { node, decoder: getCalleeText(node.callee, this.sourceCode), token, part, via: 'library', entryId: entry.id, delegated: false };
  }

  /** Calls of instance-method decoders ({@link INSTANCE_DECODERS}) that no import-resolved entry matched. */
  private collectInstanceDecodes(known: ReadonlySet<TSESTree.CallExpression>): DecodeCall[] {
    const out: DecodeCall[] = [];
    const entries = INSTANCE_DECODERS as readonly InstanceDecoderEntry[];
    walkTree(this.sourceCode.ast, this.sourceCode.visitorKeys, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || known.has(node)) return;
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = getPropertyName(callee);
      const entry = method === undefined ? undefined : entries.find((candidate) => candidate.method === method && isInstanceReceiver(callee.object, candidate, this.sourceCode));
      const token = entry ? node.arguments[entry.tokenArgument] : undefined;
      if (!entry || !token || token.type === AST_NODE_TYPES.SpreadElement) return;
      const receiver = unwrapExpression(callee.object);
      const receiverName = receiver.type === AST_NODE_TYPES.Identifier ? receiver.name : receiver.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(receiver) : undefined;
      const decoder = receiverName === undefined ? entry.method : `${receiverName}.${entry.method}`;
      out.push({ node, decoder, token, part: 'payload', via: 'library', entryId: entry.id, delegated: false });
    });
    return out;
  }

  private matchBase64(node: TSESTree.CallExpression, entry: Base64DecoderEntry): DecodeCall | undefined {
    const input = node.arguments[entry.inputArgument];
    if (!input || input.type === AST_NODE_TYPES.SpreadElement) return undefined;
    if (entry.encoding) {
      const encodingNode = node.arguments[entry.encoding.argument];
      const encoding = encodingNode ? getStaticString(encodingNode, this.sourceCode.getScope(node)) : undefined;
      if (encoding === undefined || !entry.encoding.values.includes(encoding.toLowerCase())) return undefined;
    }
    const segment = getJwtSegment(input, this.sourceCode, 0);
    if (!segment) return undefined;
    const part: DecodedPart = segment.index === PAYLOAD_SEGMENT ? 'payload' : segment.index === 0 ? 'header' : 'unknown';
    const callee = unwrapExpression(node.callee);
    const decoder = callee.type === AST_NODE_TYPES.MemberExpression && isGlobalObject(callee.object)
      ? (getPropertyName(callee) ?? getCalleeText(callee, this.sourceCode))
      : getCalleeText(callee, this.sourceCode);
    return { node, decoder, token: segment.token, part, via: 'base64', entryId: entry.id, delegated: false };
  }

  /** The function and parameter index when `token` is a plain parameter of a named function. */
  private getHelperParameter(token: TSESTree.Node): { fn: AnyFunction; index: number } | undefined {
    const node = unwrapExpression(token);
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (def?.type !== 'Parameter') return undefined;
    const fn = def.node as AnyFunction;
    const index = fn.params.findIndex(
      (param) => param === def.name || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left === def.name),
    );
    return index === -1 ? undefined : { fn, index };
  }

  /** Calls of `fn` through its binding: `parseJwt(x)`, `const decode = (t) => ...; decode(x)`. */
  private collectCallSites(fn: AnyFunction): TSESTree.CallExpression[] {
    const binding = getFunctionBinding(fn);
    if (!binding) return [];
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(binding), binding);
    if (!variable) return [];
    const out: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      const identifier = reference.identifier;
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) out.push(parent);
    }
    return out;
  }
}

const DECODINGS = new WeakMap<TSESTree.Program, JwtDecoding>();

/** The file's {@link JwtDecoding}, computed once and shared by every rule. */
export function getJwtDecoding(sourceCode: Readonly<TSESLint.SourceCode>): JwtDecoding {
  let decoding = DECODINGS.get(sourceCode.ast);
  if (!decoding) {
    decoding = new JwtDecoding(sourceCode);
    DECODINGS.set(sourceCode.ast, decoding);
  }
  return decoding;
}

/**
 * Follows a base64 decoder's input back to `<token>.split('.')[n]`: through the base64url
 * `replace` chain, padding (`+ '='`, `padEnd`), variables (also `let` with `+=`),
 * `const parts = t.split('.'); parts[1]` and `const [, payload] = t.split('.')`.
 */
export function getJwtSegment(
  raw: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth: number,
): { token: TSESTree.Node; index: number } | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  switch (node.type) {
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
      const method = getPropertyName(callee);
      if (method === 'at' && node.arguments[0]) {
        const index = getStaticIndex(node.arguments[0]);
        const token = index === undefined ? undefined : getSplitToken(callee.object, sourceCode, depth + 1);
        return token && index !== undefined ? { token, index } : undefined;
      }
      if (method !== undefined && SEGMENT_METHODS.has(method)) return getJwtSegment(callee.object, sourceCode, depth + 1);
      return undefined;
    }
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' ? getJwtSegment(node.left, sourceCode, depth + 1) : undefined;
    case AST_NODE_TYPES.LogicalExpression:
      // `t?.split('.')[1] ?? ''`: the fallback is a neutral literal.
      return node.operator === '&&' ? undefined : getJwtSegment(node.left, sourceCode, depth + 1);
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions[0] && node.quasis[0]?.value.cooked === ''
        ? getJwtSegment(node.expressions[0], sourceCode, depth + 1)
        : undefined;
    case AST_NODE_TYPES.MemberExpression: {
      if (!node.computed) return undefined;
      const index = getStaticIndex(node.property);
      const token = index === undefined ? undefined : getSplitToken(node.object, sourceCode, depth + 1);
      return token && index !== undefined ? { token, index } : undefined;
    }
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      const def = variable?.defs[0];
      if (def?.type !== 'Variable') return undefined;
      const declarator = def.node as TSESTree.VariableDeclarator;
      if (!declarator.init) return undefined;
      if (declarator.id.type === AST_NODE_TYPES.ArrayPattern) {
        const index = declarator.id.elements.findIndex(
          (element) => element === def.name || (element?.type === AST_NODE_TYPES.AssignmentPattern && element.left === def.name),
        );
        const token = index === -1 ? undefined : getSplitToken(declarator.init, sourceCode, depth + 1);
        return token ? { token, index } : undefined;
      }
      if (declarator.id !== def.name) return undefined;
      return getJwtSegment(declarator.init, sourceCode, depth + 1);
    }
    default:
      return undefined;
  }
}

/** The token of `token.split('.')`, directly or through a variable holding the parts. */
function getSplitToken(raw: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth: number): TSESTree.Node | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable') return undefined;
    const declarator = def.node as TSESTree.VariableDeclarator;
    return declarator.id === def.name && declarator.init ? getSplitToken(declarator.init, sourceCode, depth + 1) : undefined;
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || !node.arguments[0]) return undefined;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'split') return undefined;
  const separator = unwrapExpression(node.arguments[0]);
  const isDot =
    getStaticString(separator, sourceCode.getScope(node)) === '.' ||
    (separator.type === AST_NODE_TYPES.Literal && 'regex' in separator && separator.regex.pattern === String.raw`\.`);
  return isDot ? callee.object : undefined;
}

function getStaticIndex(node: TSESTree.Node): number | undefined {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.Literal && typeof inner.value === 'number' ? inner.value : undefined;
}

/**
 * Reads `key` from an options argument: `true`/`false` when its value is static, `'absent'`
 * when the object certainly lacks it, `'unknown'` otherwise. Follows `const` bindings and spreads.
 */
export function getStaticOption(
  raw: TSESTree.Node,
  key: string,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): boolean | 'absent' | 'unknown' {
  if (depth > MAX_DEPTH) return 'unknown';
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable') return node.name === 'undefined' ? 'absent' : 'unknown';
    const declarator = def.node as TSESTree.VariableDeclarator;
    const writes = variable!.references.some((reference) => reference.isWrite() && reference.writeExpr !== declarator.init);
    if (declarator.id !== def.name || !declarator.init || writes) return 'unknown';
    return getStaticOption(declarator.init, key, sourceCode, depth + 1);
  }
  if (node.type !== AST_NODE_TYPES.ObjectExpression) {
    const value = ASTUtils.getStaticValue(node, sourceCode.getScope(node));
    if (!value) return 'unknown';
    if (value.value === undefined || value.value === null) return 'absent';
    if (typeof value.value !== 'object') return 'unknown';
    return Object.hasOwn(value.value, key) ? Boolean((value.value as Record<string, unknown>)[key]) : 'absent';
  }
  for (const property of [...node.properties].reverse()) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const inner = getStaticOption(property.argument, key, sourceCode, depth + 1);
      if (inner !== 'absent') return inner;
      continue;
    }
    const name = property.computed ? getStaticString(property.key, sourceCode.getScope(property)) : getKeyName(property.key);
    if (name === undefined) return 'unknown';
    if (name !== key) continue;
    const value = ASTUtils.getStaticValue(property.value as TSESTree.Expression, sourceCode.getScope(property));
    return value ? Boolean(value.value) : 'unknown';
  }
  return 'absent';
}

/** Names under which a server reads its incoming request. */
const REQUEST_OBJECT_NAMES = new Set(['req', 'request', 'ctx', 'context', 'event', 'evt', 'c', 'incomingRequest', 'httpRequest', 'nextRequest']);

/** Members of a request that carry client-sent values (Express, Koa, Fastify, Next.js, Lambda, Hono). */
const REQUEST_PARTS = new Set([
  'headers', 'header', 'cookies', 'signedCookies', 'query', 'body', 'params', 'queryStringParameters', 'multiValueHeaders', 'rawHeaders',
  'url', 'originalUrl', 'nextUrl', 'rawQueryString', 'multiValueQueryStringParameters',
]);

/** Members of a socket.io `socket.handshake` that carry client-sent values. */
const HANDSHAKE_PARTS = new Set(['auth', 'headers', 'query']);

/** Members that lead from a framework context to its request (`ctx.request`, `c.req`, `context.req`). */
const REQUEST_MEMBERS = new Set(['req', 'request', 'raw']);

/** Request-scoped accessors of Next.js `next/headers`, called without arguments. */
const REQUEST_ACCESSORS = new Set(['headers', 'cookies']);

/**
 * `true` when a value was read from an incoming HTTP request: the `Authorization` header
 * (`req.headers.authorization`, `request.headers.get('authorization')`, `ctx.request.header.authorization`,
 * Lambda `event.headers.Authorization` / `event.authorizationToken`), request cookies, query, body or
 * URL (`req.cookies.access_token`, `request.cookies.get(...)`, `cookies().get(...)`,
 * `new URL(req.url).searchParams.get('token')`, `req.header('x-auth-token')`), followed through
 * variables, destructuring, string methods (`split(' ')[1]`, `slice(7)`, `replace('Bearer ', '')`),
 * `??`/`||`/ternaries, templates, and helpers that are handed the request (`extractToken(req)`).
 *
 * A server that decodes a token it received is a resource server reading its own token, which is
 * a different concern from a client reading an access token addressed to someone else.
 */
export function isFromIncomingRequest(raw: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrapExpression(raw);
  const next = (child: TSESTree.Node): boolean => isFromIncomingRequest(child, sourceCode, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const key = getPropertyName(node, sourceCode.getScope(node));
      if (key !== undefined && (/^authorization$/i.test(key) || key === 'authorizationToken')) return true;
      if (key !== undefined && REQUEST_PARTS.has(key) && isRequestObject(node.object)) return true;
      // socket.io: `socket.handshake.auth.token`, `socket.handshake.query.token`, `socket.handshake.headers`
      if (key !== undefined && HANDSHAKE_PARTS.has(key) && getTrailingName(node.object) === 'handshake') return true;
      return next(node.object);
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && REQUEST_ACCESSORS.has(callee.name) && node.arguments.length === 0) return true;
      const firstArgument = node.arguments[0];
      // `parse(req.headers.cookie)`, `getBearerToken(req.headers.authorization)`: read out of request data.
      if (firstArgument && firstArgument.type !== AST_NODE_TYPES.SpreadElement && isExtractingCall(callee) && next(firstArgument)) return true;
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = getPropertyName(callee);
        const first = node.arguments[0];
        if (method !== undefined && /^(?:get|header|getHeader)$/.test(method) && first) {
          const name = getStaticString(first, sourceCode.getScope(node));
          if (name !== undefined && /^authorization$/i.test(name)) return true;
          // `req.header('x-auth-token')`, `req.get('x-access-token')`, `c.req.header('X-Token')`
          if (isRequestObject(callee.object)) return true;
        }
        if (method !== undefined && (STRING_METHODS.has(method) || /^(?:get|header|getHeader)$/.test(method))) return next(callee.object);
      }
      return node.arguments.some((argument) => argument.type !== AST_NODE_TYPES.SpreadElement && isRequestObject(argument));
    }
    case AST_NODE_TYPES.NewExpression: {
      const callee = unwrapExpression(node.callee);
      const first = node.arguments[0];
      if (callee.type !== AST_NODE_TYPES.Identifier || !URL_CONSTRUCTORS.has(callee.name)) return false;
      return first !== undefined && first.type !== AST_NODE_TYPES.SpreadElement && next(first);
    }
    case AST_NODE_TYPES.Identifier: {
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      const def = variable?.defs[0];
      if (def?.type === 'Parameter') return isRequestDecoratedParameter(def.name);
      if (!variable || def?.type !== 'Variable') return false;
      const declarator = def.node as TSESTree.VariableDeclarator;
      if (declarator.init && next(declarator.init)) return true;
      for (const reference of variable.references.slice(0, 16)) {
        const parent = reference.identifier.parent;
        if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier && next(parent.right)) return true;
      }
      return false;
    }
    case AST_NODE_TYPES.LogicalExpression:
      return next(node.left) || next(node.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return next(node.consequent) || next(node.alternate);
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.some((expression) => next(expression));
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator === '+' && (next(node.left) || next(node.right));
    default:
      return false;
  }
}

/** `true` when a call returns something read out of its first argument (see {@link EXTRACTING_METHODS}, {@link EXTRACTING_HELPER}). */
function isExtractingCall(callee: TSESTree.Node): boolean {
  const name = callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : undefined;
  if (name === undefined) return false;
  return EXTRACTING_METHODS.has(name) || (EXTRACTING_HELPER.test(name) && !MINTING_HELPER.test(name));
}

/** NestJS parameter decorators that inject parts of the incoming request (`@Headers('authorization') auth`, `@Req() req`). */
const REQUEST_PARAMETER_DECORATORS = new Set(['Body', 'Cookies', 'Headers', 'Query', 'Req', 'Request']);

/** `true` when a parameter is injected from the request by a NestJS decorator. */
function isRequestDecoratedParameter(name: TSESTree.Node): boolean {
  const parameter = name.parent?.type === AST_NODE_TYPES.AssignmentPattern ? name.parent : name;
  const decorators = 'decorators' in parameter ? (parameter.decorators as readonly TSESTree.Decorator[] | undefined) : undefined;
  return (decorators ?? []).some((decorator) => {
    const expression = decorator.expression;
    const callee = expression.type === AST_NODE_TYPES.CallExpression ? expression.callee : expression;
    return callee.type === AST_NODE_TYPES.Identifier && REQUEST_PARAMETER_DECORATORS.has(callee.name);
  });
}

/** `req`, `ctx.request`, `c.req`, `context.req`: an incoming request object by its conventional name. */
function isRequestObject(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) return REQUEST_OBJECT_NAMES.has(node.name);
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const key = getPropertyName(node);
    return key !== undefined && REQUEST_MEMBERS.has(key);
  }
  return false;
}

function isGlobalObject(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  return node.type === AST_NODE_TYPES.Identifier && (node.name === 'window' || node.name === 'globalThis' || node.name === 'self' || node.name === 'global');
}

/** `jwtService` / `this.jwtService` named or typed as the entry's receiver, or a chain ending in `.jwt` (`fastify.jwt`). */
function isInstanceReceiver(raw: TSESTree.Node, entry: InstanceDecoderEntry, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const receiver = unwrapExpression(raw);
  if (receiver.type === AST_NODE_TYPES.Identifier) {
    if (entry.receiverNames.includes(receiver.name)) return true;
    const definition = ASTUtils.findVariable(sourceCode.getScope(receiver), receiver)?.defs[0]?.name;
    const type = definition ? getTypeName(definition) : undefined;
    return type !== undefined && entry.receiverTypes.includes(type);
  }
  if (receiver.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getPropertyName(receiver);
  if (name === undefined) return false;
  if (receiver.object.type !== AST_NODE_TYPES.ThisExpression) return entry.receiverProperties.includes(name);
  if (entry.receiverNames.includes(name) || entry.receiverProperties.includes(name)) return true;
  const type = getClassMemberTypeName(receiver, name);
  return type !== undefined && entry.receiverTypes.includes(type);
}

function getCalleeText(callee: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const node = unwrapExpression(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const key = getPropertyName(node);
    const object = unwrapExpression(node.object);
    if (key !== undefined && object.type === AST_NODE_TYPES.Identifier) return `${object.name}.${key}`;
    if (key !== undefined) return key;
  }
  return sourceCode.getText(node);
}

/** The identifier that binds a function: its declaration name or the `const` it initialises. */
function getFunctionBinding(fn: AnyFunction): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.id;
  }
  return undefined;
}

function getFunctionName(fn: AnyFunction): string | undefined {
  const binding = getFunctionBinding(fn);
  if (binding) return binding.name;
  const parent = fn.parent;
  if ((parent?.type === AST_NODE_TYPES.MethodDefinition || parent?.type === AST_NODE_TYPES.PropertyDefinition) && !parent.computed) {
    return getKeyName(parent.key);
  }
  return undefined;
}

/** `true` when the class around a method calls it as `this.name(...)` (its call sites are found by node, later). */
function isCalledOnThis(fn: AnyFunction, name: string, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let current: TSESTree.Node | undefined = fn.parent;
  while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
  if (!current) return true;
  const escaped = name.replaceAll('$', String.raw`\$`);
  return new RegExp(String.raw`\bthis\s*\.\s*${escaped}\s*(?:\?\.\s*)?\(`).test(sourceCode.getText(current));
}

/** The method `name` of the class around `node` (`parseJwt(t) {...}` or `parseJwt = (t) => ...`). */
function findClassMethod(node: TSESTree.Node, name: string): AnyFunction | undefined {
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
  if (!current) return undefined;
  for (const member of current.body) {
    if ((member.type !== AST_NODE_TYPES.MethodDefinition && member.type !== AST_NODE_TYPES.PropertyDefinition) || member.computed) continue;
    if (getKeyName(member.key) !== name || !member.value) continue;
    const value = member.value;
    if (value.type === AST_NODE_TYPES.FunctionExpression || value.type === AST_NODE_TYPES.ArrowFunctionExpression) return value;
  }
  return undefined;
}
