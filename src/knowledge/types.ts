/**
 * Shared types of the knowledge tables. These modules are pure data: they import
 * nothing from ESLint, typescript-eslint, ts-morph or TypeScript, so rules, codemods
 * and tests can all read them.
 */

/** What a value is, from the point of view of OAuth 2.0 / OpenID Connect. */
export type TokenKind =
  /** An OIDC ID token: addressed to the client (`aud` = client_id). */
  | 'id'
  /** An OAuth 2.0 access token: addressed to the resource server, opaque to the client. */
  | 'access'
  /** An OAuth 2.0 refresh token: only ever sent to the authorization server. */
  | 'refresh'
  /** A credential whose kind cannot be told (`token`, `jwt`, `authToken`). */
  | 'unknown-token'
  /** An object that carries tokens: a token response, an SDK user or session object. */
  | 'token-set'
  /** Decoded claims of a token (never a credential by itself). */
  | 'claims'
  /** Known not to be an OAuth credential (pagination cursors, CSRF tokens, counts...). */
  | 'not-a-token';

/** How a fact was established. */
export type Certainty =
  /** Documented API behaviour or a spec-defined field name. */
  | 'api'
  /** A naming convention (`idToken`, `accessToken`): strong, but a guess. */
  | 'heuristic';

/** One import path of an API: `{ module: 'jose', name: 'jwtVerify' }`. */
export interface ModuleExport {
  /** Module specifier as written in `import`/`require` (exact match). */
  readonly module: string;
  /**
   * Export path inside the module: a named export, `default`, or a member of the
   * namespace/default object (`['default', 'verify']`).
   */
  readonly path: readonly string[];
}

/** Identifier of a documented design in which an ID token is legitimately sent as a credential. */
export type IdTokenDesignId = 'firebase' | 'google-cloud' | 'google-identity-services';
