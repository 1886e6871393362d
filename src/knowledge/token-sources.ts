/**
 * What common OAuth / OIDC SDKs hand you, and of which kind. One entry per API fact.
 *
 * Property facts that follow from the names alone (`user.id_token`, `result.accessToken`)
 * are covered by the name reader in `src/analysis/names.ts`; this table holds the facts a
 * name cannot tell: which calls return which token, which objects carry tokens under
 * generic names (`keycloak.token` is the access token), and where a documented design
 * legitimately sends an ID token.
 */
import type { Certainty, IdTokenDesignId, TokenKind } from './types.js';

/** How a token source appears in code. */
export type TokenSourcePattern =
  /** A call of a function or method with this name: `user.getIdToken()`, `getTokenSilently()`. */
  | {
      readonly type: 'call';
      readonly name: string;
      /**
       * Receiver names, lower-cased, that identify the SDK object without an import
       * (`auth.currentUser.getIdToken()` is Firebase even when `auth` comes from a local module).
       */
      readonly receiverNames?: readonly string[];
    }
  /** A property read on an object created by one of `receiverConstructors` or named like `receiverNames`. */
  | {
      readonly type: 'member';
      readonly name: string;
      /** Constructor names that create the receiver (`new Keycloak()`). */
      readonly receiverConstructors: readonly string[];
      /** Receiver identifiers/properties, lower-cased (`keycloak`, `kc`). */
      readonly receiverNames: readonly string[];
    }
  /** A property of the parameter of a callback passed under `callbackKey` to a call named `callee`. */
  | {
      readonly type: 'callback-member';
      readonly name: string;
      /** Callee name (last member) that receives the callback, e.g. `initialize`. */
      readonly callee: readonly string[];
      /** Option key (or JSX attribute) that holds the callback, e.g. `callback`, `onSuccess`. */
      readonly callbackKey: readonly string[];
    }
  /**
   * The parameter at `index` of a callback passed as an argument to a call named `callee`:
   * the `session` of supabase `onAuthStateChange((event, session) => ...)`.
   */
  | { readonly type: 'callback-param'; readonly callee: readonly string[]; readonly index: number }
  /**
   * The body of an HTTP response to a URL whose static text contains every part of
   * `urlIncludes`: `await (await fetch(url)).text()`, axios `data`, got `body`.
   */
  | { readonly type: 'response'; readonly urlIncludes: readonly string[] };

/** One API fact about an SDK's token source. */
export interface TokenSourceEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Human name of the SDK. */
  readonly library: string;
  /** Module specifiers of the SDK; importing one of them makes a match certain. */
  readonly modules: readonly string[];
  /** Where the token appears. */
  readonly pattern: TokenSourcePattern;
  /** What the value is. */
  readonly kind: TokenKind;
  /** Whether a call pattern may match without an import of `modules` (distinctive names). */
  readonly distinctive: boolean;
  /** A documented design that legitimately sends this ID token as a credential. */
  readonly design?: IdTokenDesignId;
  /** API fact or naming convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

/** SDK token sources, sorted by id. */
export const TOKEN_SOURCES = [
  {
    id: 'amplify-v5-get-access-token',
    library: 'AWS Amplify v5 / amazon-cognito-identity-js',
    modules: ['aws-amplify', '@aws-amplify/auth', 'amazon-cognito-identity-js'],
    pattern: { type: 'call', name: 'getAccessToken' },
    kind: 'access',
    distinctive: true,
    certainty: 'api',
    reference: 'https://github.com/aws-amplify/amplify-js/blob/v5-stable/packages/amazon-cognito-identity-js/src/CognitoUserSession.js',
  },
  {
    id: 'amplify-v5-get-id-token',
    library: 'AWS Amplify v5 / amazon-cognito-identity-js',
    modules: ['aws-amplify', '@aws-amplify/auth', 'amazon-cognito-identity-js'],
    pattern: { type: 'call', name: 'getIdToken' },
    kind: 'id',
    distinctive: true,
    certainty: 'api',
    reference: 'https://github.com/aws-amplify/amplify-js/blob/v5-stable/packages/amazon-cognito-identity-js/src/CognitoUserSession.js',
  },
  {
    id: 'amplify-v5-get-refresh-token',
    library: 'AWS Amplify v5 / amazon-cognito-identity-js',
    modules: ['aws-amplify', '@aws-amplify/auth', 'amazon-cognito-identity-js'],
    pattern: { type: 'call', name: 'getRefreshToken' },
    kind: 'refresh',
    distinctive: true,
    certainty: 'api',
    reference: 'https://github.com/aws-amplify/amplify-js/blob/v5-stable/packages/amazon-cognito-identity-js/src/CognitoUserSession.js',
  },
  {
    id: 'amplify-v6-fetch-auth-session',
    library: 'AWS Amplify v6',
    modules: ['aws-amplify/auth', 'aws-amplify', '@aws-amplify/auth'],
    pattern: { type: 'call', name: 'fetchAuthSession' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://docs.amplify.aws/react/build-a-backend/auth/connect-your-frontend/manage-user-sessions/',
  },
  {
    id: 'auth0-get-access-token-silently',
    library: '@auth0/auth0-react',
    modules: ['@auth0/auth0-react', '@auth0/auth0-vue', '@auth0/auth0-angular'],
    pattern: { type: 'call', name: 'getAccessTokenSilently' },
    kind: 'access',
    distinctive: true,
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0-react/interfaces/Auth0ContextInterface.html#getAccessTokenSilently',
  },
  {
    id: 'auth0-get-access-token-with-popup',
    library: '@auth0/auth0-react',
    modules: ['@auth0/auth0-react', '@auth0/auth0-vue', '@auth0/auth0-angular'],
    pattern: { type: 'call', name: 'getAccessTokenWithPopup' },
    kind: 'access',
    distinctive: true,
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0-react/interfaces/Auth0ContextInterface.html#getAccessTokenWithPopup',
  },
  {
    id: 'auth0-get-id-token-claims',
    library: '@auth0/auth0-spa-js',
    modules: ['@auth0/auth0-spa-js', '@auth0/auth0-react', '@auth0/auth0-vue', '@auth0/auth0-angular'],
    pattern: { type: 'call', name: 'getIdTokenClaims' },
    kind: 'claims',
    distinctive: true,
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0-spa-js/classes/Auth0Client.html#getIdTokenClaims',
  },
  {
    id: 'auth0-get-token-silently',
    library: '@auth0/auth0-spa-js',
    modules: ['@auth0/auth0-spa-js'],
    pattern: { type: 'call', name: 'getTokenSilently' },
    kind: 'access',
    distinctive: true,
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0-spa-js/classes/Auth0Client.html#getTokenSilently',
  },
  {
    id: 'auth0-get-token-with-popup',
    library: '@auth0/auth0-spa-js',
    modules: ['@auth0/auth0-spa-js'],
    pattern: { type: 'call', name: 'getTokenWithPopup' },
    kind: 'access',
    distinctive: true,
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0-spa-js/classes/Auth0Client.html#getTokenWithPopup',
  },
  {
    id: 'auth0-js-auth-result',
    library: 'auth0-js',
    modules: ['auth0-js'],
    pattern: { type: 'callback-param', callee: ['parseHash', 'checkSession', 'renewAuth'], index: 1 },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://auth0.com/docs/libraries/auth0js#extract-the-authresult-and-get-user-info',
  },
  {
    id: 'firebase-get-id-token',
    library: 'Firebase Auth',
    modules: ['firebase/auth', '@firebase/auth', 'firebase', 'firebase/compat/auth', 'firebase/compat/app', '@angular/fire/auth', 'reactfire', 'react-firebase-hooks/auth', 'vuefire', '@react-native-firebase/auth', '@capacitor-firebase/authentication'],
    pattern: { type: 'call', name: 'getIdToken', receiverNames: ['currentuser', 'firebaseuser'] },
    kind: 'id',
    distinctive: false,
    design: 'firebase',
    certainty: 'api',
    reference: 'https://firebase.google.com/docs/auth/admin/verify-id-tokens',
  },
  {
    id: 'firebase-get-id-token-result',
    library: 'Firebase Auth',
    modules: ['firebase/auth', '@firebase/auth', 'firebase', 'firebase/compat/auth', 'firebase/compat/app', '@angular/fire/auth', 'reactfire', 'react-firebase-hooks/auth', 'vuefire'],
    pattern: { type: 'call', name: 'getIdTokenResult' },
    kind: 'id',
    distinctive: true,
    design: 'firebase',
    certainty: 'api',
    reference: 'https://firebase.google.com/docs/reference/js/auth.user#usergetidtokenresult',
  },
  {
    id: 'google-auth-fetch-id-token',
    library: 'google-auth-library',
    modules: ['google-auth-library', 'googleapis'],
    pattern: { type: 'call', name: 'fetchIdToken' },
    kind: 'id',
    distinctive: true,
    design: 'google-cloud',
    certainty: 'api',
    reference: 'https://cloud.google.com/run/docs/authenticating/service-to-service',
  },
  {
    id: 'google-identity-services-credential',
    library: 'Google Identity Services',
    modules: ['@react-oauth/google', 'vue3-google-login', 'google-one-tap'],
    pattern: { type: 'callback-member', name: 'credential', callee: ['initialize', 'GoogleLogin', 'useGoogleOneTapLogin', 'googleOneTap', 'GoogleOneTapLogin'], callbackKey: ['callback', 'onSuccess'] },
    kind: 'id',
    distinctive: true,
    design: 'google-identity-services',
    certainty: 'api',
    reference: 'https://developers.google.com/identity/gsi/web/reference/js-reference#CredentialResponse',
  },
  {
    id: 'google-metadata-identity',
    library: 'Google Cloud metadata server',
    modules: [],
    pattern: { type: 'response', urlIncludes: ['service-accounts/', '/identity'] },
    kind: 'id',
    distinctive: true,
    design: 'google-cloud',
    certainty: 'api',
    reference: 'https://cloud.google.com/run/docs/authenticating/service-to-service#acquire-token',
  },
  {
    id: 'keycloak-angular-get-token',
    library: 'keycloak-angular',
    modules: ['keycloak-angular'],
    pattern: { type: 'call', name: 'getToken', receiverNames: ['keycloakservice', 'keycloak', '_keycloak', 'keycloakangular'] },
    kind: 'access',
    distinctive: false,
    certainty: 'api',
    reference: 'https://github.com/mauriciovigolo/keycloak-angular#keycloakservice',
  },
  {
    id: 'keycloak-id-token',
    library: 'keycloak-js',
    modules: ['keycloak-js'],
    pattern: { type: 'member', name: 'idToken', receiverConstructors: ['Keycloak'], receiverNames: ['keycloak', 'kc', '_keycloak', '$keycloak', 'keycloakinstance', 'keycloakservice', 'keycloakclient', 'getkeycloakinstance'] },
    kind: 'id',
    distinctive: true,
    certainty: 'api',
    reference: 'https://www.keycloak.org/securing-apps/javascript-adapter',
  },
  {
    id: 'keycloak-refresh-token',
    library: 'keycloak-js',
    modules: ['keycloak-js'],
    pattern: { type: 'member', name: 'refreshToken', receiverConstructors: ['Keycloak'], receiverNames: ['keycloak', 'kc', '_keycloak', '$keycloak', 'keycloakinstance', 'keycloakservice', 'keycloakclient', 'getkeycloakinstance'] },
    kind: 'refresh',
    distinctive: true,
    certainty: 'api',
    reference: 'https://www.keycloak.org/securing-apps/javascript-adapter',
  },
  {
    id: 'keycloak-token',
    library: 'keycloak-js',
    modules: ['keycloak-js'],
    pattern: { type: 'member', name: 'token', receiverConstructors: ['Keycloak'], receiverNames: ['keycloak', 'kc', '_keycloak', '$keycloak', 'keycloakinstance', 'keycloakservice', 'keycloakclient', 'getkeycloakinstance'] },
    kind: 'access',
    distinctive: true,
    certainty: 'api',
    reference: 'https://www.keycloak.org/securing-apps/javascript-adapter',
  },
  {
    id: 'msal-acquire-token-by-code',
    library: '@azure/msal-node',
    modules: ['@azure/msal-node'],
    pattern: { type: 'call', name: 'acquireTokenByCode' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/entra/identity-platform/msal-node-migration',
  },
  {
    id: 'msal-acquire-token-popup',
    library: '@azure/msal-browser',
    modules: ['@azure/msal-browser', '@azure/msal-react', '@azure/msal-angular'],
    pattern: { type: 'call', name: 'acquireTokenPopup' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/entra/identity-platform/scenario-spa-acquire-token',
  },
  {
    id: 'msal-acquire-token-silent',
    library: '@azure/msal-browser',
    modules: ['@azure/msal-browser', '@azure/msal-react', '@azure/msal-angular', '@azure/msal-node'],
    pattern: { type: 'call', name: 'acquireTokenSilent' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/entra/identity-platform/scenario-spa-acquire-token',
  },
  {
    id: 'msal-handle-redirect-promise',
    library: '@azure/msal-browser',
    modules: ['@azure/msal-browser', '@azure/msal-react', '@azure/msal-angular'],
    pattern: { type: 'call', name: 'handleRedirectPromise' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/entra/identity-platform/scenario-spa-sign-in',
  },
  {
    id: 'msal-login-popup',
    library: '@azure/msal-browser',
    modules: ['@azure/msal-browser', '@azure/msal-react', '@azure/msal-angular'],
    pattern: { type: 'call', name: 'loginPopup' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/entra/identity-platform/scenario-spa-sign-in',
  },
  {
    id: 'msal-sso-silent',
    library: '@azure/msal-browser',
    modules: ['@azure/msal-browser', '@azure/msal-react', '@azure/msal-angular'],
    pattern: { type: 'call', name: 'ssoSilent' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/entra/identity-platform/scenario-spa-sign-in',
  },
  {
    id: 'oauth-access-token-getter',
    library: 'angular-oauth2-oidc, Okta, angular-auth-oidc-client',
    modules: ['angular-oauth2-oidc', '@okta/okta-auth-js', 'angular-auth-oidc-client'],
    pattern: { type: 'call', name: 'getAccessToken' },
    kind: 'access',
    distinctive: true,
    certainty: 'api',
    reference: 'https://manfredsteyer.github.io/angular-oauth2-oidc/docs/classes/OAuthService.html#getAccessToken',
  },
  {
    id: 'oauth-refresh-token-getter',
    library: 'angular-oauth2-oidc, angular-auth-oidc-client',
    modules: ['angular-oauth2-oidc', 'angular-auth-oidc-client'],
    pattern: { type: 'call', name: 'getRefreshToken' },
    kind: 'refresh',
    distinctive: true,
    certainty: 'api',
    reference: 'https://manfredsteyer.github.io/angular-oauth2-oidc/docs/classes/OAuthService.html#getRefreshToken',
  },
  {
    id: 'oidc-client-get-user',
    library: 'oidc-client-ts',
    modules: ['oidc-client-ts', 'oidc-client', 'react-oidc-context'],
    pattern: { type: 'call', name: 'signinSilent' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/classes/UserManager.html#signinSilent',
  },
  {
    id: 'oidc-client-get-user-manager-user',
    library: 'oidc-client-ts',
    modules: ['oidc-client-ts', 'oidc-client', 'react-oidc-context'],
    pattern: { type: 'call', name: 'getUser' },
    kind: 'token-set',
    distinctive: false,
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/classes/UserManager.html#getUser',
  },
  {
    id: 'oidc-client-signin-popup',
    library: 'oidc-client-ts',
    modules: ['oidc-client-ts', 'oidc-client', 'react-oidc-context'],
    pattern: { type: 'call', name: 'signinPopup' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/classes/UserManager.html#signinPopup',
  },
  {
    id: 'oidc-client-signin-redirect-callback',
    library: 'oidc-client-ts',
    modules: ['oidc-client-ts', 'oidc-client', 'react-oidc-context'],
    pattern: { type: 'call', name: 'signinRedirectCallback' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/classes/UserManager.html#signinRedirectCallback',
  },
  {
    id: 'openid-client-authorization-code-grant',
    library: 'openid-client v6',
    modules: ['openid-client'],
    pattern: { type: 'call', name: 'authorizationCodeGrant' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://github.com/panva/openid-client/blob/main/docs/functions/authorizationCodeGrant.md',
  },
  {
    id: 'openid-client-refresh-token-grant',
    library: 'openid-client v6',
    modules: ['openid-client'],
    pattern: { type: 'call', name: 'refreshTokenGrant' },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://github.com/panva/openid-client/blob/main/docs/functions/refreshTokenGrant.md',
  },
  {
    id: 'supabase-auth-state-change-session',
    library: '@supabase/supabase-js',
    modules: ['@supabase/supabase-js', '@supabase/auth-js'],
    pattern: { type: 'callback-param', callee: ['onAuthStateChange'], index: 1 },
    kind: 'token-set',
    distinctive: true,
    certainty: 'api',
    reference: 'https://supabase.com/docs/reference/javascript/auth-onauthstatechange',
  },
] as const satisfies readonly TokenSourceEntry[];
