/**
 * Where an SDK object that carries an ID token also carries the access token. Used to
 * suggest (and, in the `id-token-to-access-token` codemod, to apply) the certain rewrite
 * `tokens.id_token` -> `tokens.access_token`. Only facts about real SDK shapes belong here.
 */
import type { Certainty } from './types.js';

/** One sibling fact. */
export interface TokenSiblingEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** SDK or spec the fact comes from. */
  readonly library: string;
  /**
   * `member`: a property read (`x.id_token` -> `x.access_token`); `call`: a method call
   * (`x.getIdToken()` -> `x.getAccessToken()`); `claims-raw`: the raw ID token of a claims object
   * (`claims.__raw`) whose SDK hands out the access token through an async getter
   * (`await getAccessTokenSilently()`), available in the same scope.
   */
  readonly form: 'member' | 'call' | 'claims-raw';
  /** Name of the ID-token member or method. */
  readonly idName: string;
  /** Name of the access-token member or method on the same object. */
  readonly accessName: string;
  /**
   * Token-source ids (from `token-sources.ts`) the object must come from for the rewrite to
   * be certain; empty when the member name itself is the spec (`id_token` in a token response).
   */
  readonly requiresSource: readonly string[];
  /** Modules whose import also makes the rewrite certain. */
  readonly modules: readonly string[];
  /** How the fact is established. */
  readonly certainty: Certainty;
  /** Library documentation, source or spec section. */
  readonly reference: string;
}

/** Sibling facts, sorted by id. */
export const TOKEN_SIBLINGS = [
  {
    id: 'amplify-v5-session-getters',
    library: 'AWS Amplify v5 / amazon-cognito-identity-js',
    form: 'call',
    idName: 'getIdToken',
    accessName: 'getAccessToken',
    requiresSource: [],
    modules: ['aws-amplify', '@aws-amplify/auth', 'amazon-cognito-identity-js'],
    certainty: 'api',
    reference: 'https://github.com/aws-amplify/amplify-js/blob/v5-stable/packages/amazon-cognito-identity-js/index.d.ts',
  },
  {
    id: 'amplify-v6-auth-tokens',
    library: 'AWS Amplify v6',
    form: 'member',
    idName: 'idToken',
    accessName: 'accessToken',
    requiresSource: ['amplify-v6-fetch-auth-session'],
    modules: ['aws-amplify/auth', '@aws-amplify/auth'],
    certainty: 'api',
    reference: 'https://aws-amplify.github.io/amplify-js/api/interfaces/aws_amplify.auth.AuthTokens.html',
  },
  {
    id: 'angular-oauth2-oidc-getters',
    library: 'angular-oauth2-oidc, Okta Auth JS',
    form: 'call',
    idName: 'getIdToken',
    accessName: 'getAccessToken',
    requiresSource: [],
    modules: ['angular-oauth2-oidc', '@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-vue'],
    certainty: 'api',
    reference: 'https://manfredsteyer.github.io/angular-oauth2-oidc/docs/classes/OAuthService.html',
  },
  {
    id: 'auth0-react-id-token-claims',
    library: '@auth0/auth0-react, @auth0/auth0-vue',
    form: 'claims-raw',
    idName: '__raw',
    accessName: 'getAccessTokenSilently',
    requiresSource: ['auth0-get-id-token-claims'],
    modules: ['@auth0/auth0-react', '@auth0/auth0-vue'],
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0-react/interfaces/Auth0ContextInterface.html#getAccessTokenSilently',
  },
  {
    id: 'auth0-spa-id-token-claims',
    library: '@auth0/auth0-spa-js',
    form: 'claims-raw',
    idName: '__raw',
    accessName: 'getTokenSilently',
    requiresSource: ['auth0-get-id-token-claims'],
    modules: ['@auth0/auth0-spa-js'],
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0-spa-js/classes/Auth0Client.html#getTokenSilently',
  },
  {
    id: 'keycloak-token',
    library: 'keycloak-js',
    form: 'member',
    idName: 'idToken',
    accessName: 'token',
    requiresSource: ['keycloak-id-token'],
    modules: ['keycloak-js', '@react-keycloak/web', 'keycloak-angular'],
    certainty: 'api',
    reference: 'https://www.keycloak.org/securing-apps/javascript-adapter',
  },
  {
    id: 'msal-authentication-result',
    library: 'MSAL (@azure/msal-browser, msal-node)',
    form: 'member',
    idName: 'idToken',
    accessName: 'accessToken',
    requiresSource: ['msal-acquire-token-by-code', 'msal-acquire-token-popup', 'msal-acquire-token-silent', 'msal-handle-redirect-promise', 'msal-login-popup', 'msal-sso-silent'],
    modules: ['@azure/msal-browser', '@azure/msal-node', '@azure/msal-react', '@azure/msal-angular'],
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/javascript/api/@azure/msal-node/authenticationresult',
  },
  {
    id: 'token-response-fields',
    library: 'RFC 6749 §5.1 / OIDC Core §3.1.3.3 (openid-client, oidc-client-ts, next-auth account, Auth.js)',
    form: 'member',
    idName: 'id_token',
    accessName: 'access_token',
    requiresSource: [],
    modules: [],
    certainty: 'api',
    reference: 'https://openid.net/specs/openid-connect-core-1_0.html#TokenResponse',
  },
] as const satisfies readonly TokenSiblingEntry[];
