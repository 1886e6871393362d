/**
 * Where code builds a URL that leaves the process (requests, navigations, redirects,
 * WebSocket and EventSource connections), and which URL parameters carry a token by
 * design. Used by the URL matcher in `src/analysis/urls.ts`, by `no-token-in-url` and by
 * the `move-url-token-to-header` codemod, which reads `client` to know how to move a query
 * token into an `Authorization` header.
 */
import type { Certainty, ModuleExport } from './types.js';

/** The client that sends (or navigates to) a URL. */
export type UrlClient =
  | 'angular-http'
  | 'axios'
  | 'event-source'
  | 'fetch'
  | 'got'
  | 'ky'
  | 'navigation'
  | 'ofetch'
  | 'redirect'
  | 'router'
  | 'socket.io'
  | 'url'
  | 'url-search-params'
  | 'websocket'
  | 'window-open';

/** How the API is reached from its export path. */
export type UrlSinkCall =
  /** `fetch(url)`, `axios.get(url)`, `redirect(url)`. */
  | 'call'
  /** `new WebSocket(url)`, `new URL(url)`. */
  | 'construct'
  /** A read or assignment of the property: `location.href = url`. */
  | 'assign';

/** One URL-building or URL-sending API. */
export interface UrlSinkEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Human name of the library or platform API. */
  readonly library: string;
  /** Which client it is. */
  readonly client: UrlClient;
  /** The knowledge kind of this table. */
  readonly kind: 'url-sink';
  /** Import paths; `default` is the default export, which is also the CommonJS `module.exports`. */
  readonly exports: readonly ModuleExport[];
  /** Global paths, also reached through `window.`, `globalThis.`, `self.` (`['location', 'assign']`). */
  readonly globals?: readonly (readonly string[])[];
  /** How the export is used. */
  readonly call: UrlSinkCall;
  /** Argument index of the URL (for `assign`: the assigned value), when the API takes one. */
  readonly urlArgument?: number;
  /** Argument indexes at which the init / config / options object may appear (`axios(config)` and `axios(url, config)`). */
  readonly optionsArguments?: readonly number[];
  /** Keys of the options object whose object value becomes the query string (axios `params`, ky `searchParams`). */
  readonly queryOptionKeys: readonly string[];
  /** `true` when the call returns a client whose methods take the same arguments (`axios.create()`, `useRouter()`). */
  readonly createsClient?: boolean;
  /** Method names of a created client that take a URL (instance calls `api.get(url, config)`). */
  readonly clientMethods?: readonly string[];
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or spec. */
  readonly reference: string;
}

/** axios request methods: `(url, config)` for these… */
const AXIOS_URL_CONFIG_METHODS = ['delete', 'get', 'head', 'options'] as const;
/** …and `(url, data, config)` for these. */
const AXIOS_URL_DATA_CONFIG_METHODS = ['patch', 'post', 'put', 'postForm', 'putForm', 'patchForm'] as const;

/** Request methods of ky and got (`ky.get(url, options)`). */
const HTTP_METHODS = ['delete', 'get', 'head', 'patch', 'post', 'put'] as const;

/** URL-building and URL-sending APIs, sorted by id. */
export const URL_SINKS = [
  {
    id: 'angular-http-params',
    library: '@angular/common/http',
    client: 'angular-http',
    kind: 'url-sink',
    exports: [{ module: '@angular/common/http', path: ['HttpParams'] }],
    call: 'construct',
    optionsArguments: [0],
    queryOptionKeys: ['fromObject'],
    certainty: 'api',
    reference: 'https://angular.dev/api/common/http/HttpParams',
  },
  {
    id: 'axios',
    library: 'axios',
    client: 'axios',
    kind: 'url-sink',
    exports: [
      { module: 'axios', path: ['default'] },
      { module: 'axios', path: ['default', 'request'] },
    ],
    globals: [['axios'], ['axios', 'request']],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [0, 1],
    queryOptionKeys: ['params'],
    certainty: 'api',
    reference: 'https://axios-http.com/docs/req_config',
  },
  {
    id: 'axios-create',
    library: 'axios',
    client: 'axios',
    kind: 'url-sink',
    exports: [{ module: 'axios', path: ['default', 'create'] }],
    globals: [['axios', 'create']],
    call: 'call',
    optionsArguments: [0],
    queryOptionKeys: ['params'],
    createsClient: true,
    clientMethods: [...AXIOS_URL_CONFIG_METHODS, ...AXIOS_URL_DATA_CONFIG_METHODS, 'request'],
    certainty: 'api',
    reference: 'https://axios-http.com/docs/instance',
  },
  {
    id: 'axios-method-url-config',
    library: 'axios',
    client: 'axios',
    kind: 'url-sink',
    exports: AXIOS_URL_CONFIG_METHODS.map((method) => ({ module: 'axios', path: ['default', method] })),
    globals: AXIOS_URL_CONFIG_METHODS.map((method) => ['axios', method]),
    call: 'call',
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: ['params'],
    certainty: 'api',
    reference: 'https://axios-http.com/docs/api_intro',
  },
  {
    id: 'axios-method-url-data-config',
    library: 'axios',
    client: 'axios',
    kind: 'url-sink',
    exports: AXIOS_URL_DATA_CONFIG_METHODS.map((method) => ({ module: 'axios', path: ['default', method] })),
    globals: AXIOS_URL_DATA_CONFIG_METHODS.map((method) => ['axios', method]),
    call: 'call',
    urlArgument: 0,
    optionsArguments: [2],
    queryOptionKeys: ['params'],
    certainty: 'api',
    reference: 'https://axios-http.com/docs/api_intro',
  },
  {
    id: 'event-source',
    library: 'WHATWG HTML EventSource',
    client: 'event-source',
    kind: 'url-sink',
    exports: [],
    globals: [['EventSource']],
    call: 'construct',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://html.spec.whatwg.org/multipage/server-sent-events.html#the-eventsource-interface',
  },
  {
    id: 'fetch',
    library: 'WHATWG Fetch',
    client: 'fetch',
    kind: 'url-sink',
    exports: [],
    globals: [['fetch']],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://fetch.spec.whatwg.org/#fetch-method',
  },
  {
    id: 'fetch-request',
    library: 'WHATWG Fetch',
    client: 'fetch',
    kind: 'url-sink',
    exports: [],
    globals: [['Request']],
    call: 'construct',
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://fetch.spec.whatwg.org/#request-class',
  },
  {
    id: 'got',
    library: 'got',
    client: 'got',
    kind: 'url-sink',
    exports: [
      { module: 'got', path: ['default'] },
      { module: 'got', path: ['got'] },
      ...HTTP_METHODS.map((method) => ({ module: 'got', path: ['default', method] })),
    ],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: ['searchParams'],
    certainty: 'api',
    reference: 'https://github.com/sindresorhus/got/blob/main/documentation/2-options.md#searchparams',
  },
  {
    id: 'got-extend',
    library: 'got',
    client: 'got',
    kind: 'url-sink',
    exports: [{ module: 'got', path: ['default', 'extend'] }],
    call: 'call',
    optionsArguments: [0],
    queryOptionKeys: ['searchParams'],
    createsClient: true,
    clientMethods: HTTP_METHODS,
    certainty: 'api',
    reference: 'https://github.com/sindresorhus/got/blob/main/documentation/10-instances.md',
  },
  {
    id: 'ky',
    library: 'ky',
    client: 'ky',
    kind: 'url-sink',
    exports: [
      { module: 'ky', path: ['default'] },
      ...HTTP_METHODS.map((method) => ({ module: 'ky', path: ['default', method] })),
    ],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: ['searchParams'],
    certainty: 'api',
    reference: 'https://github.com/sindresorhus/ky#searchparams',
  },
  {
    id: 'ky-create',
    library: 'ky',
    client: 'ky',
    kind: 'url-sink',
    exports: [
      { module: 'ky', path: ['default', 'create'] },
      { module: 'ky', path: ['default', 'extend'] },
    ],
    call: 'call',
    optionsArguments: [0],
    queryOptionKeys: ['searchParams'],
    createsClient: true,
    clientMethods: HTTP_METHODS,
    certainty: 'api',
    reference: 'https://github.com/sindresorhus/ky#kycreatedefaultoptions',
  },
  {
    id: 'location-assign',
    library: 'WHATWG HTML Location',
    client: 'navigation',
    kind: 'url-sink',
    exports: [],
    globals: [['location', 'assign'], ['location', 'replace'], ['document', 'location', 'assign'], ['document', 'location', 'replace']],
    call: 'call',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-location-assign',
  },
  {
    id: 'location-href',
    library: 'WHATWG HTML Location',
    client: 'navigation',
    kind: 'url-sink',
    exports: [],
    globals: [['location'], ['location', 'href'], ['location', 'hash'], ['location', 'search'], ['document', 'location'], ['document', 'location', 'href']],
    call: 'assign',
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-location-interface',
  },
  {
    id: 'next-navigation-redirect',
    library: 'Next.js App Router',
    client: 'redirect',
    kind: 'url-sink',
    exports: [
      { module: 'next/navigation', path: ['redirect'] },
      { module: 'next/navigation', path: ['permanentRedirect'] },
      { module: 'next/server', path: ['NextResponse', 'redirect'] },
    ],
    call: 'call',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://nextjs.org/docs/app/api-reference/functions/redirect',
  },
  {
    id: 'next-router',
    library: 'Next.js router',
    client: 'router',
    kind: 'url-sink',
    exports: [
      { module: 'next/navigation', path: ['useRouter'] },
      { module: 'next/router', path: ['useRouter'] },
    ],
    call: 'call',
    queryOptionKeys: ['query'],
    createsClient: true,
    clientMethods: ['push', 'replace', 'prefetch'],
    certainty: 'api',
    reference: 'https://nextjs.org/docs/pages/api-reference/functions/use-router#routerpush',
  },
  {
    id: 'next-router-singleton',
    library: 'Next.js pages router',
    client: 'router',
    kind: 'url-sink',
    exports: [
      { module: 'next/router', path: ['default', 'push'] },
      { module: 'next/router', path: ['default', 'replace'] },
    ],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [0],
    queryOptionKeys: ['query'],
    certainty: 'api',
    reference: 'https://nextjs.org/docs/pages/api-reference/functions/use-router#router-object',
  },
  {
    id: 'nuxt-navigate-to',
    library: 'Nuxt',
    client: 'router',
    kind: 'url-sink',
    exports: [
      
      
    ],
    globals: [['navigateTo']],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [0],
    queryOptionKeys: ['query'],
    certainty: 'api',
    reference: 'https://nuxt.com/docs/api/utils/navigate-to',
  },
  {
    id: 'ofetch',
    library: 'ofetch / Nuxt $fetch and useFetch',
    client: 'ofetch',
    kind: 'url-sink',
    exports: [
      { module: 'ofetch', path: ['ofetch'] },
      { module: 'ofetch', path: ['$fetch'] },
      
      
    ],
    globals: [['$fetch'], ['useFetch'], ['useLazyFetch']],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: ['query', 'params'],
    certainty: 'api',
    reference: 'https://github.com/unjs/ofetch#%EF%B8%8F-adding-query-search-params',
  },
  {
    id: 'ofetch-create',
    library: 'ofetch',
    client: 'ofetch',
    kind: 'url-sink',
    exports: [
      { module: 'ofetch', path: ['ofetch', 'create'] },
      { module: 'ofetch', path: ['$fetch', 'create'] },
    ],
    globals: [['$fetch', 'create']],
    call: 'call',
    optionsArguments: [0],
    queryOptionKeys: ['query', 'params'],
    createsClient: true,
    clientMethods: ['raw', 'native'],
    certainty: 'api',
    reference: 'https://github.com/unjs/ofetch#%EF%B8%8F-create-fetch-with-default-options',
  },
  {
    id: 'remix-redirect',
    library: 'Remix / React Router / SvelteKit',
    client: 'redirect',
    kind: 'url-sink',
    exports: [
      { module: '@remix-run/node', path: ['redirect'] },
      { module: '@remix-run/cloudflare', path: ['redirect'] },
      { module: 'react-router', path: ['redirect'] },
      { module: 'react-router-dom', path: ['redirect'] },
      { module: '@sveltejs/kit', path: ['redirect'] },
    ],
    call: 'call',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://reactrouter.com/api/utils/redirect',
  },
  {
    id: 'response-redirect',
    library: 'WHATWG Fetch Response',
    client: 'redirect',
    kind: 'url-sink',
    exports: [],
    globals: [['Response', 'redirect']],
    call: 'call',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://fetch.spec.whatwg.org/#dom-response-redirect',
  },
  {
    id: 'socket-io-client',
    library: 'socket.io-client',
    client: 'socket.io',
    kind: 'url-sink',
    exports: [
      { module: 'socket.io-client', path: ['io'] },
      { module: 'socket.io-client', path: ['connect'] },
      { module: 'socket.io-client', path: ['default'] },
    ],
    globals: [['io']],
    call: 'call',
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: ['query'],
    certainty: 'api',
    reference: 'https://socket.io/docs/v4/client-options/#query',
  },
  {
    id: 'url',
    library: 'WHATWG URL',
    client: 'url',
    kind: 'url-sink',
    exports: [],
    globals: [['URL']],
    call: 'construct',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://url.spec.whatwg.org/#url-class',
  },
  {
    id: 'url-search-params',
    library: 'WHATWG URL',
    client: 'url-search-params',
    kind: 'url-sink',
    exports: [],
    globals: [['URLSearchParams']],
    call: 'construct',
    optionsArguments: [0],
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://url.spec.whatwg.org/#interface-urlsearchparams',
  },
  {
    id: 'vue-router',
    library: 'vue-router',
    client: 'router',
    kind: 'url-sink',
    exports: [{ module: 'vue-router', path: ['useRouter'] }],
    call: 'call',
    queryOptionKeys: ['query', 'hash'],
    createsClient: true,
    clientMethods: ['push', 'replace'],
    certainty: 'api',
    reference: 'https://router.vuejs.org/guide/essentials/navigation.html',
  },
  {
    id: 'websocket',
    library: 'WHATWG WebSockets',
    client: 'websocket',
    kind: 'url-sink',
    exports: [
      { module: 'ws', path: ['default'] },
      { module: 'ws', path: ['WebSocket'] },
      { module: 'isomorphic-ws', path: ['default'] },
      { module: 'reconnecting-websocket', path: ['default'] },
    ],
    globals: [['WebSocket']],
    call: 'construct',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://websockets.spec.whatwg.org/#the-websocket-interface',
  },
  {
    id: 'window-open',
    library: 'WHATWG HTML',
    client: 'window-open',
    kind: 'url-sink',
    exports: [],
    globals: [['open']],
    call: 'call',
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'api',
    reference: 'https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-open',
  },
] as const satisfies readonly UrlSinkEntry[];

/**
 * Calls that are recognised by method name only, because their receiver is an injected or
 * framework-provided object that no import names: Express `res.redirect`, Koa
 * `ctx.redirect`, Fastify `reply.redirect`, Angular `this.http.get(url, { params })`,
 * `this.$router.push`, superagent `.query()`.
 */
export interface UrlMethodEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Human name of the library. */
  readonly library: string;
  /** Which client it is. */
  readonly client: UrlClient;
  /** Method names. */
  readonly methods: readonly string[];
  /** Lower-case receiver names (last identifier or property) that make the match certain; empty = any receiver. */
  readonly receivers: readonly string[];
  /** Argument index of the URL, when the method takes one. */
  readonly urlArgument?: number;
  /** Argument indexes at which the options object may appear. */
  readonly optionsArguments?: readonly number[];
  /** Keys of the options object whose object value becomes the query string. */
  readonly queryOptionKeys: readonly string[];
  /** `true` when the argument itself is the query object (superagent `.query({ ... })`). */
  readonly argumentIsQuery?: boolean;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation. */
  readonly reference: string;
}

/** Method-name sinks, sorted by id. */
export const URL_METHOD_SINKS = [
  {
    id: 'angular-http-client',
    library: '@angular/common/http HttpClient',
    client: 'angular-http',
    methods: ['get', 'delete', 'head', 'options', 'jsonp', 'request', '$get', '$delete'],
    receivers: ['http', 'httpclient', '_http', 'client', 'api', 'apiclient', 'axios', 'axiosinstance', 'axiosclient', 'instance', 'httpservice', '$axios', '$http', '$api'],
    urlArgument: 0,
    optionsArguments: [1],
    queryOptionKeys: ['params'],
    certainty: 'heuristic',
    reference: 'https://angular.dev/api/common/http/HttpClient',
  },
  {
    id: 'angular-http-client-body',
    library: '@angular/common/http HttpClient',
    client: 'angular-http',
    methods: ['post', 'put', 'patch', '$post', '$put', '$patch'],
    receivers: ['http', 'httpclient', '_http', 'client', 'api', 'apiclient', 'axios', 'axiosinstance', 'axiosclient', 'instance', 'httpservice', '$axios', '$http', '$api'],
    urlArgument: 0,
    optionsArguments: [2],
    queryOptionKeys: ['params'],
    certainty: 'heuristic',
    reference: 'https://angular.dev/api/common/http/HttpClient',
  },
  {
    id: 'server-redirect',
    library: 'Express / Koa / Fastify / Hono',
    client: 'redirect',
    methods: ['redirect'],
    receivers: [],
    urlArgument: 0,
    queryOptionKeys: [],
    certainty: 'heuristic',
    reference: 'https://expressjs.com/en/5x/api.html#res.redirect',
  },
  {
    id: 'superagent-query',
    library: 'superagent / supertest',
    client: 'fetch',
    methods: ['query'],
    receivers: [],
    queryOptionKeys: [],
    argumentIsQuery: true,
    certainty: 'heuristic',
    reference: 'https://ladjs.github.io/superagent/#query-strings',
  },
  {
    id: 'vue-options-router',
    library: 'vue-router (Options API) / Angular Router',
    client: 'router',
    methods: ['push', 'replace', 'navigateByUrl'],
    receivers: ['$router', 'router'],
    urlArgument: 0,
    optionsArguments: [0],
    queryOptionKeys: ['query', 'hash'],
    certainty: 'heuristic',
    reference: 'https://router.vuejs.org/guide/essentials/navigation.html',
  },
] as const satisfies readonly UrlMethodEntry[];

/** Why a URL parameter may legitimately carry a token-like value. */
export interface UrlParamAllowanceEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Parameter names, compared case-insensitively. */
  readonly params: readonly string[];
  /** Host names (exact or a parent domain) the allowance is limited to; absent = any URL. */
  readonly hosts?: readonly string[];
  /** Why the parameter is fine in a URL. */
  readonly reason: string;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Spec or vendor documentation. */
  readonly reference: string;
}

/** URL parameters that are fine in a URL, sorted by id. */
export const URL_PARAM_ALLOWANCES = [
  {
    id: 'aws-sigv4-presigned-url',
    params: ['x-amz-security-token', 'x-amz-signature', 'x-amz-credential', 'x-goog-signature', 'x-goog-credential', 'sig', 'se', 'sv'],
    reason: 'Presigned object-storage URLs carry a scoped, short-lived signature by design.',
    certainty: 'api',
    reference: 'https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html',
  },
  {
    id: 'csrf-token',
    params: ['_csrf', 'csrf', 'csrf_token', 'csrftoken', 'xsrf_token', 'authenticity_token', '__requestverificationtoken'],
    reason: 'Anti-CSRF tokens are bound to the session and are not bearer credentials.',
    certainty: 'heuristic',
    reference: 'https://cheatsheetseries.owasp.org/cheatsheets/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html',
  },
  {
    id: 'mapbox-public-token',
    params: ['access_token'],
    hosts: ['api.mapbox.com', 'api.tiles.mapbox.com', 'events.mapbox.com'],
    reason: 'Mapbox public (`pk.`) tokens are designed to be sent as the `access_token` query parameter.',
    certainty: 'api',
    reference: 'https://docs.mapbox.com/api/accounts/tokens/',
  },
  {
    id: 'oauth-authorization-request',
    params: [
      'response_type', 'client_id', 'redirect_uri', 'scope', 'state', 'nonce', 'prompt', 'max_age', 'ui_locales',
      'login_hint', 'acr_values', 'claims', 'display', 'response_mode', 'audience', 'resource', 'request', 'request_uri',
      'code_challenge', 'code_challenge_method', 'organization', 'invitation', 'connection', 'domain_hint', 'id_token_hint',
    ],
    reason: 'Authorization request parameters (RFC 6749 §4.1.1, OIDC Core §3.1.2.1, RFC 7636 §4.3, RFC 9101, RFC 9126) belong in the authorize URL.',
    certainty: 'api',
    reference: 'https://openid.net/specs/openid-connect-core-1_0.html#AuthRequest',
  },
  {
    id: 'oauth-authorization-response',
    params: ['code', 'state', 'session_state', 'iss', 'error', 'error_description', 'error_uri'],
    reason: 'The authorization code response is returned to the redirect URI in the query (RFC 6749 §4.1.2, RFC 9207, OIDC Session Management §2).',
    certainty: 'api',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2',
  },
  {
    id: 'oidc-rp-initiated-logout',
    params: ['id_token_hint', 'logout_hint', 'post_logout_redirect_uri', 'client_id', 'state', 'ui_locales'],
    reason: 'RP-Initiated Logout sends the ID token as `id_token_hint` in the end-session URL (OpenID Connect RP-Initiated Logout 1.0 §2).',
    certainty: 'api',
    reference: 'https://openid.net/specs/openid-connect-rpinitiated-1_0.html#RPLogout',
  },
  {
    id: 'okta-session-token',
    params: ['sessiontoken'],
    reason: 'Okta API-based sign-in exchanges a one-time `sessionToken` at the authorize endpoint; it is not an OAuth token.',
    certainty: 'api',
    reference: 'https://developer.okta.com/docs/guides/session-cookie/main/#retrieve-a-session-cookie-through-the-openid-connect-authorization-endpoint',
  },
  {
    id: 'pagination-token',
    params: ['pagetoken', 'page_token', 'nextpagetoken', 'next_page_token', 'cursor', 'continuationtoken', 'continuation_token', 'next', 'after', 'before', 'starting_after', 'ending_before', 'synctoken', 'sync_token'],
    reason: 'Pagination cursors are not credentials.',
    certainty: 'heuristic',
    reference: 'https://cloud.google.com/apis/design/design_patterns#list_pagination',
  },
] as const satisfies readonly UrlParamAllowanceEntry[];

/**
 * Path and variable-name words of one-time links that carry their own single-use token by
 * design: password reset, e-mail verification, invitations, magic links, unsubscribe links.
 * A generic `token` parameter in such a link is not an OAuth credential.
 */
export const ONE_TIME_LINK_WORDS: ReadonlySet<string> = new Set([
  'reset', 'password', 'forgot', 'recover', 'recovery', 'verify', 'verification', 'confirm', 'confirmation',
  'activate', 'activation', 'invite', 'invitation', 'invitations', 'join', 'accept', 'magic', 'unsubscribe',
  'email', 'mail', 'onboarding', 'signup', 'register', 'registration', 'setup', 'claim', 'otp', 'download', 'share',
]);

/**
 * Functions whose result is a random value minted by the application, not by an
 * authorization server: such a "token" is a one-time or session secret, not an OAuth token.
 */
export const RANDOM_VALUE_FUNCTIONS: ReadonlySet<string> = new Set([
  'randomBytes', 'randomUUID', 'getRandomValues', 'nanoid', 'uuid', 'v4', 'uuidv4', 'cuid', 'createId', 'ulid', 'randomString',
  'generateRandomString', 'randomToken', 'generateSecureToken',
]);

/** Generic query parameter names that say "credential" without naming the token kind. */
export const GENERIC_CREDENTIAL_PARAMS: ReadonlySet<string> = new Set(['auth', 'authorization', 'bearer', 'jwt', 'token', 'apitoken', 'api_token']);
