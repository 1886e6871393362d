import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { CookieApiEntry, CookieApiId, CookieFlag } from '../knowledge/cookies.js';
import type { TrackedApi } from './references.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { COOKIE_APIS, COOKIE_FLAGS, CSRF_COOKIE_WORDS, FLAG_COOKIE_PREFIXES, NON_SECRET_COOKIE_WORDS, SESSION_COOKIE_WORDS } from '../knowledge/cookies.js';
import { KEY_CONSTANT_SUFFIXES } from '../knowledge/storage.js';
import { getOutermostWrapper, getPropertyName, getStaticKeyName, getStaticString, isNode, unwrapExpression, walkTree } from './ast.js';
import { getImportedModules } from './imports.js';
import { classifyName, splitWords } from './names.js';
import { collectGlobalReads, collectTrackedCalls } from './references.js';
import { getTrailingName } from './token-flow.js';

/**
 * What a cookie write does about one flag.
 * - `set`: the options or the library default set it (a non-static value such as
 *   `secure: process.env.NODE_ENV === 'production'` counts as set);
 * - `missing`: left out, and the library default leaves it off;
 * - `disabled`: explicitly turned off (`httpOnly: false`, `sameSite: false`);
 * - `unknown`: the options come from somewhere this file does not show (a parameter, an
 *   unresolved spread, a dynamic header fragment). Unknown is never reported as missing.
 */
export type CookieFlagStatus = 'set' | 'missing' | 'disabled' | 'unknown';

/** One flag of a cookie write. */
export interface CookieFlagState {
  /** What the write does about the flag. */
  readonly status: CookieFlagStatus;
  /** The property or header attribute that sets the flag explicitly, when there is one. */
  readonly node?: TSESTree.Node;
}

/**
 * Where a codemod can add the missing flags.
 * - `object`: add properties to this object literal, written inline in the call;
 * - `argument`: the call has no options; add an options object as argument `index`;
 * - `nested`: add a `key: { ... }` property (express-session `cookie`) to this object literal;
 * - `attributes`: append `; HttpOnly; Secure; SameSite=Lax` to the end of this header string;
 * - `none`: the options are shared or built elsewhere; a human must decide.
 */
export type CookieOptionsInsertion =
  | { readonly kind: 'object'; readonly object: TSESTree.ObjectExpression }
  | { readonly kind: 'argument'; readonly call: TSESTree.CallExpression; readonly index: number }
  | { readonly kind: 'nested'; readonly object: TSESTree.ObjectExpression; readonly key: string }
  | { readonly kind: 'attributes'; readonly node: TSESTree.Node }
  | { readonly kind: 'none' };

/** One cookie written by the file. */
export interface CookieWrite {
  /** The API that writes it. */
  readonly entry: CookieApiEntry;
  /** Where the write runs: a server can set the flags, browser code never makes a cookie HttpOnly. */
  readonly side: 'server' | 'client';
  /** The call, assignment or header string that writes the cookie. */
  readonly node: TSESTree.Node;
  /** The expression that gives the name, if any. */
  readonly nameNode?: TSESTree.Node;
  /** The cookie name when it is statically known (or the library's default name). */
  readonly name?: string;
  /** Words that describe the name when its text is not known (`AUTH_COOKIE_NAME` -> `auth`). */
  readonly nameHint?: string;
  /** The value expression, if the write has one. */
  readonly valueNode?: TSESTree.Node;
  /** The options as written in the call (an object literal, a variable, the express-session `cookie` value). */
  readonly optionsNode?: TSESTree.Node;
  /** The object literal the flags were read from, resolved through same-file `const`s. */
  readonly optionsObject?: TSESTree.ObjectExpression;
  /** Where a codemod can add the missing flags. */
  readonly insertion: CookieOptionsInsertion;
  /** The three flags after the library's defaults. */
  readonly flags: Readonly<Record<CookieFlag, CookieFlagState>>;
  /** Flags that are `missing` or `disabled`, in {@link COOKIE_FLAGS} order. */
  readonly missing: readonly CookieFlag[];
  /** `true` when the write deletes the cookie (empty value, `maxAge: 0`, an expiry in 1970). */
  readonly clearing: boolean;
}

/** What a cookie name says about the cookie. */
export type CookieNameKind =
  /** Names a token or a session/login credential (`access_token`, `sid`, `next-auth.session-token`). */
  | 'credential'
  /** The double-submit CSRF cookie (`XSRF-TOKEN`, `_csrf`), which scripts must be able to read. */
  | 'csrf'
  /** Names something else (`theme`, `NEXT_LOCALE`, `auth_state`, `token_expires_at`). */
  | 'other';

const ENTRIES = new Map<CookieApiId, CookieApiEntry>(COOKIE_APIS.map((entry) => [entry.id, entry]));

/** Trace-map input for cookie writers, built once per process. */
const COOKIE_WRITE_APIS: readonly TrackedApi<CookieApiId>[] = [
  ...COOKIE_APIS.filter((api) => 'exports' in api && api.id !== 'universal-cookie').map((api) => ({
    exports: 'exports' in api ? api.exports : [],
    globals: 'globals' in api ? api.globals : undefined,
    info: api.id as CookieApiId,
  })),
  { exports: [{ module: 'next/headers', path: ['cookies'] }], info: 'next-cookies-set' as CookieApiId },
];

function entry(id: CookieApiId): CookieApiEntry {
  return ENTRIES.get(id)!;
}

/** Receivers whose `cookie`/`setCookie` methods drive a browser or a test client, not a response. */
const NON_RESPONSE_RECEIVERS = new Set([
  'cy', 'cypress', 'page', 'browser', 'driver', 'context', 'browserContext', 'jar', 'cookieJar', 'agent', 'req', 'request', 'document',
]);

/** Modules that make `reply.cookie` / `x.setCookie` a Fastify reply. */
const FASTIFY_MODULES = ['fastify', '@fastify/cookie', 'fastify-cookie'];
/** Modules that make `ctx.cookies.set` a Koa context. */
const KOA_MODULES = ['koa', '@koa/router', 'koa-router'];
/** Modules that make `x.cookies.set` a Next.js response. */
const NEXT_MODULES = ['next/server', 'next/headers'];
/** Factory methods of `NextResponse` that return a response with a `cookies` store. */
const NEXT_RESPONSE_FACTORIES = new Set(['next', 'json', 'redirect', 'rewrite']);

/** Header-setting methods that take `('Set-Cookie', value)`. */
const HEADER_METHODS = new Set(['setHeader', 'header', 'set', 'append', 'appendHeader']);

/** Text without which no receiver-based cookie write or `Set-Cookie` header can occur. */
const WALK_TRIGGERS = /cookie|\.state\s*\(/i;

/** A part of a header string: static text or an expression. */
type HeaderPart = { readonly text: string } | { readonly expression: TSESTree.Node };

const WRITES = new WeakMap<TSESTree.Program, readonly CookieWrite[]>();

/**
 * Every cookie the file writes, computed once per file: import-tracked APIs (express-session,
 * cookie-session, `cookie.serialize`, js-cookie, cookies-next, nookies, react-cookie,
 * universal-cookie, h3, Hono), response methods that no import names (Express `res.cookie`,
 * Fastify `reply.setCookie`, Hapi `server.state` / `h.state`, Koa `ctx.cookies.set`, Next.js
 * `cookies().set` and `response.cookies.set`), `Set-Cookie` header strings, and
 * `document.cookie` assignments (also through `window.`/`globalThis.`; a local `document` is
 * not the DOM). For each write: the library entry, the name, value and options nodes, the
 * flags after the library's defaults, and where a codemod could add the missing ones.
 */
export function collectCookieWrites(sourceCode: Readonly<TSESLint.SourceCode>): readonly CookieWrite[] {
  const cached = WRITES.get(sourceCode.ast);
  if (cached) return cached;
  const writes = new CookieWriteCollector(sourceCode).collect();
  WRITES.set(sourceCode.ast, writes);
  return writes;
}

/**
 * Reads a cookie name: `csrf` for the double-submit cookie, `credential` for token and
 * session names, `other` for everything else. Non-secret words win over session words
 * (`auth_state`, `session_theme`), and so do yes/no markers (`isAuth`, `hasSession`); session
 * words win over the name reader, which reads token names (`access_token`, `idToken`;
 * `token_expires_at` is metadata).
 */
export function classifyCookieName(text: string): CookieNameKind {
  const words = splitWords(text);
  if (words.length === 0) return 'other';
  if (words.some((word) => CSRF_COOKIE_WORDS.has(word))) return 'csrf';
  if (words.some((word) => NON_SECRET_COOKIE_WORDS.has(word))) return 'other';
  // `isAuth`, `hasSession`: a yes/no marker for the UI, not the credential.
  if (words.length > 1 && FLAG_COOKIE_PREFIXES.has(words[0]!)) return 'other';
  // Session words first: `next-auth.session-token` is a session, though `next token` reads as a page cursor.
  if (words.some((word) => SESSION_COOKIE_WORDS.has(word))) return 'credential';
  const byName = classifyName(text);
  return byName && byName.kind !== 'not-a-token' && byName.kind !== 'claims' ? 'credential' : 'other';
}

class CookieWriteCollector {
  private readonly writes = new Map<TSESTree.Node, CookieWrite>();
  private readonly modules: ReadonlySet<string>;
  private readonly nextCookieCalls = new Set<TSESTree.Node>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {
    this.modules = getImportedModules(sourceCode.ast, sourceCode.text);
  }

  collect(): CookieWrite[] {
    const globalScope = this.sourceCode.scopeManager?.globalScope;
    if (!globalScope) return [];
    this.collectTracked();
    this.collectDocumentCookie(globalScope);
    // Receiver-based APIs and headers all mention `cookie` (`res.cookie`, `setCookie`, `Set-Cookie`,
    // `ctx.cookies`), except Hapi's `state`.
    if (WALK_TRIGGERS.test(this.sourceCode.text)) this.walk(this.sourceCode.ast);
    return [...this.writes.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  private scopeOf(node: TSESTree.Node): TSESLint.Scope.Scope {
    return this.sourceCode.getScope(node);
  }

  private hasModule(modules: readonly string[]): boolean {
    return modules.some((module) => this.modules.has(module));
  }

  // ---- import-tracked APIs --------------------------------------------------------------

  private collectTracked(): void {
    for (const { node: call, info: id } of collectTrackedCalls(this.sourceCode, COOKIE_WRITE_APIS)) {
      switch (id) {
        case 'next-cookies-set':
          this.nextCookieCalls.add(call);
          break;
        case 'react-cookie':
          this.collectReactCookieSetters(call);
          break;
        case 'express-session':
        case 'cookie-session':
          this.addSessionMiddleware(call, entry(id));
          break;
        case 'cookies-next': {
          const options = call.arguments[2];
          const module = this.getImportSource(call.callee);
          const serverOptions = options !== undefined && this.hasAnyKey(options, ['req', 'res', 'cookies']);
          const side = module === 'cookies-next/server' || serverOptions ? 'server' : 'client';
          this.addCall(call, entry(id), side);
          break;
        }
        case 'nookies': {
          const context = call.arguments[0];
          this.addCall(call, entry(id), context === undefined || isEmptyContext(context) ? 'client' : 'server');
          break;
        }
        default: {
          const api = entry(id);
          this.addCall(call, api, api.side === 'client' ? 'client' : 'server');
        }
      }
    }
    this.collectUniversalCookie();
  }

  /** `const [cookies, setCookie] = useCookies(['token'])`: every call of `setCookie`. */
  private collectReactCookieSetters(call: TSESTree.CallExpression): void {
    const declarator = call.parent;
    if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.ArrayPattern) return;
    const setter = declarator.id.elements[1];
    if (setter?.type !== AST_NODE_TYPES.Identifier) return;
    for (const setCall of this.collectCallsOfBinding(setter)) this.addCall(setCall, entry('react-cookie'), 'client');
  }

  /** `const cookies = new Cookies()` from universal-cookie: every `cookies.set(...)`. */
  private collectUniversalCookie(): void {
    if (!this.modules.has('universal-cookie')) return;
    const globalScope = this.sourceCode.scopeManager?.globalScope;
    if (!globalScope) return;
    const tracker = new ASTUtils.ReferenceTracker(globalScope);
    const traceMap = { 'universal-cookie': { [ASTUtils.ReferenceTracker.ESM]: true, default: { [ASTUtils.ReferenceTracker.CONSTRUCT]: true } } };
    const requireMap = { 'universal-cookie': { [ASTUtils.ReferenceTracker.CONSTRUCT]: true, default: { [ASTUtils.ReferenceTracker.CONSTRUCT]: true } } };
    const constructions = [...tracker.iterateEsmReferences(traceMap), ...tracker.iterateCjsReferences(requireMap)];
    for (const { node } of constructions) {
      const declarator = getOutermostWrapper(node).parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) continue;
      const variable = ASTUtils.findVariable(this.scopeOf(declarator.id), declarator.id);
      for (const reference of variable?.references ?? []) {
        const member = getOutermostWrapper(reference.identifier).parent;
        if (member?.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(member) !== 'set') continue;
        const call = getOutermostWrapper(member).parent;
        if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === getOutermostWrapper(member)) this.addCall(call, entry('universal-cookie'), 'client');
      }
    }
  }

  private collectCallsOfBinding(id: TSESTree.Identifier): TSESTree.CallExpression[] {
    const variable = ASTUtils.findVariable(this.scopeOf(id), id);
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of variable?.references ?? []) {
      const outer = getOutermostWrapper(reference.identifier);
      if (outer.parent?.type === AST_NODE_TYPES.CallExpression && outer.parent.callee === outer) calls.push(outer.parent);
    }
    return calls;
  }

  /** The module a callee was imported from, when it is an import binding. */
  private getImportSource(callee: TSESTree.Node): string | undefined {
    let node = unwrapExpression(callee);
    if (node.type === AST_NODE_TYPES.MemberExpression) node = unwrapExpression(node.object);
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const def = ASTUtils.findVariable(this.scopeOf(node), node)?.defs[0];
    if (def?.type !== 'ImportBinding') return undefined;
    const declaration = def.parent;
    return declaration?.type === AST_NODE_TYPES.ImportDeclaration ? declaration.source.value : undefined;
  }

  private hasAnyKey(raw: TSESTree.Node, keys: readonly string[]): boolean {
    const object = this.resolveObject(raw, 0);
    if (!object.object) return false;
    return object.object.properties.some((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return false;
      const name = getStaticKeyName(property);
      return name !== undefined && keys.includes(name);
    });
  }

  // ---- document.cookie -------------------------------------------------------------------

  private collectDocumentCookie(globalScope: TSESLint.Scope.Scope): void {
    const documents = collectDocumentReferences(globalScope);
    for (const document of documents) {
      const outer = getOutermostWrapper(document);
      const member = outer.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer) continue;
      if (getPropertyName(member, this.scopeOf(member)) !== 'cookie') continue;
      const assignment = member.parent;
      if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member || assignment.operator !== '=') continue;
      this.addHeaderString(assignment.right, entry('document-cookie'), 'client', assignment);
    }
  }

  // ---- one walk for receiver-based APIs and Set-Cookie headers ------------------------------

  private walk(root: TSESTree.Node): void {
    const keys = this.sourceCode.visitorKeys;
    const stack: TSESTree.Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === AST_NODE_TYPES.CallExpression) this.visitCall(node);
      else if (node.type === AST_NODE_TYPES.Property) this.visitProperty(node);
      for (const key of keys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        if (Array.isArray(child)) {
          for (const item of child) if (isNode(item)) stack.push(item);
        } else if (isNode(child)) {
          stack.push(child);
        }
      }
    }
  }

  private visitCall(call: TSESTree.CallExpression): void {
    if (this.writes.has(call)) return;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = getPropertyName(callee, this.scopeOf(callee));
    if (method === undefined) return;
    const receiver = unwrapExpression(callee.object);
    const first = call.arguments[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;

    if (HEADER_METHODS.has(method) && call.arguments.length >= 2 && isSetCookieName(getStaticString(first, this.scopeOf(first)))) {
      const value = call.arguments[1]!;
      this.addHeaderValue(value);
      return;
    }
    switch (method) {
      case 'cookie':
      case 'setCookie': {
        if (call.arguments.length < 2 || unwrapExpression(first).type === AST_NODE_TYPES.ObjectExpression) return;
        if (receiver.type === AST_NODE_TYPES.Identifier && (receiver.name === '$' || receiver.name === 'jQuery')) {
          if (method === 'cookie') this.addCall(call, entry('jquery-cookie'), 'client');
          return;
        }
        const receiverName = getTrailingName(receiver);
        if (receiverName !== undefined && NON_RESPONSE_RECEIVERS.has(receiverName)) return;
        const isFastify = method === 'setCookie' || receiverName === 'reply' || this.hasModule(FASTIFY_MODULES);
        this.addCall(call, entry(isFastify ? 'fastify-set-cookie' : 'express-res-cookie'), 'server');
        return;
      }
      case 'state': {
        const api = entry('hapi-state');
        if (call.arguments.length === 2) {
          // `server.state(name, options)`; `h.state(name, value)` inherits the server definition.
          if (unwrapExpression(call.arguments[1]!).type !== AST_NODE_TYPES.ObjectExpression && !isIdentifier(call.arguments[1]!)) return;
          this.addCall(call, api, 'server');
        } else if (call.arguments.length >= 3) {
          this.addCall(call, { ...api, arguments: { name: 0, value: 1, options: 2 } }, 'server');
        }
        return;
      }
      case 'set': {
        const library = this.getCookieStoreLibrary(receiver);
        if (library === undefined) return;
        const api = entry(library);
        if (call.arguments.length === 1 && library === 'next-cookies-set') {
          this.addNextObjectForm(call, api);
        } else if (call.arguments.length >= 2) {
          this.addCall(call, api, 'server');
        }
        return;
      }
      default:
    }
  }

  /** `{ 'Set-Cookie': value }` in header objects of `writeHead`, `new Response`, Lambda results. */
  private visitProperty(property: TSESTree.Property): void {
    if (property.kind !== 'init' || property.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
    const key = getStaticKeyName(property, property.computed ? this.scopeOf(property) : undefined);
    if (!isSetCookieName(key)) return;
    if (isTestDoubleData(property)) return;
    this.addHeaderValue(property.value);
  }

  /** Which cookie store a `.set()` receiver is: Next.js `cookies()` / `NextResponse#cookies`, or Koa `ctx.cookies`. */
  private getCookieStoreLibrary(receiver: TSESTree.Node): 'next-cookies-set' | 'koa-cookies-set' | undefined {
    if (this.isNextCookiesCall(receiver, 0)) return 'next-cookies-set';
    if (receiver.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(receiver) !== 'cookies') return undefined;
    const owner = unwrapExpression(receiver.object);
    if (this.isNextResponse(owner, 0)) return 'next-cookies-set';
    const ownerName = getTrailingName(owner);
    const isNext = this.hasModule(NEXT_MODULES);
    const isKoa = this.hasModule(KOA_MODULES);
    if (isKoa && !isNext) return 'koa-cookies-set';
    if (isNext && !isKoa) return ownerName === 'ctx' ? undefined : 'next-cookies-set';
    if (ownerName === 'ctx') return 'koa-cookies-set';
    return undefined;
  }

  /** `cookies()` / `await cookies()` from `next/headers`, directly or through a `const`. */
  private isNextCookiesCall(raw: TSESTree.Node, depth: number): boolean {
    const node = unwrapExpression(raw);
    if (this.nextCookieCalls.has(node)) return true;
    if (node.type !== AST_NODE_TYPES.Identifier || depth > 2) return false;
    const init = this.getConstInit(node);
    return init !== undefined && this.isNextCookiesCall(init, depth + 1);
  }

  /** `NextResponse.next()`, `NextResponse.json(...)`, `new NextResponse(...)`, directly or through a variable. */
  private isNextResponse(raw: TSESTree.Node, depth: number): boolean {
    const node = unwrapExpression(raw);
    if (node.type === AST_NODE_TYPES.NewExpression) return getTrailingName(node.callee) === 'NextResponse';
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const callee = unwrapExpression(node.callee);
      return (
        callee.type === AST_NODE_TYPES.MemberExpression &&
        getTrailingName(callee.object) === 'NextResponse' &&
        NEXT_RESPONSE_FACTORIES.has(getPropertyName(callee) ?? '')
      );
    }
    if (node.type !== AST_NODE_TYPES.Identifier || depth > 2) return false;
    const variable = ASTUtils.findVariable(this.scopeOf(node), node);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable') return false;
    const declarator = def.node as TSESTree.VariableDeclarator;
    return declarator.init !== null && this.isNextResponse(declarator.init, depth + 1);
  }

  // ---- building writes -----------------------------------------------------------------------

  private addSessionMiddleware(call: TSESTree.CallExpression, api: CookieApiEntry): void {
    const argument = call.arguments[0];
    const resolved = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? this.resolveObject(argument, 0) : { object: undefined, unknown: false };
    if (resolved.unknown) return;
    const outer = resolved.object;
    let name = api.defaultName;
    let nameNode: TSESTree.Node | undefined;
    if (outer && api.nameOptionKey !== undefined) {
      const nameProperty = this.findProperty(outer, api.nameOptionKey, 0);
      if (nameProperty === 'unknown') return;
      if (nameProperty) {
        nameNode = nameProperty.value;
        name = getStaticString(nameProperty.value, this.scopeOf(nameProperty.value));
      }
    }
    let optionsNode: TSESTree.Node | undefined = argument && argument.type !== AST_NODE_TYPES.SpreadElement ? argument : undefined;
    let optionsObject = outer;
    let insertion: CookieOptionsInsertion = outer
      ? outer === unwrapExpression(argument!)
        ? { kind: 'object', object: outer }
        : { kind: 'none' }
      : { kind: 'argument', call, index: 0 };
    if (api.nestedOptionsKey !== undefined) {
      const nested = outer ? this.findProperty(outer, api.nestedOptionsKey, 0) : undefined;
      if (nested === 'unknown') return;
      if (nested) {
        const inner = this.resolveObject(nested.value, 0);
        if (inner.unknown || !inner.object) return;
        optionsNode = nested.value;
        optionsObject = inner.object;
        insertion = inner.object === unwrapExpression(nested.value) && nested.parent === outer ? { kind: 'object', object: inner.object } : { kind: 'none' };
      } else {
        optionsObject = undefined;
        if (outer) insertion = insertion.kind === 'object' ? { kind: 'nested', object: outer, key: api.nestedOptionsKey } : { kind: 'none' };
      }
    }
    const flags = this.readFlags(api, optionsObject, false);
    this.add({
      entry: api,
      side: 'server',
      node: call,
      nameNode,
      name,
      nameHint: name === undefined && nameNode ? getNameHint(nameNode) : undefined,
      optionsNode,
      optionsObject,
      insertion,
      flags,
      missing: getMissing(flags),
      clearing: false,
    });
  }

  private addCall(call: TSESTree.CallExpression, api: CookieApiEntry, side: 'server' | 'client'): void {
    const positions = api.arguments;
    const argumentAt = (index: number | undefined): TSESTree.Node | undefined => {
      if (index === undefined) return undefined;
      if (call.arguments.slice(0, index + 1).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) return undefined;
      return call.arguments[index];
    };
    const nameNode = argumentAt(positions.name);
    if (positions.name !== undefined && !nameNode) return;
    const valueNode = argumentAt(positions.value);
    const optionsNode = argumentAt(positions.options);
    let optionsObject: TSESTree.ObjectExpression | undefined;
    let unknownOptions = false;
    if (optionsNode) {
      const resolved = this.resolveObject(optionsNode, 0);
      optionsObject = resolved.object;
      unknownOptions = resolved.unknown;
    }
    const insertion: CookieOptionsInsertion =
      optionsNode === undefined
        ? positions.options !== undefined && call.arguments.length === positions.options
          ? { kind: 'argument', call, index: positions.options }
          : { kind: 'none' }
        : optionsObject && optionsObject === unwrapExpression(optionsNode)
          ? { kind: 'object', object: optionsObject }
          : { kind: 'none' };
    const flags = this.readFlags(api, optionsObject, unknownOptions);
    const name = nameNode ? getStaticString(nameNode, this.scopeOf(nameNode)) : api.defaultName;
    this.add({
      entry: api,
      side,
      node: call,
      nameNode,
      name,
      nameHint: name === undefined && nameNode ? getNameHint(nameNode) : undefined,
      valueNode,
      optionsNode,
      optionsObject,
      insertion,
      flags,
      missing: getMissing(flags),
      clearing: (valueNode !== undefined && isEmptyValue(valueNode)) || this.isClearingOptions(optionsObject),
    });
  }

  /** Next.js `cookies().set({ name, value, ...options })`. */
  private addNextObjectForm(call: TSESTree.CallExpression, api: CookieApiEntry): void {
    const argument = call.arguments[0]!;
    if (argument.type === AST_NODE_TYPES.SpreadElement) return;
    const resolved = this.resolveObject(argument, 0);
    if (!resolved.object) return;
    const nameProperty = this.findProperty(resolved.object, 'name', 0);
    const valueProperty = this.findProperty(resolved.object, 'value', 0);
    if (nameProperty === 'unknown' || valueProperty === 'unknown' || !nameProperty) return;
    const flags = this.readFlags(api, resolved.object, resolved.unknown);
    const name = getStaticString(nameProperty.value, this.scopeOf(nameProperty.value));
    this.add({
      entry: api,
      side: 'server',
      node: call,
      nameNode: nameProperty.value,
      name,
      nameHint: name === undefined ? getNameHint(nameProperty.value) : undefined,
      valueNode: valueProperty?.value,
      optionsNode: argument,
      optionsObject: resolved.object,
      insertion: resolved.object === unwrapExpression(argument) ? { kind: 'object', object: resolved.object } : { kind: 'none' },
      flags,
      missing: getMissing(flags),
      clearing: (valueProperty !== undefined && isEmptyValue(valueProperty.value)) || this.isClearingOptions(resolved.object),
    });
  }

  /** A `Set-Cookie` header value: a string, a template, a concatenation, or an array of them. */
  private addHeaderValue(raw: TSESTree.Node): void {
    const node = unwrapExpression(raw);
    if (node.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of node.elements) if (element && element.type !== AST_NODE_TYPES.SpreadElement) this.addHeaderValue(element);
      return;
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      const init = this.getConstInit(node);
      if (init && isStringBuilding(unwrapExpression(init))) this.addHeaderString(init, entry('set-cookie-header'), 'server', node);
      return;
    }
    if (isStringBuilding(node)) this.addHeaderString(node, entry('set-cookie-header'), 'server', node);
  }

  /** Parses `name=value; Attr; Attr=x` from a string built of static text and expressions. */
  private addHeaderString(raw: TSESTree.Node, api: CookieApiEntry, side: 'server' | 'client', reportNode: TSESTree.Node): void {
    const parts = this.flattenString(raw, 0);
    if (!parts) return;
    // Split at the first `=` (name) and the first `;` after it (value).
    let name = '';
    let nameNode: TSESTree.Node | undefined;
    let valueNode: TSESTree.Node | undefined;
    let valueText = '';
    let stage: 'name' | 'value' | 'attributes' = 'name';
    const attributes: HeaderPart[] = [];
    for (const part of parts) {
      if ('expression' in part) {
        if (stage === 'name') nameNode ??= part.expression;
        else if (stage === 'value') valueNode ??= part.expression;
        else attributes.push(part);
        continue;
      }
      let text = part.text;
      while (text.length > 0) {
        if (stage === 'name') {
          const index = text.indexOf('=');
          if (index === -1) {
            name += text;
            text = '';
          } else {
            name += text.slice(0, index);
            text = text.slice(index + 1);
            stage = 'value';
          }
        } else if (stage === 'value') {
          const index = text.indexOf(';');
          if (index === -1) {
            valueText += text;
            text = '';
          } else {
            valueText += text.slice(0, index);
            text = text.slice(index);
            stage = 'attributes';
          }
        } else {
          attributes.push({ text });
          text = '';
        }
      }
    }
    if (stage === 'name') return;
    const staticName = nameNode ? undefined : name.trim();
    const flags = readAttributeFlags(attributes);
    const clearing = (valueNode === undefined && valueText.trim() === '') || isClearingAttributes(attributes);
    this.add({
      entry: api,
      side,
      node: reportNode,
      nameNode,
      name: staticName,
      nameHint: staticName === undefined ? [name.trim(), nameNode ? getNameHint(nameNode) : ''].join(' ').trim() || undefined : undefined,
      valueNode,
      optionsNode: undefined,
      optionsObject: undefined,
      insertion: raw === reportNode && side === 'server' ? { kind: 'attributes', node: raw } : { kind: 'none' },
      flags,
      missing: getMissing(flags),
      clearing,
    });
  }

  /** Static text and expressions of a template or `+` concatenation; constants are inlined. */
  private flattenString(raw: TSESTree.Node, depth: number): HeaderPart[] | undefined {
    if (depth > 8) return undefined;
    const node = unwrapExpression(raw);
    const text = getStaticString(node, this.scopeOf(node));
    if (text !== undefined) return [{ text }];
    if (node.type === AST_NODE_TYPES.TemplateLiteral) {
      const parts: HeaderPart[] = [];
      node.quasis.forEach((quasi, index) => {
        parts.push({ text: quasi.value.cooked ?? '' });
        const expression = node.expressions[index];
        if (expression) parts.push(...(this.flattenString(expression, depth + 1) ?? [{ expression }]));
      });
      return parts;
    }
    if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
      const left = this.flattenString(node.left, depth + 1);
      const right = this.flattenString(node.right, depth + 1);
      return [...(left ?? [{ expression: node.left }]), ...(right ?? [{ expression: node.right }])];
    }
    return depth === 0 ? undefined : [{ expression: node }];
  }

  private isClearingOptions(object: TSESTree.ObjectExpression | undefined): boolean {
    if (!object) return false;
    for (const key of ['maxAge', 'expires', 'ttl']) {
      const property = this.findProperty(object, key, 0);
      if (!property || property === 'unknown') continue;
      const value = unwrapExpression(property.value);
      if (key !== 'expires') {
        const result = ASTUtils.getStaticValue(value, this.scopeOf(value));
        if (result && typeof result.value === 'number' && result.value <= 0) return true;
        continue;
      }
      if (value.type === AST_NODE_TYPES.NewExpression && getTrailingName(value.callee) === 'Date') {
        const argument = value.arguments[0];
        if (argument === undefined) continue;
        const result = ASTUtils.getStaticValue(unwrapExpression(argument), this.scopeOf(argument));
        if (result && ((typeof result.value === 'number' && result.value < 86_400_000) || (typeof result.value === 'string' && /1970/.test(result.value)))) {
          return true;
        }
      }
      const result = ASTUtils.getStaticValue(value, this.scopeOf(value));
      if (result && result.value === 0) return true;
    }
    return false;
  }

  /** Reads the three flags from an options object, applying the library's defaults. */
  private readFlags(api: CookieApiEntry, object: TSESTree.ObjectExpression | undefined, unknownOptions: boolean): Record<CookieFlag, CookieFlagState> {
    const flags = {} as Record<CookieFlag, CookieFlagState>;
    for (const flag of COOKIE_FLAGS) {
      const fallback: CookieFlagState = { status: api.defaults[flag] === false ? 'missing' : 'set' };
      if (unknownOptions) {
        flags[flag] = fallback.status === 'set' ? fallback : { status: 'unknown' };
        continue;
      }
      if (!object) {
        flags[flag] = fallback;
        continue;
      }
      const property = this.findProperty(object, api.flagKeys[flag], 0);
      if (property === 'unknown') {
        flags[flag] = fallback.status === 'set' ? fallback : { status: 'unknown' };
      } else if (!property) {
        flags[flag] = fallback;
      } else {
        flags[flag] = { status: this.readFlagValue(property.value, fallback.status), node: property };
      }
    }
    return flags;
  }

  private readFlagValue(raw: TSESTree.Node, fallback: CookieFlagStatus): CookieFlagStatus {
    const node = unwrapExpression(raw);
    const result = ASTUtils.getStaticValue(node, this.scopeOf(node));
    if (!result) return 'set';
    const { value } = result;
    if (value === undefined) return fallback;
    if (value === false || value === null || value === 0 || value === '') return 'disabled';
    return 'set';
  }

  /**
   * The last property named `key` of an object, looking into spreads of same-file objects.
   * `'unknown'` when a spread or computed key that cannot be resolved comes after every match.
   */
  private findProperty(object: TSESTree.ObjectExpression, key: string, depth: number): TSESTree.Property | 'unknown' | undefined {
    if (depth > 4) return 'unknown';
    for (const property of [...object.properties].reverse()) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        const resolved = this.resolveObject(property.argument, depth + 1);
        if (resolved.unknown || !resolved.object) {
          if (isNullish(property.argument)) continue;
          return 'unknown';
        }
        const inner = this.findProperty(resolved.object, key, depth + 1);
        if (inner !== undefined) return inner;
        continue;
      }
      const name = getStaticKeyName(property, property.computed ? this.scopeOf(property) : undefined);
      if (name === undefined) return 'unknown';
      if (name === key) return property;
    }
    return undefined;
  }

  /** Resolves an options expression to an object literal through same-file `const`s. */
  private resolveObject(raw: TSESTree.Node, depth: number): { object: TSESTree.ObjectExpression | undefined; unknown: boolean } {
    const node = unwrapExpression(raw);
    if (node.type === AST_NODE_TYPES.ObjectExpression) return { object: node, unknown: false };
    if (isNullish(node)) return { object: undefined, unknown: false };
    if (node.type === AST_NODE_TYPES.Identifier && depth < 4) {
      const init = this.getConstInit(node);
      if (init) return this.resolveObject(init, depth + 1);
    }
    return { object: undefined, unknown: true };
  }

  /** The initializer of a variable that is never reassigned and not destructured. */
  private getConstInit(node: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = ASTUtils.findVariable(this.scopeOf(node), node);
    const def = variable?.defs[0];
    if (!variable || def?.type !== 'Variable' || variable.defs.length !== 1) return undefined;
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.id !== def.name || !declarator.init) return undefined;
    if (variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== declarator.init)) return undefined;
    // Objects mutated after creation (`options.secure = true`) are not static.
    const mutated = variable.references.some((reference) => {
      const parent = reference.identifier.parent;
      return (
        parent?.type === AST_NODE_TYPES.MemberExpression &&
        parent.object === reference.identifier &&
        parent.parent?.type === AST_NODE_TYPES.AssignmentExpression &&
        parent.parent.left === parent
      );
    });
    return mutated ? undefined : declarator.init;
  }

  private add(write: CookieWrite): void {
    if (!this.writes.has(write.node)) this.writes.set(write.node, write);
  }
}

/** Reads `HttpOnly`, `Secure` and `SameSite` from header attributes; a fragment built at run time makes the absent ones unknown. */
function readAttributeFlags(attributes: readonly HeaderPart[]): Record<CookieFlag, CookieFlagState> {
  const found: Partial<Record<CookieFlag, CookieFlagState>> = {};
  let dynamic = false;
  // Join into segments; an expression is harmless only as an attribute's value (`Max-Age=${age}`).
  let segment = '';
  const finish = (): void => {
    const attribute = segment.trim().toLowerCase();
    segment = '';
    if (attribute === 'httponly') found.httpOnly = { status: 'set' };
    else if (attribute === 'secure') found.secure = { status: 'set' };
    else if (attribute.startsWith('samesite')) found.sameSite = { status: 'set' };
  };
  for (const part of attributes) {
    if ('expression' in part) {
      if (!segment.trimEnd().endsWith('=')) dynamic = true;
      segment += '\u0000';
      continue;
    }
    const pieces = part.text.split(';');
    segment += pieces[0] ?? '';
    for (const piece of pieces.slice(1)) {
      finish();
      segment = piece;
    }
  }
  finish();
  const flags = {} as Record<CookieFlag, CookieFlagState>;
  for (const flag of COOKIE_FLAGS) flags[flag] = found[flag] ?? { status: dynamic ? 'unknown' : 'missing' };
  return flags;
}

function getMissing(flags: Readonly<Record<CookieFlag, CookieFlagState>>): CookieFlag[] {
  return COOKIE_FLAGS.filter((flag) => flags[flag].status === 'missing' || flags[flag].status === 'disabled');
}

function isSetCookieName(name: string | undefined): boolean {
  return name !== undefined && name.toLowerCase() === 'set-cookie';
}

function isStringBuilding(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TemplateLiteral ||
    (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') ||
    (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+')
  );
}

function isClearingAttributes(attributes: readonly HeaderPart[]): boolean {
  const text = attributes.map((part) => ('text' in part ? part.text : '\u0000')).join('').toLowerCase();
  return /max-age\s*=\s*(?:0|-\d+)\b/.test(text) || /expires\s*=[^;]*1970/.test(text);
}

/** `''`, `null`, `undefined`: the cookie is being deleted. */
function isEmptyValue(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Literal) return node.value === '' || node.value === null;
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0 && node.quasis.every((quasi) => quasi.value.cooked === '');
  return node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined';
}

function isNullish(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  return (node.type === AST_NODE_TYPES.Literal && node.value === null) || (node.type === AST_NODE_TYPES.Identifier && node.name === 'undefined');
}

/** nookies' browser form: `setCookie(null, ...)`, `setCookie(undefined, ...)`, `setCookie({}, ...)`. */
function isEmptyContext(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  return isNullish(node) || (node.type === AST_NODE_TYPES.ObjectExpression && node.properties.length === 0);
}

function isIdentifier(raw: TSESTree.Node): boolean {
  return unwrapExpression(raw).type === AST_NODE_TYPES.Identifier;
}

/** Words describing a name expression that is not static: `AUTH_COOKIE_NAME` -> `auth`, `config.cookies.accessToken` -> `access token`. */
function getNameHint(raw: TSESTree.Node): string | undefined {
  const node = unwrapExpression(raw);
  const name = getTrailingName(node);
  if (name === undefined) return undefined;
  const words = splitWords(name);
  while (words.length > 1 && (KEY_CONSTANT_SUFFIXES.has(words.at(-1)!) || words.at(-1) === 'cookie')) words.pop();
  if (words.length === 1 && (words[0] === 'cookie' || words[0] === 'name' || words[0] === 'key')) return undefined;
  return words.join(' ');
}



// ---- reads by client code (for codemods that make a cookie HttpOnly) -------------------------

/** A cookie read by browser code, which an HttpOnly cookie would hide. */
export interface CookieRead {
  /** `document.cookie` parsing, or a client cookie library. */
  readonly via: 'document-cookie' | 'library';
  /** The `document.cookie` member or the library call. */
  readonly node: TSESTree.Node;
  /** The cookie name when the read names one statically; `undefined` when it may read any cookie. */
  readonly name?: string;
  /**
   * For `document.cookie`: the static strings (string literals, template parts, regular
   * expression sources) of the function that reads it, or of the file at top level, so that a
   * name the parse looks for can be recognised. `undefined` when the reading function takes
   * parameters (a generic `getCookie(name)` helper) and may read any cookie.
   */
  readonly mentions?: readonly string[];
}

/** How a client library call reads cookies. */
interface CookieReadApi {
  /** `name`: the first argument names the cookie; `all`: every cookie; `names`: an array of names (react-cookie). */
  readonly reads: 'name' | 'all' | 'names';
  /** A call with at least this many arguments runs on the server (cookies-next `{ req, res }`, nookies `ctx`). */
  readonly serverWithArguments?: number;
}

/** Client-side cookie read APIs: js-cookie, cookies-next, nookies, react-cookie, the Cookie Store API. */
const COOKIE_READ_APIS: readonly TrackedApi<CookieReadApi>[] = [
  { exports: [{ module: 'js-cookie', path: ['default', 'get'] }], globals: [['Cookies', 'get']], info: { reads: 'name' } },
  {
    exports: [
      { module: 'cookies-next', path: ['getCookie'] },
      { module: 'cookies-next/client', path: ['getCookie'] },
    ],
    info: { reads: 'name', serverWithArguments: 2 },
  },
  {
    exports: [
      { module: 'cookies-next', path: ['getCookies'] },
      { module: 'cookies-next/client', path: ['getCookies'] },
    ],
    info: { reads: 'all', serverWithArguments: 1 },
  },
  { exports: [{ module: 'nookies', path: ['parseCookies'] }, { module: 'nookies', path: ['default', 'get'] }], info: { reads: 'all', serverWithArguments: 1 } },
  { exports: [{ module: 'react-cookie', path: ['useCookies'] }], info: { reads: 'names' } },
  { exports: [], globals: [['cookieStore', 'get'], ['cookieStore', 'getAll']], info: { reads: 'name' } },
];

const READS = new WeakMap<TSESTree.Program, readonly CookieRead[]>();

/**
 * Every cookie read by browser code in the file: `document.cookie` reads (also through
 * `window.`/`globalThis.`/`self.`; an assignment is a write, not a read), js-cookie
 * `Cookies.get(name)`, cookies-next `getCookie(name)` / `getCookies()` without a server
 * context, nookies `parseCookies()` (with `parseCookies().name` or `const { name } =
 * parseCookies()` naming the cookie), react-cookie `useCookies(['name'])` and the Cookie Store
 * API. Import-aware: a local `getCookie` is not cookies-next.
 */
export function collectCookieReads(sourceCode: Readonly<TSESLint.SourceCode>): readonly CookieRead[] {
  const cached = READS.get(sourceCode.ast);
  if (cached) return cached;
  const reads: CookieRead[] = [];
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (globalScope) {
    const documents = collectDocumentReferences(globalScope);
    for (const document of documents) {
      const outer = getOutermostWrapper(document);
      const member = outer.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== outer || getPropertyName(member) !== 'cookie') continue;
      const assignment = member.parent;
      if (assignment?.type === AST_NODE_TYPES.AssignmentExpression && assignment.left === member) continue;
      reads.push({ via: 'document-cookie', node: member, mentions: getMentions(member, sourceCode.ast) });
    }
    for (const { node, info } of collectTrackedCalls(sourceCode, COOKIE_READ_APIS)) {
      if (info.serverWithArguments !== undefined && node.arguments.length >= info.serverWithArguments) continue;
      reads.push(...describeLibraryRead(node, info, sourceCode));
    }
  }
  reads.sort((a, b) => a.node.range[0] - b.node.range[0]);
  READS.set(sourceCode.ast, reads);
  return reads;
}

function describeLibraryRead(call: TSESTree.CallExpression, info: CookieReadApi, sourceCode: Readonly<TSESLint.SourceCode>): CookieRead[] {
  const scope = sourceCode.getScope(call);
  const first = call.arguments[0];
  if (info.reads === 'name') {
    const name = first ? getStaticString(first, scope) : undefined;
    return [name === undefined ? { via: 'library', node: call } : { via: 'library', node: call, name }];
  }
  if (info.reads === 'names') {
    const list = first ? unwrapExpression(first) : undefined;
    if (list?.type !== AST_NODE_TYPES.ArrayExpression) return [{ via: 'library', node: call }];
    const names = list.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(element, scope) : undefined));
    if (names.some((name) => name === undefined)) return [{ via: 'library', node: call }];
    return names.map((name) => ({ via: 'library', node: call, name }));
  }
  // Every cookie: narrowed when the result is read by name right away.
  const outer = getOutermostWrapper(call);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
    const name = getPropertyName(parent, sourceCode.getScope(parent));
    if (name !== undefined) return [{ via: 'library', node: call, name }];
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
    const names = parent.id.properties.map((property) => (property.type === AST_NODE_TYPES.Property ? getStaticKeyName(property) : undefined));
    if (names.every((name) => name !== undefined)) return names.map((name) => ({ via: 'library', node: call, name }));
  }
  return [{ via: 'library', node: call }];
}

/** Static strings of the function around `node` (or the file); `undefined` when that function takes parameters. */
function getMentions(node: TSESTree.Node, program: TSESTree.Program): readonly string[] | undefined {
  let fn: TSESTree.Node | undefined = node.parent;
  while (
    fn &&
    fn.type !== AST_NODE_TYPES.FunctionDeclaration &&
    fn.type !== AST_NODE_TYPES.FunctionExpression &&
    fn.type !== AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    fn = fn.parent;
  }
  if (fn && 'params' in fn && fn.params.length > 0) return undefined;
  const mentions: string[] = [];
  walkTree(fn ?? program, undefined, (child) => {
    if (child.type === AST_NODE_TYPES.Literal) {
      if (typeof child.value === 'string') mentions.push(child.value);
      else if ('regex' in child && child.regex) mentions.push(child.regex.pattern);
    } else if (child.type === AST_NODE_TYPES.TemplateElement) {
      mentions.push(child.value.cooked ?? child.value.raw);
    }
  });
  return mentions;
}

/**
 * Calls whose object arguments describe a response the code *receives* or *expects*, not one it
 * sends: test doubles (`mockResolvedValue`, nock `reply`, sinon `resolves`/`returns`) and
 * assertions (`toEqual`, `toMatchObject`).
 */
const TEST_DOUBLE_CALLEE = /^(?:mock\w*|resolves|returns|reply|replyOnce|toEqual|toStrictEqual|toMatchObject|toHaveBeenCalledWith)$/;

/** `true` when a `Set-Cookie` header object is data handed to a test double or an assertion. */
function isTestDoubleData(node: TSESTree.Node): boolean {
  let current: TSESTree.Node | undefined = node;
  for (let depth = 0; current && depth < 8; depth++) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    if ((parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) && parent.callee !== current) {
      const name = getTrailingName(parent.callee);
      return name !== undefined && TEST_DOUBLE_CALLEE.test(name);
    }
    current = parent;
  }
  return false;
}

/** References to the real `document` global, directly or as `window.document` / `globalThis.document` / `self.document`. */
function collectDocumentReferences(globalScope: TSESLint.Scope.Scope): TSESTree.Node[] {
  const documents: TSESTree.Node[] = [...collectGlobalReads(globalScope, 'document')];
  for (const name of ['window', 'globalThis', 'self']) {
    for (const identifier of collectGlobalReads(globalScope, name)) {
      const member = getOutermostWrapper(identifier).parent;
      if (member?.type === AST_NODE_TYPES.MemberExpression && member.object === getOutermostWrapper(identifier) && getPropertyName(member) === 'document') {
        documents.push(member);
      }
    }
  }
  return documents;
}
