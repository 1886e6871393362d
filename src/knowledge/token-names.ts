/**
 * Vocabulary used to read identifiers, property names and storage keys. Names are split
 * into lower-case words (`rawIdToken` -> `raw id token`, `ID_TOKEN` -> `id token`) before
 * these tables are consulted.
 */
import type { TokenKind } from './types.js';

/** Words that name a credential of some kind when nothing more specific is known. */
export const TOKEN_WORDS = ['token', 'jwt'] as const;

/**
 * The word right before `token` that decides the kind. `id_token`, `access_token` and
 * `refresh_token` are the token-response member names of RFC 6749 §5.1 and OIDC Core §3.1.3.3.
 */
export const KIND_QUALIFIERS: Readonly<Record<string, TokenKind>> = {
  id: 'id',
  idtoken: 'id',
  access: 'access',
  accesstoken: 'access',
  /** Supabase `provider_token`: the upstream provider's access token. */
  provider: 'access',
  refresh: 'refresh',
  refreshtoken: 'refresh',
  offline: 'refresh',
};

/**
 * Qualifiers that make a `...token` name something other than an OAuth credential:
 * pagination cursors, CSRF tokens, one-time links, push device tokens, LLM token counts,
 * design tokens, cancellation tokens, lexer tokens.
 */
export const NON_OAUTH_QUALIFIERS: ReadonlySet<string> = new Set([
  'page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'delta', 'skip',
  'csrf', 'xsrf', 'anti', 'forgery', 'antiforgery', 'form', 'request', 'verification', 'verify',
  'reset', 'password', 'invite', 'invitation', 'confirm', 'confirmation', 'email', 'magic',
  'unsubscribe', 'activation', 'signup', 'otp', 'nonce',
  'device', 'push', 'fcm', 'apns', 'registration', 'notification', 'expo', 'messaging',
  'design', 'semantic', 'theme', 'color', 'colour', 'style', 'spacing',
  'cancel', 'cancellation', 'abort',
  'max', 'min', 'input', 'output', 'prompt', 'completion', 'total', 'used', 'remaining', 'llm',
  'lexer', 'parser', 'syntax', 'ast', 'tokenizer',
  'captcha', 'recaptcha', 'hcaptcha', 'turnstile', 'upload', 'download', 'share', 'shared',
  'payment', 'card', 'stripe', 'braintree', 'plaid', 'link', 'public', 'publishable',
  'mapbox', 'map', 'ably', 'pusher', 'twilio', 'agora', 'livekit', 'room', 'channel', 'video',
  'sas', 'blob', 'webhook', 'pixel', 'tracking', 'transfer',
]);

/**
 * Pagination qualifiers rule a name out only right before `token` (`pageToken`,
 * `nextSyncToken`): a kind word in between names a real credential, as in Facebook's
 * `pageAccessToken` (https://developers.facebook.com/docs/pages/access-tokens).
 */
export const PAGINATION_QUALIFIERS: ReadonlySet<string> = new Set([
  'page', 'next', 'prev', 'previous', 'continuation', 'cursor', 'sync', 'delta', 'skip',
]);

/**
 * Words after `token` that make the name describe something about a token rather than
 * the token: `tokenCount`, `accessTokenExpiresAt`, `idTokenClaims`, `TOKEN_KEY`.
 */
export const METADATA_SUFFIXES: Readonly<Record<string, TokenKind | 'value'>> = {
  claims: 'claims', payload: 'claims', decoded: 'claims', parsed: 'claims', data: 'claims', info: 'claims',
  body: 'claims', content: 'claims', contents: 'claims', details: 'claims', result: 'claims', object: 'claims',
  response: 'token-set', set: 'token-set', bundle: 'token-set', pair: 'token-set', store: 'token-set', cache: 'token-set',
  s: 'token-set', tokens: 'token-set',
  count: 'not-a-token', counts: 'not-a-token', type: 'not-a-token', types: 'not-a-token', kind: 'not-a-token',
  expiry: 'not-a-token', expires: 'not-a-token', expiration: 'not-a-token', exp: 'not-a-token', expired: 'not-a-token',
  expire: 'not-a-token', ttl: 'not-a-token', lifetime: 'not-a-token', age: 'not-a-token', at: 'not-a-token', time: 'not-a-token',
  timestamp: 'not-a-token', timeout: 'not-a-token', date: 'not-a-token', issued: 'not-a-token', iat: 'not-a-token', valid: 'not-a-token',
  validity: 'not-a-token', endpoint: 'not-a-token', url: 'not-a-token', uri: 'not-a-token', path: 'not-a-token', route: 'not-a-token',
  length: 'not-a-token', len: 'not-a-token', size: 'not-a-token', limit: 'not-a-token', usage: 'not-a-token', budget: 'not-a-token',
  key: 'not-a-token', keys: 'not-a-token', name: 'not-a-token', field: 'not-a-token', header: 'not-a-token', prefix: 'not-a-token', param: 'not-a-token',
  regex: 'not-a-token', pattern: 'not-a-token', index: 'not-a-token', idx: 'not-a-token', status: 'not-a-token', state: 'not-a-token',
  error: 'not-a-token', err: 'not-a-token', missing: 'not-a-token', present: 'not-a-token', exists: 'not-a-token', loading: 'not-a-token',
  ref: 'not-a-token', promise: 'not-a-token', provider: 'not-a-token', manager: 'not-a-token', service: 'not-a-token', client: 'not-a-token',
  listener: 'not-a-token', callback: 'not-a-token', handler: 'not-a-token', interceptor: 'not-a-token', refresher: 'not-a-token', getter: 'not-a-token',
  mutex: 'not-a-token', lock: 'not-a-token', queue: 'not-a-token', timer: 'not-a-token', interval: 'not-a-token', id: 'not-a-token', hash: 'not-a-token',
  hint: 'value', raw: 'value', value: 'value', string: 'value', str: 'value', jwt: 'value', encoded: 'value', text: 'value', credential: 'value',
};

/**
 * Leading verbs of function names: `getIdToken()` reads like `idToken`. `refresh` is
 * deliberately a verb here: `refreshToken()` as a call refreshes, it is not the refresh token.
 */
export const GETTER_VERBS: ReadonlySet<string> = new Set([
  'get', 'fetch', 'acquire', 'load', 'read', 'retrieve', 'obtain', 'request', 'resolve', 'ensure',
  'refresh', 'renew', 'rotate', 'exchange', 'use', 'select', 'find', 'lookup', 'pull', 'extract', 'parse',
]);

/**
 * Words in a request path that name the endpoint a refresh token is addressed to: the
 * authorization server's token endpoint (`/oauth/token`, RFC 6749 §6) or an application's
 * own refresh route (`/auth/refresh`, `/api/token/renew`, `/api/v1/auth/reissue`).
 */
export const TOKEN_ENDPOINT_PATH_WORDS: ReadonlySet<string> = new Set(['refresh', 'token', 'renew', 'reissue']);

/** Property names that expose the raw string of a token object of a known kind (Okta, Amplify, Auth0). */
export const RAW_VALUE_MEMBERS: ReadonlySet<string> = new Set([
  'token', 'value', 'raw', '__raw', 'jwt', 'jwtToken', 'tokenValue', 'idToken', 'accessToken', 'refreshToken',
]);

/** Methods that return the raw string of a token object (Amplify v5 `getJwtToken()`, `getToken()`, `toString()`). */
export const RAW_VALUE_METHODS: ReadonlySet<string> = new Set([
  'getJwtToken', 'getToken', 'toString', 'valueOf', 'getValue', 'trim',
]);
