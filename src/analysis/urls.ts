import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { UrlClient, UrlMethodEntry, UrlParamAllowanceEntry, UrlSinkEntry } from '../knowledge/url-sinks.js';
import type { TokenFlow } from './token-flow.js';
import type { FoundReference, MutableTraceMap, PropertyTracker, TraceMap } from './references.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  GENERIC_CREDENTIAL_PARAMS,
  ONE_TIME_LINK_WORDS,
  RANDOM_VALUE_FUNCTIONS,
  URL_METHOD_SINKS,
  URL_PARAM_ALLOWANCES,
  URL_SINKS,
} from '../knowledge/url-sinks.js';
import { getPropertyName, getStaticKeyName, getStaticString, unwrapExpression } from './ast.js';
import { classifyName, splitWords } from './names.js';
import { collectGlobalReads, ensureTracePath } from './references.js';
import { getCalleeName, getTrailingName } from './token-flow.js';

/** How a value got into a URL. */
export type UrlBuilder =
  /** A template literal: `` `${API}/me?access_token=${token}` ``. */
  | 'template'
  /** A `+` concatenation or `+=`: `base + '?token=' + token`. */
  | 'concatenation'
  /** `new URLSearchParams({ ... })`, `new URLSearchParams([[name, value]])`, Angular `new HttpParams({ fromObject })`. */
  | 'search-params-constructor'
  /** `params.set(name, value)` / `.append(...)` on `URLSearchParams`, `url.searchParams` or Angular `HttpParams`. */
  | 'search-params-method'
  /** A query option object of a client: axios `params`, ky/got `searchParams`, socket.io / router `query`. */
  | 'query-option'
  /** An assignment to a query property: `config.params = { ... }`, `config.params.access_token = ...`. */
  | 'query-assignment';

/** Which part of the URL the value lands in. */
export type UrlPart = 'query' | 'fragment' | 'path';

/** The request, navigation or connection that receives a URL. */
export interface UrlRequest {
  /** The client. */
  readonly client: UrlClient;
  /** Knowledge entry id (`URL_SINKS` or `URL_METHOD_SINKS`). */
  readonly sinkId: string;
  /** The call, `new` expression or assignment that sends the URL. */
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression | TSESTree.AssignmentExpression | TSESTree.JSXAttribute;
  /** The URL argument (or assigned value) as written at the call, when there is one. */
  readonly urlArgument: TSESTree.Node | undefined;
  /** The init / config / options argument, when present. */
  readonly options: TSESTree.Node | undefined;
  /** `true` when `options` is an object literal written at the call (a codemod can add `headers` to it). */
  readonly optionsIsLiteral: boolean;
}

/** One value placed in a URL. */
export interface UrlPlacement {
  /** Parameter name, or `undefined` for a value in the path. */
  readonly param: string | undefined;
  /** Node that spells the parameter name: a property key, a string argument, or the string part before the value. */
  readonly paramNode: TSESTree.Node | undefined;
  /** The value expression as written in the URL. */
  readonly value: TSESTree.Node;
  /** Where in the URL it lands. */
  readonly part: UrlPart;
  /** The URL expression: the template, concatenation, `URLSearchParams`/`HttpParams` expression or query object. */
  readonly url: TSESTree.Node;
  /** How the value got there. */
  readonly builder: UrlBuilder;
  /** Static text of the URL before the value, expressions shown as `${}` (for host and path checks). */
  readonly urlText: string;
  /** The request that sends the URL, when it can be found in the same file. */
  readonly request: UrlRequest | undefined;
}

/** Options of {@link createUrlPlacementListeners}. */
export interface UrlPlacementOptions {
  /**
   * Decides whether a `URLSearchParams`/`HttpParams` object whose destination cannot be found
   * (returned, passed to an unknown function) is treated as a URL. Gets the keys written to it.
   */
  readonly isUnknownSearchParamsUrl?: (keys: readonly string[]) => boolean;
}

// `;` is deliberately not a separator: `k=v;k2=v2` is the shape of Cookie, Set-Cookie and
// HMAC Authorization headers (Akamai EdgeGrid), not of URL queries.
const PARAM_BEFORE_VALUE = /(^|[?&#]|\$\{\})([\w.\-[\]%]+)=$/;
const BODY_KEYS = new Set(['body', 'data', 'form', 'json', 'payload', 'formData', 'content']);
const URL_KEYS = new Set(['url', 'href', 'search', 'hash', 'src', 'action', 'to', 'path', 'uri', 'location', 'redirectTo', 'redirectUrl']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'to', 'action', 'formAction', 'data']);
const BODY_METHODS = new Set(['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm']);
const SEARCH_PARAMS_METHODS = new Set(['set', 'append']);
const MAX_FOLLOW = 3;
/** Receivers of `stringify` that build a query string: the `qs`, `querystring` and `query-string` packages. */
const QUERY_STRING_MODULES: ReadonlySet<string> = new Set(['qs', 'querystring', 'queryString', 'QueryString']);

type SinkMatch =
  | { readonly type: 'entry'; readonly entry: UrlSinkEntry }
  | { readonly type: 'method'; readonly entry: UrlMethodEntry };

type AnyCall = TSESTree.CallExpression | TSESTree.NewExpression;

interface FileSinks {
  /** Calls and `new` expressions of known URL APIs. */
  readonly calls: Map<TSESTree.Node, UrlSinkEntry>;
  /** Global `location` / `location.href` member reads (assignment targets). */
  readonly locations: Set<TSESTree.Node>;
}

const FILE_SINKS = new WeakMap<TSESTree.Program, FileSinks>();



/** Objects through which globals are reached: `window.open`, `globalThis.fetch`. */
const GLOBAL_OBJECT_NAMES = ['global', 'globalThis', 'self', 'window'] as const;


function markEntry(target: MutableTraceMap, entry: UrlSinkEntry): void {
  const { CALL, CONSTRUCT, READ } = ASTUtils.ReferenceTracker;
  if (entry.call === 'assign') {
    target[READ] ??= entry;
    return;
  }
  // Constructors are also callable as factories in some libraries (`ws`), and vice versa.
  target[CALL] ??= entry;
  target[CONSTRUCT] ??= entry;
}

/** Trace maps of `URL_SINKS` for ESM imports, `require()` and globals. */
function buildTraceMaps(): { esm: MutableTraceMap; cjs: MutableTraceMap; globals: MutableTraceMap } {
  const esm: MutableTraceMap = {};
  const cjs: MutableTraceMap = {};
  const globals: MutableTraceMap = {};
  for (const entry of URL_SINKS as readonly UrlSinkEntry[]) {
    for (const { module, path } of entry.exports) {
      const esmRoot = ensureTracePath(esm, [module]);
      esmRoot[ASTUtils.ReferenceTracker.ESM] = true;
      markEntry(ensureTracePath(esmRoot, path), entry);
      // CommonJS: `module.exports` is the default export; `require('x').default` also works.
      markEntry(ensureTracePath(cjs, [module, ...(path[0] === 'default' ? path.slice(1) : path)]), entry);
      if (path[0] === 'default') markEntry(ensureTracePath(cjs, [module, ...path]), entry);
    }
    for (const path of entry.globals ?? []) markEntry(ensureTracePath(globals, path), entry);
  }
  return { esm, cjs, globals };
}

const TRACE_MAPS = buildTraceMaps();

/**
 * Every reference to a URL API in the file: ESM named, default, namespace and aliased imports,
 * `require()`, and globals directly or through `window.` / `globalThis.` / `self.`. A binding
 * that shadows a global (`const location = ...`, a parameter named `fetch`) is not matched.
 */
function getFileSinks(sourceCode: Readonly<TSESLint.SourceCode>): FileSinks {
  const cached = FILE_SINKS.get(sourceCode.ast);
  if (cached) return cached;
  const calls = new Map<TSESTree.Node, UrlSinkEntry>();
  const locations = new Set<TSESTree.Node>();
  const sinks = { calls, locations };
  FILE_SINKS.set(sourceCode.ast, sinks);
  const globalScope = sourceCode.scopeManager?.globalScope as TSESLint.Scope.Scope | null | undefined;
  if (!globalScope) return sinks;
  const { READ } = ASTUtils.ReferenceTracker;
  const record = (reference: FoundReference): void => {
    const entry = reference.info as UrlSinkEntry;
    if (reference.type === READ) locations.add(reference.node as TSESTree.Node);
    else if (!calls.has(reference.node as TSESTree.Node)) calls.set(reference.node as TSESTree.Node, entry);
  };
  const tracker = new ASTUtils.ReferenceTracker(globalScope);
  const propertyTracker = tracker as unknown as PropertyTracker;
  for (const reference of tracker.iterateEsmReferences(TRACE_MAPS.esm as TraceMap)) record(reference);
  for (const identifier of collectGlobalReads(globalScope, 'require')) {
    const call = identifier.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier || !call.arguments[0]) continue;
    const specifier = getStaticString(call.arguments[0]);
    if (specifier === undefined || !Object.hasOwn(TRACE_MAPS.cjs, specifier)) continue;
    const moduleMap = TRACE_MAPS.cjs[specifier] as MutableTraceMap;
    recordDirect(call, moduleMap, calls);
    for (const reference of propertyTracker.iteratePropertyReferences(call, moduleMap as TraceMap)) record(reference);
  }
  for (const name of Object.keys(TRACE_MAPS.globals)) {
    const globalMap = TRACE_MAPS.globals[name] as MutableTraceMap;
    for (const identifier of collectGlobalReads(globalScope, name)) {
      recordDirect(identifier, globalMap, calls);
      if (globalMap[READ] !== undefined) locations.add(identifier);
      for (const reference of propertyTracker.iteratePropertyReferences(identifier, globalMap as TraceMap)) record(reference);
    }
  }
  for (const name of GLOBAL_OBJECT_NAMES) {
    for (const identifier of collectGlobalReads(globalScope, name)) {
      for (const reference of propertyTracker.iteratePropertyReferences(identifier, TRACE_MAPS.globals as TraceMap)) record(reference);
    }
  }
  return sinks;
}

/** `fetch(...)`, `new WebSocket(...)`, `require('axios')(...)`: the tracked value itself called or constructed. */
function recordDirect(node: TSESTree.Node, map: MutableTraceMap, calls: Map<TSESTree.Node, UrlSinkEntry>): void {
  const parent = node.parent;
  if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.callee === node) {
    const entry = map[parent.type === AST_NODE_TYPES.CallExpression ? ASTUtils.ReferenceTracker.CALL : ASTUtils.ReferenceTracker.CONSTRUCT];
    if (entry !== undefined && !calls.has(parent)) calls.set(parent, entry as UrlSinkEntry);
  }
}

/**
 * Shared matcher for values placed in URLs. The returned listeners call `onPlacement` for
 * every value written into a URL's query, fragment or (for known URL arguments) path:
 * template literals and `+` concatenation, `URLSearchParams` / Angular `HttpParams`
 * (constructor objects and tuple arrays, `.set`/`.append`) whose destination is a URL,
 * `url.searchParams.set/append`, assignments to `url.hash` / `url.search` /
 * `location.hash`, client query options (axios `params`, ky/got `searchParams`, ofetch and
 * socket.io `query`, router `push({ query })`, Next.js `<Link href={{ query }}>`), axios
 * interceptors that assign `config.params`, and superagent `.query({...})`.
 *
 * It does not decide whether a value is a token; see `classifyUrlToken` in the rule's
 * analysis. It only reports constructions: reading `location.hash` is not a sink.
 */
export function createUrlPlacementListeners(
  sourceCode: Readonly<TSESLint.SourceCode>,
  onPlacement: (placement: UrlPlacement) => void,
  options: UrlPlacementOptions = {},
): TSESLint.RuleListener {
  const matcher = new UrlMatcher(sourceCode, options);
  const emit = (placements: Iterable<UrlPlacement>): void => {
    for (const placement of placements) onPlacement(placement);
  };
  const listeners: TSESLint.RuleListener = {
    TemplateLiteral(node) {
      if (isConcatOperand(node)) return;
      emit(matcher.fromStringParts(node, flattenString(node), 'template'));
    },
    BinaryExpression(node) {
      if (node.operator !== '+' || isConcatOperand(node)) return;
      const parts = flattenString(node);
      if (!parts.some((part) => part.type === 'text')) return;
      emit(matcher.fromStringParts(node, parts, 'concatenation'));
    },
    AssignmentExpression(node) {
      emit(matcher.fromAssignment(node));
    },
    NewExpression(node) {
      emit(matcher.fromSearchParamsConstructor(node));
    },
    CallExpression(node) {
      emit(matcher.fromCall(node));
    },
    Property(node) {
      emit(matcher.fromQueryOption(node));
    },
  };
  // Per-file gates: each kind of construction needs some text in the file. Skipping listeners
  // that cannot match saves a dispatch and a flattening on every template, object property
  // and assignment of files that only mention a token.
  const { text } = sourceCode;
  if (!/[?&#}'"`][\w.\-[\]%]*=|\/\$\{|\/['"`]\s*\+/.test(text)) {
    delete listeners.TemplateLiteral;
    delete listeners.BinaryExpression;
  }
  if (!/\.(?:hash|search|params|href)\s*[+]?=|location\s*=/.test(text)) delete listeners.AssignmentExpression;
  if (!/URLSearchParams|HttpParams|WebSocket|EventSource|\bURL\b/.test(text)) delete listeners.NewExpression;
  if (!/\b(?:params|searchParams|query|href)\b/.test(text)) delete listeners.Property;
  return listeners;
}

type StringPart =
  | { readonly type: 'text'; readonly text: string; readonly node: TSESTree.Node }
  | { readonly type: 'expr'; readonly node: TSESTree.Node };

function isConcatOperand(node: TSESTree.Node): boolean {
  let current = node;
  while (current.parent?.type === AST_NODE_TYPES.TSAsExpression || current.parent?.type === AST_NODE_TYPES.TSNonNullExpression) {
    current = current.parent;
  }
  return current.parent?.type === AST_NODE_TYPES.BinaryExpression && current.parent.operator === '+';
}

/** Flattens a template literal or a `+` chain into static text and expression parts. */
function flattenString(raw: TSESTree.Node): StringPart[] {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const parts: StringPart[] = [];
    node.quasis.forEach((quasi, index) => {
      const text = quasi.value.cooked ?? quasi.value.raw;
      if (text !== '') parts.push({ type: 'text', text, node: quasi });
      const expression = node.expressions[index];
      if (expression) parts.push({ type: 'expr', node: expression });
    });
    return parts;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    return [...flattenString(node.left), ...flattenString(node.right)];
  }
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') {
    return node.value === '' ? [] : [{ type: 'text', text: node.value, node }];
  }
  return [{ type: 'expr', node: raw }];
}

/** Text of the URL "word" that ends at the end of `prefix`: what follows the last whitespace or quote. */
function currentUrlWord(prefix: string): string {
  // A backward scan: an end-anchored regex would retry from every start position, which is
  // quadratic on large templates (styled-components CSS, embedded HTML).
  let start = prefix.length;
  while (start > 0 && !URL_WORD_BREAKS.has(prefix.charCodeAt(start - 1))) start--;
  return prefix.slice(start);
}

/** Characters that end a URL "word": whitespace, quotes and angle brackets. */
const URL_WORD_BREAKS = new Set([...' \t\n\r\f\v"\'<>`\u00a0\u2028\u2029\ufeff'].map((char) => char.charCodeAt(0)));

const LOOKS_LIKE_URL = /^(?:[a-z][a-z\d+.-]*:\/\/|\/|\$\{\}\/|\$\{\}\?|\$\{\}#|\.{1,2}\/)/i;

class UrlMatcher {
  private readonly sinks: FileSinks;

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly options: UrlPlacementOptions,
  ) {
    this.sinks = getFileSinks(sourceCode);
  }

  /** Values in a template literal or concatenation. */
  *fromStringParts(root: TSESTree.Node, parts: readonly StringPart[], builder: UrlBuilder): Generator<UrlPlacement> {
    if (!parts.some((part) => part.type === 'expr')) return;
    let prefix = '';
    let destination: Destination | undefined;
    for (const [index, part] of parts.entries()) {
      if (part.type === 'text') {
        prefix += part.text;
        continue;
      }
      const previous = parts[index - 1];
      const word = currentUrlWord(prefix);
      let param: string | undefined;
      let part_: UrlPart | undefined;
      if (previous?.type === 'text') {
        const match = PARAM_BEFORE_VALUE.exec(word);
        if (match?.[2] !== undefined) {
          param = safeDecode(match[2]);
          const head = word.slice(0, word.length - match[0].length + (match[1] ?? '').length);
          if (head.includes('#')) part_ = 'fragment';
          else if (head.includes('?')) part_ = 'query';
          else if (word === prefix && /^[\w.\-[\]%]+=/.test(prefix)) {
            // A form-encoded string (`access_token=...&x=y`): its destination decides.
            destination ??= this.getDestination(root, 0);
            if (destination.type === 'url') part_ = destination.part ?? 'query';
          } else if (match[1] === '&' || match[1] === ';' || match[1] === '${}') {
            // `${url}&token=...`, `${url}${separator}token=...`: the query started in the expression.
            part_ = 'query';
          }
        } else if (!/[?#=]/.test(word) && word.endsWith('/') && LOOKS_LIKE_URL.test(word)) {
          part_ = 'path';
        }
      }
      if (part_ !== undefined) {
        const request = this.getRequest(root);
        if (part_ !== 'path' || request !== undefined || /^[a-z][a-z\d+.-]*:\/\//i.test(word)) {
          yield {
            param: part_ === 'path' ? undefined : param,
            paramNode: part_ === 'path' ? undefined : previous?.node,
            value: part.node,
            part: part_,
            url: root,
            builder,
            urlText: prefix,
            request,
          };
        }
      }
      prefix += '${}';
    }
  }

  /** `url.hash = ...`, `location.search = ...`, `config.params = {...}`, `config.params.token = ...`, `url += '&token=' + t`. */
  *fromAssignment(node: TSESTree.AssignmentExpression): Generator<UrlPlacement> {
    const left = node.left;
    if (node.operator === '+=') {
      const parts = flattenString(node.right);
      if (parts.some((part) => part.type === 'text')) {
        yield* this.fromStringParts(node, [{ type: 'expr', node: left }, ...parts], 'concatenation');
      }
      return;
    }
    if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression) return;
    const key = getPropertyName(left, this.sourceCode.getScope(node));
    if ((key === 'hash' || key === 'search') && this.isUrlObject(left.object)) {
      const parts = flattenString(node.right);
      const text = parts[0]?.type === 'text' ? parts[0].text : '';
      const marker = key === 'hash' ? '#' : '?';
      // Parsed as if the assigned string were appended after `#` / `?`.
      const synthetic: StringPart[] = text.startsWith(marker) ? parts : [{ type: 'text', text: marker, node: node.right }, ...parts];
      for (const placement of this.fromStringParts(node.right, synthetic, isTemplate(node.right) ? 'template' : 'concatenation')) {
        yield { ...placement, url: node.right, request: this.requestForAssignment(node) };
      }
      return;
    }
    if (key === 'params' || key === 'searchParams') {
      const object = this.resolveObject(node.right);
      if (object) yield* this.fromQueryObject(object, node.right, 'query-assignment', undefined);
      return;
    }
    const container = left.object.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(left.object) : undefined;
    if ((container === 'params' || container === 'searchParams') && key !== undefined) {
      yield {
        param: key,
        paramNode: left.property,
        value: node.right,
        part: 'query',
        url: left.object,
        builder: 'query-assignment',
        urlText: '?',
        request: undefined,
      };
    }
  }

  /** `new URLSearchParams({ access_token })`, `new URLSearchParams([['token', t]])`, `new HttpParams({ fromObject })`. */
  *fromSearchParamsConstructor(node: TSESTree.NewExpression): Generator<UrlPlacement> {
    const entry = this.sinks.calls.get(node);
    const name = getCalleeName(node.callee);
    const isSearchParams = entry?.id === 'url-search-params';
    const isHttpParams = entry?.id === 'angular-http-params' || (entry === undefined && name === 'HttpParams');
    if (!isSearchParams && !isHttpParams) return;
    const arg = node.arguments[0];
    if (!arg) return;
    let source: TSESTree.Node | undefined = unwrapExpression(arg);
    if (isHttpParams) {
      const object = this.resolveObject(arg);
      const fromObject = object?.properties.find(
        (property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && getStaticKeyName(property) === 'fromObject',
      );
      source = fromObject ? unwrapExpression(fromObject.value) : undefined;
      if (!source) return;
    }
    const pairs = this.collectPairs(source);
    if (pairs.length === 0) return;
    if (!this.isSearchParamsUrl(node, pairs.map((pair) => pair.param))) return;
    for (const pair of pairs) {
      yield { ...pair, part: 'query', url: node, builder: 'search-params-constructor', urlText: '?', request: this.getRequest(node) };
    }
  }

  /** `url.searchParams.set(name, value)`, `params.append(name, value)`, `new HttpParams().set(...)`, superagent `.query({...})`, client query options. */
  *fromCall(node: TSESTree.CallExpression): Generator<UrlPlacement> {
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
    const method = getPropertyName(callee);
    if (method !== undefined && SEARCH_PARAMS_METHODS.has(method) && node.arguments.length >= 2) {
      const param = getStaticString(node.arguments[0]!, this.sourceCode.getScope(node));
      if (param === undefined) return;
      const target = this.getSearchParamsTarget(callee.object);
      if (!target) return;
      if (target.always || this.isSearchParamsUrl(target.root, [param, ...this.collectSetKeys(target.root)])) {
        yield {
          param,
          paramNode: node.arguments[0],
          value: node.arguments[1]!,
          part: 'query',
          url: target.root,
          builder: 'search-params-method',
          urlText: '?',
          request: this.getRequest(target.root),
        };
      }
      return;
    }
    // `qs.stringify({ access_token })`, `querystring.stringify(...)`: a query string or a form body, by destination.
    if ((method === 'stringify' || method === 'encode') && node.arguments[0] && QUERY_STRING_MODULES.has(getTrailingName(callee.object) ?? '')) {
      const pairs = this.collectPairs(node.arguments[0]);
      if (pairs.length === 0 || !this.isSearchParamsUrl(node, pairs.map((pair) => pair.param))) return;
      for (const pair of pairs) {
        yield { ...pair, part: 'query', url: node, builder: 'search-params-constructor', urlText: '?', request: this.getRequest(node) };
      }
      return;
    }
    if (method === 'query' && node.arguments.length === 1 && isSuperagentChain(callee.object)) {
      const object = this.resolveObject(node.arguments[0]!);
      if (object) yield* this.fromQueryObject(object, node.arguments[0]!, 'query-option', undefined);
    }
  }

  /** A `params` / `searchParams` / `query` option of a known client whose value is an object. */
  *fromQueryOption(node: TSESTree.Property): Generator<UrlPlacement> {
    if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) return;
    const key = getStaticKeyName(node);
    if (key === undefined || !QUERY_OPTION_KEYS.has(key)) return;
    const object = this.resolveObject(node.value);
    if (!object) return;
    const request = this.findOptionsConsumer(node.parent, key, 0);
    if (!request) return;
    yield* this.fromQueryObject(object, node.value, 'query-option', request);
  }

  private *fromQueryObject(
    object: TSESTree.ObjectExpression,
    url: TSESTree.Node,
    builder: UrlBuilder,
    request: UrlRequest | undefined,
  ): Generator<UrlPlacement> {
    for (const pair of this.collectPairs(object)) {
      yield { ...pair, part: 'query', url, builder, urlText: '?', request };
    }
  }

  /** Key/value pairs of an object literal or a `[[key, value]]` array. */
  private collectPairs(node: TSESTree.Node): { param: string; paramNode: TSESTree.Node; value: TSESTree.Node }[] {
    const pairs: { param: string; paramNode: TSESTree.Node; value: TSESTree.Node }[] = [];
    const object = this.resolveObject(node);
    if (object) {
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
        const param = getStaticKeyName(property, property.computed ? this.sourceCode.getScope(property) : undefined);
        if (param === undefined || property.value.type === AST_NODE_TYPES.AssignmentPattern) continue;
        pairs.push({ param, paramNode: property.key, value: property.value });
      }
      return pairs;
    }
    const inner = unwrapExpression(node);
    if (inner.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of inner.elements) {
        if (element?.type !== AST_NODE_TYPES.ArrayExpression || element.elements.length !== 2) continue;
        const [first, second] = element.elements;
        if (!first || !second || first.type === AST_NODE_TYPES.SpreadElement || second.type === AST_NODE_TYPES.SpreadElement) continue;
        const param = getStaticString(first, this.sourceCode.getScope(element));
        if (param !== undefined) pairs.push({ param, paramNode: first, value: second });
      }
    }
    return pairs;
  }

  /** An object literal, directly or through a `const` in the same file. */
  private resolveObject(raw: TSESTree.Node): TSESTree.ObjectExpression | undefined {
    const node = unwrapExpression(raw);
    if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
    if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
    const init = this.getConstInit(node);
    const inner = init ? unwrapExpression(init) : undefined;
    return inner?.type === AST_NODE_TYPES.ObjectExpression ? inner : undefined;
  }

  private getConstInit(node: TSESTree.Identifier): TSESTree.Expression | undefined {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable') return undefined;
    const declarator = def.node as TSESTree.VariableDeclarator;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return undefined;
    return declarator.init ?? undefined;
  }

  /**
   * The `URLSearchParams`/`HttpParams` expression a `.set()`/`.append()` call writes to.
   * `always` is `true` for `url.searchParams` (the URL's own query).
   */
  private getSearchParamsTarget(raw: TSESTree.Node): { root: TSESTree.Node; always: boolean } | undefined {
    const receiver = unwrapExpression(raw);
    if (receiver.type === AST_NODE_TYPES.MemberExpression && getPropertyName(receiver) === 'searchParams') {
      return { root: receiver, always: true };
    }
    // `new HttpParams().set(a, b).set(c, d)`: the outermost call of the chain carries the value.
    if (receiver.type === AST_NODE_TYPES.NewExpression || receiver.type === AST_NODE_TYPES.CallExpression) {
      const root = getChainRoot(receiver);
      if (root && this.isSearchParamsConstruction(root)) return { root: getChainTop(receiver), always: false };
      return undefined;
    }
    if (receiver.type === AST_NODE_TYPES.Identifier) {
      const init = this.getConstInit(receiver);
      if (!init) return undefined;
      const inner = unwrapExpression(init);
      if (inner.type === AST_NODE_TYPES.MemberExpression && getPropertyName(inner) === 'searchParams') return { root: inner, always: true };
      const root = getChainRoot(inner);
      if (root && this.isSearchParamsConstruction(root)) return { root: receiver, always: false };
    }
    return undefined;
  }

  private isSearchParamsConstruction(node: TSESTree.Node): boolean {
    if (node.type !== AST_NODE_TYPES.NewExpression) return false;
    const entry = this.sinks.calls.get(node);
    return entry?.id === 'url-search-params' || entry?.id === 'angular-http-params' || (entry === undefined && getCalleeName(node.callee) === 'HttpParams');
  }

  /** Keys set on a `URLSearchParams` variable through `.set`/`.append` (for the token-request body signal). */
  private collectSetKeys(root: TSESTree.Node): string[] {
    if (root.type !== AST_NODE_TYPES.Identifier) return [];
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(root), root);
    const keys: string[] = [];
    for (const reference of variable?.references ?? []) {
      const member = reference.identifier.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || member.parent.type !== AST_NODE_TYPES.CallExpression) continue;
      const first = member.parent.arguments[0];
      const key = first ? getStaticString(first) : undefined;
      if (key !== undefined) keys.push(key);
    }
    const init = this.getConstInit(root);
    if (init) {
      const construction = getChainRoot(unwrapExpression(init));
      if (construction?.type === AST_NODE_TYPES.NewExpression && construction.arguments[0]) {
        keys.push(...this.collectPairs(construction.arguments[0]).map((pair) => pair.param));
      }
    }
    return keys;
  }

  /** Whether a `URLSearchParams`/`HttpParams` value ends up in a URL (not in a request body). */
  private isSearchParamsUrl(node: TSESTree.Node, keys: readonly string[]): boolean {
    // `params.set(...)` on a variable: where the variable goes decides, not the receiver.
    const destination = isMethodReceiver(node) ? this.getVariableDestination(node, 0) : this.getDestination(node, 0);
    if (destination.type === 'url') return true;
    if (destination.type !== 'unknown') return false;
    return this.options.isUnknownSearchParamsUrl?.(keys) ?? false;
  }

  /** `true` for `new URL(...)` values, global `location`, and receivers named like a URL. */
  private isUrlObject(raw: TSESTree.Node): boolean {
    const node = unwrapExpression(raw);
    if (this.sinks.locations.has(node)) return true;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
      const def = variable?.defs[0];
      if (def?.type === 'Variable') {
        const init = (def.node as TSESTree.VariableDeclarator).init;
        const inner = init ? unwrapExpression(init) : undefined;
        return inner?.type === AST_NODE_TYPES.NewExpression && this.sinks.calls.get(inner)?.client === 'url';
      }
      if (def?.type === 'Parameter') return /(?:url|uri|link|location)$/i.test(node.name);
      return false;
    }
    if (node.type === AST_NODE_TYPES.NewExpression) return this.sinks.calls.get(node)?.client === 'url';
    return false;
  }

  private requestForAssignment(node: TSESTree.AssignmentExpression): UrlRequest | undefined {
    const left = unwrapExpression(node.left);
    if (left.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    if (!this.sinks.locations.has(left) && !this.sinks.locations.has(unwrapExpression(left.object))) return undefined;
    return { client: 'navigation', sinkId: 'location-href', node, urlArgument: node.right, options: undefined, optionsIsLiteral: false };
  }

  /** What receives a value: a URL, a request body, or something else. */
  getDestination(raw: TSESTree.Node, depth: number): Destination {
    if (depth > MAX_FOLLOW) return UNKNOWN;
    let node: TSESTree.Node = raw;
    for (;;) {
      const parent: TSESTree.Node | undefined = node.parent;
      if (!parent) return UNKNOWN;
      switch (parent.type) {
        case AST_NODE_TYPES.TSAsExpression:
        case AST_NODE_TYPES.TSNonNullExpression:
        case AST_NODE_TYPES.TSSatisfiesExpression:
        case AST_NODE_TYPES.TSTypeAssertion:
        case AST_NODE_TYPES.ChainExpression:
        case AST_NODE_TYPES.AwaitExpression:
        case AST_NODE_TYPES.ConditionalExpression:
        case AST_NODE_TYPES.LogicalExpression:
          node = parent;
          continue;
        case AST_NODE_TYPES.MemberExpression:
          if (parent.object === node && getPropertyName(parent) === 'toString' && parent.parent.type === AST_NODE_TYPES.CallExpression) {
            node = parent.parent;
            continue;
          }
          return OTHER;
        case AST_NODE_TYPES.TemplateLiteral:
        case AST_NODE_TYPES.BinaryExpression: {
          if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator !== '+') return OTHER;
          let root: TSESTree.Node = parent;
          while (root.parent && isConcatOperand(root)) root = root.parent;
          const prefix = textBefore(root, node);
          const word = currentUrlWord(prefix);
          if (word.includes('#')) return { type: 'url', part: 'fragment' };
          if (word.includes('?') || /[&;]$/.test(word)) return { type: 'url', part: 'query' };
          return this.getDestination(root, depth + 1);
        }
        case AST_NODE_TYPES.CallExpression:
        case AST_NODE_TYPES.NewExpression: {
          if (parent.callee === node) return OTHER;
          const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
          const callee = unwrapExpression(parent.callee);
          const name = getCalleeName(callee);
          if (callee.type === AST_NODE_TYPES.Identifier && (name === 'String' || name === 'encodeURI')) {
            node = parent;
            continue;
          }
          const sink = this.getSink(parent);
          if (sink) {
            const entry = sink.entry;
            if (entry.urlArgument === index) return { type: 'url' };
            if (entry.client === 'url-search-params' || entry.client === 'url') return { type: 'url' };
            if (name !== undefined && BODY_METHODS.has(name) && index === 1) return BODY;
            if (entry.client === 'fetch' && index === 1) return BODY;
            return OTHER;
          }
          if (name === 'send' || name === 'write' || name === 'end') return BODY;
          if (name !== undefined && BODY_METHODS.has(name) && index === 1) return BODY;
          return UNKNOWN;
        }
        case AST_NODE_TYPES.Property: {
          if (parent.value !== node) return OTHER;
          const key = getStaticKeyName(parent);
          if (key !== undefined && BODY_KEYS.has(key)) return BODY;
          if (key !== undefined && (QUERY_OPTION_KEYS.has(key) || URL_KEYS.has(key))) return { type: 'url', ...(key === 'hash' ? { part: 'fragment' as const } : {}) };
          return UNKNOWN;
        }
        case AST_NODE_TYPES.AssignmentExpression: {
          if (parent.right !== node) return OTHER;
          const left = unwrapExpression(parent.left);
          if (left.type === AST_NODE_TYPES.MemberExpression) {
            const key = getPropertyName(left);
            if (key === 'hash' && this.isUrlObject(left.object)) return { type: 'url', part: 'fragment' };
            if ((key === 'search' || key === 'href') && this.isUrlObject(left.object)) return { type: 'url', part: 'query' };
            if (this.sinks.locations.has(left)) return { type: 'url' };
            if (key === 'body' || key === 'cookie') return key === 'body' ? BODY : OTHER;
            return UNKNOWN;
          }
          if (left.type === AST_NODE_TYPES.Identifier) return this.getVariableDestination(left, depth);
          return UNKNOWN;
        }
        case AST_NODE_TYPES.VariableDeclarator:
          if (parent.init !== node || parent.id.type !== AST_NODE_TYPES.Identifier) return UNKNOWN;
          return this.getVariableDestination(parent.id, depth);
        case AST_NODE_TYPES.JSXExpressionContainer: {
          const attribute = parent.parent;
          if (attribute.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier) {
            return URL_ATTRIBUTES.has(attribute.name.name) ? { type: 'url' } : OTHER;
          }
          return OTHER;
        }
        default:
          return UNKNOWN;
      }
    }
  }

  private getVariableDestination(id: TSESTree.Identifier, depth: number): Destination {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(id), id);
    if (!variable) return UNKNOWN;
    let result: Destination = UNKNOWN;
    let sawBody = false;
    for (const reference of variable.references.slice(0, 12)) {
      if (!reference.isRead() || reference.identifier === id) continue;
      const parent = reference.identifier.parent;
      // `params.set(...)` writes to the object; it says nothing about where it goes.
      if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === reference.identifier && getPropertyName(parent) !== 'toString') continue;
      const destination = this.getDestination(reference.identifier as TSESTree.Node, depth + 1);
      if (destination.type === 'url') return destination;
      if (destination.type === 'body') sawBody = true;
      else if (destination.type === 'other' && result.type === 'unknown') result = OTHER;
    }
    return sawBody ? BODY : result;
  }

  /** The known URL API a call or `new` expression is, by import, global, created instance or method name. */
  getSink(node: AnyCall): SinkMatch | undefined {
    const tracked = this.sinks.calls.get(node);
    if (tracked) return { type: 'entry', entry: tracked };
    const callee = unwrapExpression(node.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = getPropertyName(callee);
    if (method === undefined) return undefined;
    // Instances: `const api = axios.create(); api.get(url, { params })`, `const router = useRouter(); router.push(...)`.
    const receiver = unwrapExpression(callee.object);
    if (receiver.type === AST_NODE_TYPES.Identifier) {
      const init = this.getConstInit(receiver);
      const factory = init ? unwrapExpression(init) : undefined;
      if (factory && (factory.type === AST_NODE_TYPES.CallExpression || factory.type === AST_NODE_TYPES.NewExpression)) {
        const entry = this.sinks.calls.get(factory);
        if (entry?.createsClient && (entry.clientMethods as readonly string[] | undefined)?.includes(method)) {
          return { type: 'entry', entry: { ...entry, urlArgument: 0, optionsArguments: entry.client === 'router' ? [0] : BODY_METHODS.has(method) ? [2] : [1] } };
        }
      }
    }
    const receiverName = getTrailingName(receiver)?.toLowerCase();
    for (const entry of URL_METHOD_SINKS as readonly UrlMethodEntry[]) {
      if (!entry.methods.includes(method)) continue;
      if (entry.receivers.length > 0 && (receiverName === undefined || !entry.receivers.includes(receiverName))) continue;
      return { type: 'method', entry };
    }
    return undefined;
  }

  /** The request that sends the URL expression `node`, following one `const`. */
  getRequest(node: TSESTree.Node, depth = 0): UrlRequest | undefined {
    if (depth > MAX_FOLLOW) return undefined;
    let current: TSESTree.Node = node;
    for (;;) {
      const parent: TSESTree.Node | undefined = current.parent;
      if (!parent) return undefined;
      if (
        parent.type === AST_NODE_TYPES.TSAsExpression ||
        parent.type === AST_NODE_TYPES.TSNonNullExpression ||
        parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
        parent.type === AST_NODE_TYPES.ChainExpression ||
        parent.type === AST_NODE_TYPES.AwaitExpression
      ) {
        current = parent;
        continue;
      }
      if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === current && getPropertyName(parent) === 'toString' && parent.parent.type === AST_NODE_TYPES.CallExpression) {
        current = parent.parent;
        continue;
      }
      if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
        if (parent.callee === current) return undefined;
        const index = parent.arguments.indexOf(current as TSESTree.CallExpressionArgument);
        const sink = this.getSink(parent);
        if (!sink) return undefined;
        if (sink.entry.client === 'url' && index === 0) {
          current = parent;
          continue;
        }
        if (sink.entry.urlArgument !== index) return undefined;
        return this.toRequest(parent, sink);
      }
      if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === current) {
        return this.requestForAssignment(parent);
      }
      if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === current && parent.id.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(this.sourceCode.getScope(parent.id), parent.id);
        for (const reference of variable?.references ?? []) {
          if (reference.identifier === parent.id || !reference.isRead()) continue;
          const request = this.getRequest(reference.identifier as TSESTree.Node, depth + 1);
          if (request) return request;
        }
        return undefined;
      }
      if (parent.type === AST_NODE_TYPES.TemplateLiteral && parent.quasis.length === 2 && parent.quasis.every((quasi) => quasi.value.cooked === '')) {
        current = parent;
        continue;
      }
      return undefined;
    }
  }

  private toRequest(call: AnyCall, sink: SinkMatch): UrlRequest {
    const indexes = sink.entry.optionsArguments ?? [];
    let options: TSESTree.Node | undefined;
    for (const index of indexes) {
      const argument = call.arguments[index];
      if (argument && index !== sink.entry.urlArgument) {
        options = argument;
        break;
      }
    }
    return {
      client: sink.entry.client,
      sinkId: sink.entry.id,
      node: call,
      urlArgument: sink.entry.urlArgument === undefined ? undefined : call.arguments[sink.entry.urlArgument],
      options,
      optionsIsLiteral: options !== undefined && unwrapExpression(options).type === AST_NODE_TYPES.ObjectExpression,
    };
  }

  /** The client call that reads `key` from an options object (inline, through a `const`, or spread into another object). */
  private findOptionsConsumer(object: TSESTree.Node, key: string, depth: number): UrlRequest | undefined {
    if (depth > MAX_FOLLOW) return undefined;
    let node: TSESTree.Node = object;
    while (node.parent && isTransparent(node.parent)) node = node.parent;
    const parent = node.parent;
    if (!parent) return undefined;
    if (parent.type === AST_NODE_TYPES.CallExpression || parent.type === AST_NODE_TYPES.NewExpression) {
      const index = parent.arguments.indexOf(node as TSESTree.CallExpressionArgument);
      const sink = index === -1 ? undefined : this.getSink(parent);
      if (!sink) return undefined;
      const keys = sink.entry.queryOptionKeys as readonly string[];
      const indexes = sink.entry.optionsArguments ?? [];
      if (!keys.includes(key) || !indexes.includes(index)) return undefined;
      if (sink.entry.client === 'axios' && index === 0 && indexes.includes(1) && parent.arguments.length > 1) return undefined;
      return this.toRequest(parent, sink);
    }
    if (parent.type === AST_NODE_TYPES.SpreadElement && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
      return this.findOptionsConsumer(parent.parent, key, depth + 1);
    }
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(parent.id), parent.id);
      for (const reference of variable?.references ?? []) {
        if (reference.identifier === parent.id || !reference.isRead()) continue;
        const ref = reference.identifier as TSESTree.Node;
        const refParent = ref.parent;
        if (refParent?.type === AST_NODE_TYPES.CallExpression || refParent?.type === AST_NODE_TYPES.NewExpression) {
          const found = this.findOptionsConsumer(ref, key, depth + 1);
          if (found) return found;
        } else if (refParent?.type === AST_NODE_TYPES.SpreadElement && refParent.parent.type === AST_NODE_TYPES.ObjectExpression) {
          const found = this.findOptionsConsumer(refParent.parent, key, depth + 1);
          if (found) return found;
        }
      }
      return undefined;
    }
    // Next.js `<Link href={{ pathname, query }}>`.
    if (parent.type === AST_NODE_TYPES.JSXExpressionContainer && key === 'query') {
      const attribute = parent.parent;
      if (attribute.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier && (attribute.name.name === 'href' || attribute.name.name === 'to')) {
        return { client: 'router', sinkId: 'next-router', node: attribute, urlArgument: node, options: undefined, optionsIsLiteral: false };
      }
    }
    return undefined;
  }
}

/** Keys that hold a query object in some client's options. */
const QUERY_OPTION_KEYS: ReadonlySet<string> = new Set([
  ...(URL_SINKS as readonly UrlSinkEntry[]).flatMap((entry) => entry.queryOptionKeys.filter((key) => key !== 'hash')),
  ...(URL_METHOD_SINKS as readonly UrlMethodEntry[]).flatMap((entry) => entry.queryOptionKeys.filter((key) => key !== 'hash')),
]);

type Destination =
  | { readonly type: 'url'; readonly part?: 'query' | 'fragment' }
  | { readonly type: 'body' }
  | { readonly type: 'other' }
  | { readonly type: 'unknown' };

const UNKNOWN: Destination = { type: 'unknown' };
const OTHER: Destination = { type: 'other' };
const BODY: Destination = { type: 'body' };

function isTransparent(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSNonNullExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion
  );
}

/** `params` in `params.set(...)`: an identifier used as the object of a member access. */
function isMethodReceiver(node: TSESTree.Node): node is TSESTree.Identifier {
  return node.type === AST_NODE_TYPES.Identifier && node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.object === node;
}

function isTemplate(node: TSESTree.Node): boolean {
  return unwrapExpression(node).type === AST_NODE_TYPES.TemplateLiteral;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Static text of a template or concatenation before `inner`, expressions shown as `${}`. */
function textBefore(root: TSESTree.Node, inner: TSESTree.Node): string {
  let text = '';
  for (const part of flattenString(root)) {
    if (part.node.range[0] >= inner.range[0]) break;
    text += part.type === 'text' ? part.text : '${}';
  }
  return text;
}

/** `new X()` at the bottom of `new X().set(a, b).set(c, d)`. */
function getChainRoot(node: TSESTree.Node): TSESTree.Node | undefined {
  let current = unwrapExpression(node);
  for (let i = 0; i < 32; i++) {
    if (current.type === AST_NODE_TYPES.NewExpression) return current;
    if (current.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = unwrapExpression(current.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = getPropertyName(callee);
    if (method === undefined || !SEARCH_PARAMS_METHODS.has(method)) return undefined;
    current = unwrapExpression(callee.object);
  }
  return undefined;
}

/** The outermost `.set()`/`.append()` call of a chain that contains `node`. */
function getChainTop(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (let i = 0; i < 32; i++) {
    const parent = current.parent;
    if (parent?.type !== AST_NODE_TYPES.MemberExpression || parent.object !== current) return current;
    const method = getPropertyName(parent);
    if (method === undefined || !SEARCH_PARAMS_METHODS.has(method) || parent.parent.type !== AST_NODE_TYPES.CallExpression) return current;
    current = parent.parent;
  }
  return current;
}

/** `request(app).get('/x')`, `superagent.get(url)`, `agent.post(url)`: a receiver that is an HTTP-verb call. */
function isSuperagentChain(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  if (node.type !== AST_NODE_TYPES.CallExpression) return false;
  const name = getCalleeName(node.callee);
  return name !== undefined && ['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'set', 'send', 'query', 'auth'].includes(name);
}

/** Kind of token found in a URL, as reported. */
export type UrlTokenKind = 'access' | 'id' | 'refresh' | 'token';

/** Boolean-ish prefixes that make a `...Token` parameter a flag, not a credential (`hasToken`, `withToken`). */
const FLAG_WORDS = new Set(['has', 'is', 'no', 'with', 'without', 'include', 'use', 'needs', 'need', 'show', 'should', 'require', 'requires']);

/** Body parameters of token, revocation and introspection requests: their presence marks a request body. */
const TOKEN_REQUEST_BODY_PARAMS = new Set(['grant_type', 'client_secret', 'client_assertion', 'code_verifier', 'token_type_hint', 'subject_token', 'assertion']);

/**
 * `true` when a `URLSearchParams` whose destination is unknown looks like a URL query rather
 * than the form body of a token, revocation or introspection request (RFC 6749 §4.1.3, §6,
 * RFC 7009 §2.1, RFC 7662 §2.1), which always carries one of these parameters.
 */
export function isQueryLikeSearchParams(keys: readonly string[]): boolean {
  return !keys.some((key) => TOKEN_REQUEST_BODY_PARAMS.has(key.toLowerCase()));
}

/** What a parameter name says: a specific token kind, a generic credential, not a credential, or nothing. */
export function classifyUrlParam(param: string): UrlTokenKind | 'not-a-token' | undefined {
  const lower = param.toLowerCase();
  const words = splitWords(param);
  if (words.length > 1 && FLAG_WORDS.has(words[0]!)) return 'not-a-token';
  if (GENERIC_CREDENTIAL_PARAMS.has(lower)) return 'token';
  const byName = classifyName(param);
  if (!byName) return undefined;
  if (byName.kind === 'id' || byName.kind === 'access' || byName.kind === 'refresh') return byName.kind;
  if (byName.kind === 'unknown-token') return 'token';
  return 'not-a-token';
}

/** `true` when the parameter is documented to be fine in a URL (for this host, when the allowance names hosts). */
export function isAllowedUrlParam(param: string, urlText: string): boolean {
  const lower = param.toLowerCase();
  for (const entry of URL_PARAM_ALLOWANCES as readonly UrlParamAllowanceEntry[]) {
    if (!entry.params.includes(lower)) continue;
    if (entry.hosts === undefined) return true;
    const host = /^[a-z][a-z\d+.-]*:\/\/([^/?#:]+)/i.exec(currentUrlWord(urlText))?.[1]?.toLowerCase();
    if (host !== undefined && entry.hosts.some((allowed) => host === allowed || host.endsWith(`.${allowed}`))) return true;
  }
  return false;
}

/**
 * Decides whether a value placed in a URL is an OAuth token, and of which kind. The value's
 * provenance decides first (an access, ID or refresh token from an SDK, a token response
 * field, storage, a same-file getter); a generic value counts as a credential only when the
 * parameter name itself says so (`token`, `jwt`, `auth`, `access_token`). Documented URL
 * parameters (`id_token_hint`, `code`, `state`...), pagination cursors, CSRF tokens,
 * one-time links (password reset, e-mail verification, invitations, magic links) and random
 * values minted by the application are not OAuth tokens.
 */
export function getUrlTokenKind(placement: UrlPlacement, flow: TokenFlow, sourceCode: Readonly<TSESLint.SourceCode>): UrlTokenKind | undefined {
  const { param } = placement;
  let paramKind: UrlTokenKind | 'not-a-token' | undefined;
  if (param !== undefined) {
    if (isAllowedUrlParam(param, placement.urlText)) return undefined;
    paramKind = classifyUrlParam(param);
    if (paramKind === 'not-a-token') return undefined;
  }
  const value = unwrapExpression(placement.value);
  if (isNonCredentialExpression(value)) return undefined;
  const info = flow.classify(placement.value);
  if (info && !info.neutral && (info.kind === 'not-a-token' || info.kind === 'claims')) return undefined;
  if (info?.neutral === true) return undefined;
  const valueKind = info && (info.kind === 'id' || info.kind === 'access' || info.kind === 'refresh') ? info.kind : undefined;
  if (placement.part === 'path') return valueKind !== undefined && info?.specific === true ? valueKind : undefined;
  if (valueKind !== undefined) {
    // A generic `token` parameter of a one-time link (`magicLink: `${url}/enter?token=${t.token}``)
    // holds the link's own secret: a value whose kind only comes from a variable name does not
    // outweigh that context.
    if (info?.certainty === 'heuristic' && paramKind !== 'access' && paramKind !== 'id' && paramKind !== 'refresh' && isOneTimeLink(placement, sourceCode)) return undefined;
    return valueKind;
  }
  if (paramKind === undefined || paramKind === 'not-a-token') return undefined;
  if (isStaticValue(value, sourceCode) || isRandomValue(value, sourceCode) || isOneTimeLink(placement, sourceCode)) return undefined;
  return paramKind;
}

/** Expressions that cannot be a token string: booleans, numbers, comparisons, `typeof`, `.length`. */
function isNonCredentialExpression(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator !== '+';
    case AST_NODE_TYPES.Literal:
      return typeof node.value !== 'string';
    default:
      return false;
  }
}

/** A string known at lint time (other than a JWT-shaped literal): configuration, not a runtime token. */
function isStaticValue(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const text = getStaticString(node, sourceCode.getScope(node));
  return text !== undefined && !/^eyJ[\w-]+\.[\w-]+\./.test(text);
}

/** A value minted by the application with a random generator (`crypto.randomBytes(32).toString('hex')`, `randomUUID()`). */
function isRandomValue(raw: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth > 3) return false;
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.CallExpression) {
    const name = getCalleeName(node.callee);
    if (name !== undefined && RANDOM_VALUE_FUNCTIONS.has(name)) return true;
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) return isRandomValue(callee.object, sourceCode, depth + 1);
    if (callee.type === AST_NODE_TYPES.Identifier && (name === 'encodeURIComponent' || name === 'String') && node.arguments[0]) {
      return isRandomValue(node.arguments[0], sourceCode, depth + 1);
    }
    return false;
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
    const def = variable?.defs[0];
    if (def?.type !== 'Variable') return false;
    const declarator = def.node as TSESTree.VariableDeclarator;
    return declarator.id === def.name && declarator.init !== null && isRandomValue(declarator.init, sourceCode, depth + 1);
  }
  return false;
}

/**
 * A one-time link: the URL path, the variable or property that holds the URL, or the
 * enclosing function names a password reset, e-mail verification, invitation, magic link
 * or similar flow (`/reset-password?token=`, `const inviteUrl = ...`, `sendVerificationEmail()`).
 */
function isOneTimeLink(placement: UrlPlacement, _sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const path = currentUrlWord(placement.urlText).replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  if (hasOneTimeWord(path)) return true;
  let node: TSESTree.Node | undefined = placement.url;
  for (let i = 0; node && i < 40; i++) {
    const holder = getHolderName(node);
    if (holder !== undefined && hasOneTimeWord(holder)) return true;
    if (
      node.type === AST_NODE_TYPES.FunctionDeclaration ||
      node.type === AST_NODE_TYPES.FunctionExpression ||
      node.type === AST_NODE_TYPES.ArrowFunctionExpression
    ) {
      const name = node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression ? node.id?.name : undefined;
      const outer = name ?? getHolderName(node.parent);
      return outer !== undefined && hasOneTimeWord(outer);
    }
    node = node.parent;
  }
  return false;
}

function getHolderName(node: TSESTree.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === AST_NODE_TYPES.VariableDeclarator && node.id.type === AST_NODE_TYPES.Identifier) return node.id.name;
  if (node.type === AST_NODE_TYPES.Property) return getStaticKeyName(node);
  if (node.type === AST_NODE_TYPES.MethodDefinition || node.type === AST_NODE_TYPES.PropertyDefinition) return node.key.type === AST_NODE_TYPES.Identifier ? node.key.name : undefined;
  return undefined;
}

function hasOneTimeWord(text: string): boolean {
  return splitWords(text).some((word) => ONE_TIME_LINK_WORDS.has(word));
}
