/**
 * Cookie-writing APIs and the attributes each one sets when the caller says nothing.
 *
 * A cookie that carries a token or a session id must be `HttpOnly` (no script can read it,
 * RFC 6265 §4.1.2.6, CWE-1004), `Secure` (never sent over plain HTTP, RFC 6265 §4.1.2.5,
 * CWE-614) and `SameSite` (not attached to cross-site requests, RFC 6265bis §4.1.2.7,
 * CWE-1275). Libraries differ in their defaults, so whether a call is missing a flag depends
 * on the library: Express sets none of them, Koa and cookie-session set `HttpOnly`, Hapi sets
 * all three. A cookie written by browser code (`document.cookie`, js-cookie) can never be
 * `HttpOnly` (RFC 6265 §5.3 step 10: the user agent ignores cookies with the http-only flag
 * from non-HTTP APIs).
 */
import type { Certainty, ModuleExport } from './types.js';

/** The three attributes the rule requires, by their usual option names. */
export type CookieFlag = 'httpOnly' | 'secure' | 'sameSite';

/** All cookie flags, in the order messages list them. */
export const COOKIE_FLAGS = ['httpOnly', 'secure', 'sameSite'] as const satisfies readonly CookieFlag[];

/**
 * What a library does for an attribute that the options leave out.
 * - `true`: the attribute is set (`HttpOnly`, `Secure`, or a `SameSite` of `Lax`/`Strict`);
 * - `false`: the attribute is not set;
 * - `'auto'`: set when the request came over HTTPS (Koa and cookie-session `Secure`): counts as set.
 */
export type CookieFlagDefault = boolean | 'auto';

/** Where a cookie write runs, which decides what can be checked. */
export type CookieSide =
  /** A server API that emits `Set-Cookie`: the flags can be set and are checked. */
  | 'server'
  /** Browser code: the cookie can never be `HttpOnly`, so a token there is always readable by scripts. */
  | 'client'
  /** Server or client depending on the arguments (cookies-next, nookies). */
  | 'either';

/** How a call passes the cookie name, value and options. Positions are argument indexes. */
export interface CookieArguments {
  /** Position of the cookie name, when the API takes one. */
  readonly name?: number;
  /** Position of the cookie value, when the API takes one. */
  readonly value?: number;
  /** Position of the options object. */
  readonly options?: number;
  /** Position of the request context (nookies `ctx`, h3 `event`, Hono `c`). */
  readonly context?: number;
}

/** One cookie-writing API. */
export interface CookieApiEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Human name of the library. */
  readonly library: string;
  /** How the API reads in code, for messages and docs. */
  readonly api: string;
  /** Where the write runs. */
  readonly side: CookieSide;
  /** Import paths of the function (tracked through ESM, `require` and aliases). */
  readonly exports?: readonly ModuleExport[];
  /** Global paths of the function (`['Cookies', 'set']` for the js-cookie script build). */
  readonly globals?: readonly (readonly string[])[];
  /** Method name matched on a receiver that no import names (`res.cookie`, `reply.setCookie`). */
  readonly method?: string;
  /** Argument positions. */
  readonly arguments: CookieArguments;
  /** Key of the cookie options inside the options argument (`cookie` for express-session). */
  readonly nestedOptionsKey?: string;
  /** Option key that holds the cookie name (`name` for express-session and cookie-session). */
  readonly nameOptionKey?: string;
  /** The cookie name when the call does not give one. */
  readonly defaultName?: string;
  /** Option names of the three flags. */
  readonly flagKeys: Readonly<Record<CookieFlag, string>>;
  /** What the library does when a flag is left out. */
  readonly defaults: Readonly<Record<CookieFlag, CookieFlagDefault>>;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or source that states the defaults. */
  readonly reference: string;
}

const STANDARD_KEYS = { httpOnly: 'httpOnly', secure: 'secure', sameSite: 'sameSite' } as const;
const NO_DEFAULTS = { httpOnly: false, secure: false, sameSite: false } as const;

/** Cookie-writing APIs, sorted by id. */
export const COOKIE_APIS = [
  {
    id: 'cookie-serialize',
    library: 'cookie',
    api: 'cookie.serialize(name, value, options)',
    side: 'server',
    exports: [
      { module: 'cookie', path: ['serialize'] },
      { module: 'cookie', path: ['default', 'serialize'] },
      { module: '@fastify/cookie', path: ['serialize'] },
    ],
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://github.com/jshttp/cookie#cookieserializename-value-options',
  },
  {
    // cookie-session writes through `cookies`: HttpOnly by default, Secure when the request is HTTPS.
    id: 'cookie-session',
    library: 'cookie-session',
    api: 'cookieSession(options)',
    side: 'server',
    exports: [{ module: 'cookie-session', path: ['default'] }],
    arguments: { options: 0 },
    nameOptionKey: 'name',
    defaultName: 'session',
    flagKeys: STANDARD_KEYS,
    defaults: { httpOnly: true, secure: 'auto', sameSite: false },
    certainty: 'api',
    reference: 'https://github.com/expressjs/cookie-session#cookie-options',
  },
  {
    // `setCookie(name, value, { req, res })` and `cookies-next/server` write a Set-Cookie header; without them it writes `document.cookie`.
    id: 'cookies-next',
    library: 'cookies-next',
    api: 'setCookie(name, value, options)',
    side: 'either',
    exports: [
      { module: 'cookies-next', path: ['setCookie'] },
      { module: 'cookies-next', path: ['setCookies'] },
      { module: 'cookies-next/client', path: ['setCookie'] },
      { module: 'cookies-next/server', path: ['setCookie'] },
    ],
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://github.com/andreizanik/cookies-next#readme',
  },
  {
    id: 'document-cookie',
    library: 'DOM',
    api: 'document.cookie = ...',
    side: 'client',
    globals: [['document', 'cookie']],
    arguments: {},
    flagKeys: { httpOnly: 'HttpOnly', secure: 'Secure', sameSite: 'SameSite' },
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://developer.mozilla.org/en-US/docs/Web/API/Document/cookie',
  },
  {
    id: 'express-res-cookie',
    library: 'Express',
    api: 'res.cookie(name, value, options)',
    side: 'server',
    method: 'cookie',
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://expressjs.com/en/5x/api.html#res.cookie',
  },
  {
    // `cookie` defaults to `{ path: '/', httpOnly: true, secure: false, maxAge: null }`; no SameSite.
    id: 'express-session',
    library: 'express-session',
    api: 'session({ cookie })',
    side: 'server',
    exports: [{ module: 'express-session', path: ['default'] }],
    arguments: { options: 0 },
    nestedOptionsKey: 'cookie',
    nameOptionKey: 'name',
    defaultName: 'connect.sid',
    flagKeys: STANDARD_KEYS,
    defaults: { httpOnly: true, secure: false, sameSite: false },
    certainty: 'api',
    reference: 'https://github.com/expressjs/session#cookie',
  },
  {
    // @fastify/cookie >= 10 adds `sameSite: 'lax'` (fastify/fastify-cookie#277); HttpOnly and Secure are off.
    id: 'fastify-set-cookie',
    library: '@fastify/cookie',
    api: 'reply.setCookie(name, value, options)',
    side: 'server',
    method: 'setCookie',
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: { httpOnly: false, secure: false, sameSite: true },
    certainty: 'api',
    reference: 'https://github.com/fastify/fastify-cookie#sending',
  },
  {
    id: 'h3-set-cookie',
    library: 'h3',
    api: 'setCookie(event, name, value, options)',
    side: 'server',
    exports: [{ module: 'h3', path: ['setCookie'] }],
    arguments: { context: 0, name: 1, value: 2, options: 3 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://h3.unjs.io/utils/cookie',
  },
  {
    // statehood defaults: isSecure true, isHttpOnly true, isSameSite 'Strict' (hapijs/hapi#3318).
    id: 'hapi-state',
    library: '@hapi/hapi',
    api: 'server.state(name, options) / h.state(name, value, options)',
    side: 'server',
    method: 'state',
    arguments: { name: 0, options: 1 },
    flagKeys: { httpOnly: 'isHttpOnly', secure: 'isSecure', sameSite: 'isSameSite' },
    defaults: { httpOnly: true, secure: true, sameSite: true },
    certainty: 'api',
    reference: 'https://hapi.dev/api/#-serverstatename-options',
  },
  {
    id: 'hono-set-cookie',
    library: 'Hono',
    api: 'setCookie(c, name, value, options)',
    side: 'server',
    exports: [{ module: 'hono/cookie', path: ['setCookie'] }],
    arguments: { context: 0, name: 1, value: 2, options: 3 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://hono.dev/docs/helpers/cookie',
  },
  {
    id: 'jquery-cookie',
    library: 'jquery-cookie',
    api: '$.cookie(name, value, options)',
    side: 'client',
    method: 'cookie',
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://github.com/carhartl/jquery-cookie#readme',
  },
  {
    id: 'js-cookie',
    library: 'js-cookie',
    api: 'Cookies.set(name, value, attributes)',
    side: 'client',
    exports: [{ module: 'js-cookie', path: ['default', 'set'] }],
    globals: [['Cookies', 'set']],
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://github.com/js-cookie/js-cookie#basic-usage',
  },
  {
    // Koa creates `ctx.cookies` with `secure: request.secure`; `cookies` defaults HttpOnly to true and SameSite to off.
    id: 'koa-cookies-set',
    library: 'Koa',
    api: 'ctx.cookies.set(name, value, options)',
    side: 'server',
    method: 'set',
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: { httpOnly: true, secure: 'auto', sameSite: false },
    certainty: 'api',
    reference: 'https://github.com/pillarjs/cookies#cookiesset-name--value---options--',
  },
  {
    id: 'next-cookies-set',
    library: 'Next.js',
    api: 'cookies().set(name, value, options)',
    side: 'server',
    method: 'set',
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://nextjs.org/docs/app/api-reference/functions/cookies#options',
  },
  {
    // nookies writes `document.cookie` when `ctx` is `null`/`undefined`/`{}`, a Set-Cookie header otherwise.
    id: 'nookies',
    library: 'nookies',
    api: 'setCookie(ctx, name, value, options)',
    side: 'either',
    exports: [
      { module: 'nookies', path: ['setCookie'] },
      { module: 'nookies', path: ['default', 'set'] },
    ],
    arguments: { context: 0, name: 1, value: 2, options: 3 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://github.com/maticzav/nookies#setcookiectx-name-value-options-or-nookiessetctx-name-value-options',
  },
  {
    id: 'react-cookie',
    library: 'react-cookie',
    api: 'const [, setCookie] = useCookies(); setCookie(name, value, options)',
    side: 'client',
    exports: [{ module: 'react-cookie', path: ['useCookies'] }],
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://github.com/reactivestack/cookies/tree/master/packages/react-cookie#usecookiesdependencies-options',
  },
  {
    id: 'set-cookie-header',
    library: 'HTTP',
    api: "res.setHeader('Set-Cookie', 'name=value; ...')",
    side: 'server',
    arguments: {},
    flagKeys: { httpOnly: 'HttpOnly', secure: 'Secure', sameSite: 'SameSite' },
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://httpwg.org/specs/rfc6265.html#sane-set-cookie',
  },
  {
    id: 'universal-cookie',
    library: 'universal-cookie',
    api: 'new Cookies().set(name, value, options)',
    side: 'client',
    exports: [{ module: 'universal-cookie', path: ['default'] }],
    arguments: { name: 0, value: 1, options: 2 },
    flagKeys: STANDARD_KEYS,
    defaults: NO_DEFAULTS,
    certainty: 'api',
    reference: 'https://github.com/reactivestack/cookies/tree/master/packages/universal-cookie#setname-value-options',
  },
] as const satisfies readonly CookieApiEntry[];

/** Id of a {@link COOKIE_APIS} entry. */
export type CookieApiId = (typeof COOKIE_APIS)[number]['id'];

/**
 * Words of a cookie name that make the cookie a session or login credential even without
 * the word `token`: `session`, `sid`, `connect.sid`, `__Host-session`, `PHPSESSID`,
 * `JSESSIONID`, `auth`, `jwt`, `remember_me`-style login cookies.
 */
export const SESSION_COOKIE_WORDS: ReadonlySet<string> = new Set([
  'session', 'sessions', 'sess', 'sid', 'sessid', 'sessionid', 'phpsessid', 'jsessionid', 'aspsessionid',
  'auth', 'authentication', 'jwt', 'bearer', 'credential', 'credentials', 'login', 'remember', 'rememberme',
]);

/**
 * Words of a cookie name that make it a non-secret cookie whatever else it says: state of the
 * UI, preferences, consent, analytics, and transient flow state (`auth_state`, `pkce_verifier`,
 * `oauth_nonce`, `auth_redirect`), which protects a single redirect and is not a credential.
 */
export const NON_SECRET_COOKIE_WORDS: ReadonlySet<string> = new Set([
  'theme', 'locale', 'lang', 'language', 'consent', 'preference', 'preferences', 'prefs', 'analytics', 'tracking',
  'banner', 'dismissed', 'seen', 'visited', 'tz', 'timezone', 'currency', 'mode', 'sidebar', 'layout', 'tour', 'cart',
  'ga', 'gid', 'gclid', 'fbp', 'utm', 'ab', 'experiment', 'variant', 'flag', 'flags', 'redirect', 'return', 'returnto',
  'callback', 'state', 'nonce', 'pkce', 'verifier', 'challenge', 'provider', 'method', 'hint', 'expires', 'expiry',
  'exp', 'expiration', 'at', 'time', 'timestamp', 'count', 'url', 'uri', 'path', 'type', 'status',
]);

/**
 * First words of a cookie name that make it a yes/no marker about the login, not the credential
 * itself (`isAuth`, `hasSession`, `is_logged_in`, `hasToken`).
 */
export const FLAG_COOKIE_PREFIXES: ReadonlySet<string> = new Set(['is', 'has', 'was', 'should']);

/**
 * Words of a cookie name that mark the double-submit CSRF cookie (`XSRF-TOKEN`, `csrfToken`,
 * `_csrf`): it must be readable by the page script, which echoes it in a header
 * (OWASP CSRF Prevention Cheat Sheet, "Signed double-submit cookie").
 */
export const CSRF_COOKIE_WORDS: ReadonlySet<string> = new Set(['csrf', 'xsrf', 'csrftoken', 'xsrftoken', 'antiforgery']);
