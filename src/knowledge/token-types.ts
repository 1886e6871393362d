/**
 * SDK type facts for the optional type-aware layer (`src/analysis/types.ts`): TypeScript types
 * and properties that SDKs declare for tokens. A name cannot tell these apart (Okta's `IDToken`
 * is the token object, Auth0's `IdToken` is the decoded claims); the declaring module can.
 *
 * `modules` lists the packages whose declaration files declare the type (where the compiler
 * finds the declaration after following re-exports), not only the packages users import.
 */
import type { Certainty, TokenKind } from './types.js';

/** How a type fact appears in a declaration file. */
export type TokenTypePattern =
  /** An interface, class or type alias of this name: Okta `IDToken`, MSAL `AuthenticationResult`. */
  | { readonly type: 'type'; readonly typeName: string }
  /**
   * A property of one of these names, declared by any of `modules`; an empty `modules` means
   * every SDK module known to `TOKEN_SOURCES` or this table (`User.id_token`, `AuthTokens.idToken`).
   */
  | { readonly type: 'property'; readonly propertyNames: readonly string[] };

/** One fact about an SDK's token types. */
export interface TokenTypeEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Human name of the SDK. */
  readonly library: string;
  /** Packages whose declaration files declare the type or property. */
  readonly modules: readonly string[];
  /** What is declared. */
  readonly pattern: TokenTypePattern;
  /** What a value of the type (or read of the property) is; for `property` entries, see `propertyKinds`. */
  readonly kind: TokenKind;
  /** For `claims`: whose claims. */
  readonly of?: TokenKind;
  /** For `property` entries: the kind of each property name. */
  readonly propertyKinds?: Readonly<Record<string, TokenKind>>;
  /** API fact or naming convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

/** SDK token types, sorted by id. */
export const TOKEN_TYPES = [
  {
    id: 'amplify-jwt',
    library: 'AWS Amplify v6',
    modules: ['@aws-amplify/core', 'aws-amplify'],
    pattern: { type: 'type', typeName: 'JWT' },
    // `AuthTokens.idToken` and `.accessToken` are both `JWT`: the type says "a token", the property says which.
    kind: 'unknown-token',
    certainty: 'api',
    reference: 'https://aws-amplify.github.io/amplify-js/api/interfaces/aws_amplify.auth.AuthTokens.html',
  },
  {
    id: 'auth0-id-token-claims',
    library: 'Auth0 SPA SDK',
    modules: ['@auth0/auth0-spa-js', '@auth0/auth0-react', '@auth0/auth0-vue', '@auth0/auth0-angular'],
    pattern: { type: 'type', typeName: 'IdToken' },
    // Auth0's `IdToken` is the decoded claims object of `getIdTokenClaims()`; `__raw` is the token.
    kind: 'claims',
    of: 'id',
    certainty: 'api',
    reference: 'https://github.com/auth0/auth0-spa-js/blob/main/src/global.ts',
  },
  {
    id: 'msal-authentication-result',
    library: 'MSAL.js',
    modules: ['@azure/msal-common', '@azure/msal-browser', '@azure/msal-node', '@azure/msal-react', '@azure/msal-angular'],
    pattern: { type: 'type', typeName: 'AuthenticationResult' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/javascript/api/@azure/msal-node/authenticationresult',
  },
  {
    id: 'oidc-client-ts-user',
    library: 'oidc-client-ts',
    modules: ['oidc-client-ts', 'oidc-client'],
    pattern: { type: 'type', typeName: 'User' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/classes/User.html',
  },
  {
    id: 'okta-access-token',
    library: 'Okta Auth JS',
    modules: ['@okta/okta-auth-js'],
    pattern: { type: 'type', typeName: 'AccessToken' },
    kind: 'access',
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js/blob/master/lib/oidc/types/Token.ts',
  },
  {
    id: 'okta-id-token',
    library: 'Okta Auth JS',
    modules: ['@okta/okta-auth-js'],
    pattern: { type: 'type', typeName: 'IDToken' },
    kind: 'id',
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js/blob/master/lib/oidc/types/Token.ts',
  },
  {
    id: 'okta-refresh-token',
    library: 'Okta Auth JS',
    modules: ['@okta/okta-auth-js'],
    pattern: { type: 'type', typeName: 'RefreshToken' },
    kind: 'refresh',
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js/blob/master/lib/oidc/types/Token.ts',
  },
  {
    id: 'okta-tokens',
    library: 'Okta Auth JS',
    modules: ['@okta/okta-auth-js'],
    pattern: { type: 'type', typeName: 'Tokens' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js/blob/master/lib/oidc/types/Token.ts',
  },
  {
    id: 'openid-client-token-endpoint-response',
    library: 'openid-client v6',
    modules: ['openid-client', 'oauth4webapi'],
    pattern: { type: 'type', typeName: 'TokenEndpointResponse' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://github.com/panva/openid-client/blob/main/docs/interfaces/TokenEndpointResponse.md',
  },
  {
    id: 'openid-client-token-set',
    library: 'openid-client v5',
    modules: ['openid-client'],
    pattern: { type: 'type', typeName: 'TokenSet' },
    kind: 'token-set',
    certainty: 'api',
    reference: 'https://github.com/panva/openid-client/blob/v5.x/types/index.d.ts',
  },
  {
    id: 'sdk-token-property',
    library: 'any SDK in TOKEN_SOURCES or TOKEN_TYPES',
    modules: [],
    pattern: {
      type: 'property',
      propertyNames: ['accessToken', 'access_token', 'idToken', 'id_token', 'refreshToken', 'refresh_token'],
    },
    kind: 'unknown-token',
    propertyKinds: {
      accessToken: 'access',
      access_token: 'access',
      idToken: 'id',
      id_token: 'id',
      refreshToken: 'refresh',
      refresh_token: 'refresh',
    },
    certainty: 'api',
    reference: 'https://www.rfc-editor.org/rfc/rfc6749#section-5.1',
  },
] as const satisfies readonly TokenTypeEntry[];
