/**
 * Web Storage API facts (HTML Living Standard §12.2, "Web storage") and the storage keys
 * under which common OAuth / OIDC SDKs persist tokens when configured for browser storage.
 *
 * Every script that runs in an origin can read that origin's `localStorage` and
 * `sessionStorage`, so a token written there is exposed to any XSS or compromised
 * dependency (OWASP HTML5 Security Cheat Sheet, "Local Storage"; OAuth 2.0 for
 * Browser-Based Applications, draft-ietf-oauth-browser-based-apps §9 "Token storage").
 */
import type { Certainty, TokenKind } from './types.js';

/** Which Web Storage object a write goes to. */
export type WebStorageArea = 'local' | 'session';

/** One Web Storage global. */
export interface WebStorageGlobalEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Name of the global (also a property of `window`, `globalThis` and `self`). */
  readonly global: 'localStorage' | 'sessionStorage';
  /** The storage area. */
  readonly area: WebStorageArea;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Specification or documentation. */
  readonly reference: string;
}

/** The two Web Storage globals, sorted by id. */
export const WEB_STORAGE_GLOBALS = [
  {
    id: 'local-storage',
    global: 'localStorage',
    area: 'local',
    certainty: 'api',
    reference: 'https://html.spec.whatwg.org/multipage/webstorage.html#dom-localstorage',
  },
  {
    id: 'session-storage',
    global: 'sessionStorage',
    area: 'session',
    certainty: 'api',
    reference: 'https://html.spec.whatwg.org/multipage/webstorage.html#dom-sessionstorage',
  },
] as const satisfies readonly WebStorageGlobalEntry[];

/**
 * Members of the `Storage` interface. Assigning to any other property of a storage object
 * stores an item under that name (the named-property setter, HTML §12.2.1); reading or
 * calling these members never writes a value.
 */
export const WEB_STORAGE_MEMBERS: ReadonlySet<string> = new Set([
  'clear', 'getItem', 'key', 'length', 'removeItem', 'setItem',
]);

/** The method that stores a (key, value) pair: `Storage#setItem(key, value)`. */
export const WEB_STORAGE_SETTER = 'setItem';

/** How an SDK's storage key looks. */
export type StorageKeyPattern =
  /** The key starts with this text (`oidc.user:<authority>:<client_id>`). */
  | { readonly type: 'prefix'; readonly text: string }
  /** The key is exactly this text. */
  | { readonly type: 'exact'; readonly text: string }
  /** The key starts with `prefix` and ends with `suffix` (`sb-<project-ref>-auth-token`). */
  | { readonly type: 'affix'; readonly prefix: string; readonly suffix: string };

/** A storage key under which an SDK keeps tokens. */
export interface TokenStorageKeyEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Human name of the SDK. */
  readonly library: string;
  /** How the key looks. */
  readonly pattern: StorageKeyPattern;
  /** What is stored under the key. */
  readonly kind: TokenKind;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

/**
 * Storage keys of SDK token caches, sorted by id. Keys that name their token in words
 * (`access_token`, MSAL's `...-idtoken-...`, Cognito's `...idToken`) are read by the name
 * reader instead.
 */
export const TOKEN_STORAGE_KEYS = [
  {
    id: 'auth0-spa-js-cache',
    library: '@auth0/auth0-spa-js',
    pattern: { type: 'prefix', text: '@@auth0spajs@@' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://github.com/auth0/auth0-spa-js/blob/main/src/cache/shared.ts',
  },
  {
    id: 'firebase-auth-user',
    library: 'Firebase Auth',
    pattern: { type: 'prefix', text: 'firebase:authUser:' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://firebase.google.com/docs/auth/web/auth-state-persistence',
  },
  {
    id: 'oidc-client-ts-user',
    library: 'oidc-client-ts',
    pattern: { type: 'prefix', text: 'oidc.user:' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://github.com/authts/react-oidc-context#call-a-protected-api',
  },
  {
    id: 'okta-token-storage',
    library: '@okta/okta-auth-js',
    pattern: { type: 'exact', text: 'okta-token-storage' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js#tokenmanagerstorage',
  },
  {
    id: 'supabase-auth-token',
    library: '@supabase/supabase-js',
    pattern: { type: 'affix', prefix: 'sb-', suffix: '-auth-token' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://supabase.com/docs/guides/auth/sessions',
  },
] as const satisfies readonly TokenStorageKeyEntry[];

/**
 * Leading words of a storage key that make it a flag about a token, not the token:
 * `hasToken`, `isTokenRefreshing`, `shouldRefreshToken`.
 */
export const FLAG_KEY_WORDS: ReadonlySet<string> = new Set([
  'has', 'is', 'was', 'should', 'did', 'needs', 'show', 'use', 'enable', 'enabled', 'disable', 'can',
]);

/**
 * Words of a storage key that mark transient authorization-request state, which the flow
 * must keep across the redirect: the PKCE `code_verifier` (RFC 7636 §4.1), `state`
 * (RFC 6749 §10.12) and the OIDC `nonce` (OIDC Core §3.1.2.1). Keeping them in
 * `sessionStorage` is what browser-based apps are advised to do.
 */
export const TRANSIENT_FLOW_KEY_WORDS: ReadonlySet<string> = new Set([
  'pkce', 'verifier', 'challenge', 'state', 'nonce', 'redirect', 'return', 'returnto', 'callback',
]);

/**
 * Words of a module specifier that mark a design-token or theme module: a `tokens` value
 * imported from there holds colours and spacings, not credentials.
 */
export const DESIGN_MODULE_WORDS: ReadonlySet<string> = new Set([
  'theme', 'themes', 'design', 'styles', 'style', 'colors', 'colours', 'palette', 'tailwind', 'stitches', 'chakra', 'mui',
]);

/**
 * Trailing words of a constant that holds a storage key rather than a value:
 * `ACCESS_TOKEN_KEY`, `STORAGE_KEYS.idToken`, `TOKEN_STORAGE_NAME`.
 */
export const KEY_CONSTANT_SUFFIXES: ReadonlySet<string> = new Set([
  'key', 'keys', 'name', 'storage', 'item', 'slot', 'field',
]);
