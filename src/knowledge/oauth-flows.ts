/**
 * Which OAuth/OIDC client libraries start an authorization request, which flow they use by
 * default, whether they add PKCE themselves, and which options switch PKCE off or select the
 * implicit flow. Used by the authorization-request matcher in
 * `src/analysis/authorize-requests.ts` and by `require-pkce`.
 */
import type { Certainty, ModuleExport } from './types.js';

/** What an API of a client library does with an authorization request. */
export type OAuthFlowKind =
  /** Takes the client configuration (`new UserManager(settings)`); the library builds the request and adds PKCE for `code`. */
  | 'client-config'
  /** Builds an authorization URL from the parameters it is given and adds nothing (openid-client `authorizationUrl`). */
  | 'authorization-url'
  /** The API is the implicit flow itself (MSAL 1.x `UserAgentApplication`, angular-oauth2-oidc `initImplicitFlow`). */
  | 'implicit-api';

/** How the API is reached. */
export type OAuthFlowCall =
  /** A function exported by the module, or a member of it: `buildAuthorizationUrl(config, params)`. */
  | 'call'
  /** A class exported by the module: `new UserManager(settings)`. */
  | 'construct'
  /** A method of an object the module creates, matched by name in files that load one of `modules`. */
  | 'method';

/** One API that starts or configures an authorization request. */
export interface OAuthFlowEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** npm package (human name). */
  readonly library: string;
  /** Knowledge kind of this table. */
  readonly kind: OAuthFlowKind;
  /** How the API is reached. */
  readonly call: OAuthFlowCall;
  /** Import paths of a `call` or `construct` API. */
  readonly exports?: readonly ModuleExport[];
  /** Global paths of the API when the library is loaded from a `<script>` tag (`['Msal', 'UserAgentApplication']`). */
  readonly globals?: readonly (readonly string[])[];
  /** Method name of a `method` API. */
  readonly method?: string;
  /** Modules whose import makes a `method` API recognisable. */
  readonly modules?: readonly string[];
  /** Argument index of the settings / parameters object, when the API takes one. */
  readonly argument?: number;
  /** Type name that marks a settings object literal as this API's settings (`const config: AuthConfig = {...}`). */
  readonly configType?: string;
  /**
   * `response_type` used when the settings do not name one, for libraries whose default is not
   * `code`. Omitted when the default is `code` or depends on server metadata.
   */
  readonly defaultResponseType?: string;
  /** `true` when the library adds an S256 `code_challenge` itself for `response_type=code`. */
  readonly addsPkce: boolean;
  /** How the fact was established. */
  readonly certainty: Certainty;
  /** Library source or documentation that shows the behaviour. */
  readonly reference: string;
}

/** Authorization-request APIs of OAuth/OIDC client libraries. Sorted by `id`. */
export const OAUTH_FLOW_APIS = [
  {
    id: 'angular-oauth2-oidc-auth-config',
    library: 'angular-oauth2-oidc',
    kind: 'client-config',
    call: 'construct',
    exports: [{ module: 'angular-oauth2-oidc', path: ['AuthConfig'] }],
    argument: 0,
    configType: 'AuthConfig',
    // `createLoginUrl` falls back to `id_token token` when `responseType` is empty (`oidc` and
    // `requestAccessToken` default to true), also when `initCodeFlow()` is called.
    defaultResponseType: 'id_token token',
    addsPkce: true,
    certainty: 'api',
    reference: 'https://github.com/manfredsteyer/angular-oauth2-oidc/blob/master/projects/lib/src/oauth-service.ts',
  },
  {
    id: 'angular-oauth2-oidc-configure',
    library: 'angular-oauth2-oidc',
    kind: 'client-config',
    call: 'method',
    method: 'configure',
    modules: ['angular-oauth2-oidc'],
    argument: 0,
    defaultResponseType: 'id_token token',
    addsPkce: true,
    certainty: 'api',
    reference: 'https://github.com/manfredsteyer/angular-oauth2-oidc/blob/master/projects/lib/src/auth.config.ts',
  },
  {
    id: 'angular-oauth2-oidc-init-implicit-flow',
    library: 'angular-oauth2-oidc',
    kind: 'implicit-api',
    call: 'method',
    method: 'initImplicitFlow',
    modules: ['angular-oauth2-oidc'],
    defaultResponseType: 'id_token token',
    addsPkce: false,
    certainty: 'api',
    reference: 'https://manfredsteyer.github.io/angular-oauth2-oidc/docs/additional-documentation/using-implicit-flow.html',
  },
  {
    id: 'auth0-js-authorize',
    library: 'auth0-js',
    kind: 'client-config',
    call: 'method',
    method: 'authorize',
    modules: ['auth0-js'],
    argument: 0,
    addsPkce: false,
    certainty: 'api',
    reference: 'https://auth0.github.io/auth0.js/WebAuth.html#authorize',
  },
  {
    id: 'auth0-js-web-auth',
    library: 'auth0-js',
    kind: 'client-config',
    call: 'construct',
    exports: [
      { module: 'auth0-js', path: ['WebAuth'] },
      { module: 'auth0-js', path: ['default', 'WebAuth'] },
    ],
    globals: [['auth0', 'WebAuth']],
    argument: 0,
    addsPkce: false,
    certainty: 'api',
    reference: 'https://auth0.com/docs/libraries/auth0js',
  },
  {
    id: 'expo-auth-session-auth-request',
    library: 'expo-auth-session',
    kind: 'client-config',
    call: 'construct',
    exports: [{ module: 'expo-auth-session', path: ['AuthRequest'] }],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://docs.expo.dev/versions/latest/sdk/auth-session/#authrequestconfig',
  },
  {
    id: 'expo-auth-session-use-auth-request',
    library: 'expo-auth-session',
    kind: 'client-config',
    call: 'call',
    exports: [
      { module: 'expo-auth-session', path: ['useAuthRequest'] },
      { module: 'expo-auth-session/providers/google', path: ['useAuthRequest'] },
    ],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://docs.expo.dev/versions/latest/sdk/auth-session/#useauthrequestconfig-discovery',
  },
  {
    id: 'msal-user-agent-application',
    library: 'msal',
    kind: 'implicit-api',
    call: 'construct',
    exports: [
      { module: 'msal', path: ['UserAgentApplication'] },
      { module: 'msal', path: ['default', 'UserAgentApplication'] },
    ],
    globals: [['Msal', 'UserAgentApplication']],
    defaultResponseType: 'id_token token',
    addsPkce: false,
    certainty: 'api',
    reference: 'https://learn.microsoft.com/en-us/entra/identity-platform/msal-compare-msal-js-and-adal-js',
  },
  {
    id: 'oidc-client-oidc-client',
    library: 'oidc-client',
    kind: 'client-config',
    call: 'construct',
    exports: [{ module: 'oidc-client', path: ['OidcClient'] }],
    globals: [['Oidc', 'OidcClient']],
    argument: 0,
    // oidc-client 1.x `OidcClientSettings`: `DefaultResponseType = "id_token"`.
    defaultResponseType: 'id_token',
    addsPkce: true,
    certainty: 'api',
    reference: 'https://app.unpkg.com/oidc-client@1.11.5/files/src/OidcClientSettings.js',
  },
  {
    id: 'oidc-client-ts-oidc-client',
    library: 'oidc-client-ts',
    kind: 'client-config',
    call: 'construct',
    exports: [{ module: 'oidc-client-ts', path: ['OidcClient'] }],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/interfaces/OidcClientSettings.html',
  },
  {
    id: 'oidc-client-ts-user-manager',
    library: 'oidc-client-ts',
    kind: 'client-config',
    call: 'construct',
    exports: [{ module: 'oidc-client-ts', path: ['UserManager'] }],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/interfaces/UserManagerSettings.html',
  },
  {
    id: 'oidc-client-user-manager',
    library: 'oidc-client',
    kind: 'client-config',
    call: 'construct',
    exports: [{ module: 'oidc-client', path: ['UserManager'] }],
    globals: [['Oidc', 'UserManager']],
    argument: 0,
    defaultResponseType: 'id_token',
    addsPkce: true,
    certainty: 'api',
    reference: 'https://app.unpkg.com/oidc-client@1.11.5/files/src/OidcClientSettings.js',
  },
  {
    id: 'okta-auth-js',
    library: '@okta/okta-auth-js',
    kind: 'client-config',
    call: 'construct',
    exports: [{ module: '@okta/okta-auth-js', path: ['OktaAuth'] }],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js#pkce',
  },
  {
    id: 'okta-auth-js-sign-in-with-redirect',
    library: '@okta/okta-auth-js',
    kind: 'client-config',
    call: 'method',
    method: 'signInWithRedirect',
    modules: ['@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-vue'],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js#signinwithredirectoptions',
  },
  {
    id: 'okta-auth-js-token-get-with-popup',
    library: '@okta/okta-auth-js',
    kind: 'client-config',
    call: 'method',
    method: 'getWithPopup',
    modules: ['@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-vue'],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js#tokengetwithpopupoptions',
  },
  {
    id: 'okta-auth-js-token-get-with-redirect',
    library: '@okta/okta-auth-js',
    kind: 'client-config',
    call: 'method',
    method: 'getWithRedirect',
    modules: ['@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-vue'],
    // `token.getWithRedirect(tokenParams)`: `responseType` here overrides the client settings.
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js#tokengetwithredirectoptions',
  },
  {
    id: 'okta-auth-js-token-get-without-prompt',
    library: '@okta/okta-auth-js',
    kind: 'client-config',
    call: 'method',
    method: 'getWithoutPrompt',
    modules: ['@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-vue'],
    argument: 0,
    addsPkce: true,
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js#tokengetwithoutpromptoptions',
  },
  {
    id: 'openid-client-v5-authorization-url',
    library: 'openid-client',
    kind: 'authorization-url',
    call: 'method',
    method: 'authorizationUrl',
    modules: ['openid-client'],
    argument: 0,
    addsPkce: false,
    certainty: 'api',
    reference: 'https://github.com/panva/openid-client/blob/v5.x/docs/README.md#clientauthorizationurlparameters',
  },
  {
    id: 'openid-client-v6-build-authorization-url',
    library: 'openid-client',
    kind: 'authorization-url',
    call: 'call',
    exports: [{ module: 'openid-client', path: ['buildAuthorizationUrl'] }],
    argument: 1,
    addsPkce: false,
    certainty: 'api',
    reference: 'https://github.com/panva/openid-client/blob/main/docs/functions/buildAuthorizationUrl.md',
  },
  {
    id: 'simple-oauth2-authorize-url',
    library: 'simple-oauth2',
    kind: 'authorization-url',
    call: 'method',
    method: 'authorizeURL',
    modules: ['simple-oauth2'],
    argument: 0,
    addsPkce: false,
    certainty: 'api',
    reference: 'https://github.com/lelylan/simple-oauth2/blob/master/API.md#authorizeurlauthorizeoptions--string',
  },
] as const satisfies readonly OAuthFlowEntry[];

/** An option that turns off the PKCE a library would otherwise add. */
export interface PkceSwitchEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Option key. */
  readonly key: string;
  /** Value that turns PKCE off. */
  readonly disabledValue: boolean;
  /** Libraries that read the option; a file that loads one of them is checked without further context. */
  readonly modules: readonly string[];
  /**
   * `true` when the key is specific enough to PKCE that an OAuth settings object (with
   * `client_id`, `redirect_uri`, `authority`...) is enough context without an import.
   */
  readonly specificKey: boolean;
  /** How the fact was established. */
  readonly certainty: Certainty;
  /** Library documentation of the option. */
  readonly reference: string;
}

/** Options that switch PKCE off. Sorted by `id`. */
export const PKCE_SWITCHES = [
  {
    id: 'angular-oauth2-oidc-disable-pkce',
    key: 'disablePKCE',
    disabledValue: true,
    modules: ['angular-oauth2-oidc'],
    specificKey: true,
    certainty: 'api',
    reference: 'https://github.com/manfredsteyer/angular-oauth2-oidc/blob/master/projects/lib/src/auth.config.ts',
  },
  {
    id: 'expo-auth-session-use-pkce',
    key: 'usePKCE',
    disabledValue: false,
    modules: ['expo-auth-session', 'expo-auth-session/providers/google'],
    specificKey: true,
    certainty: 'api',
    reference: 'https://docs.expo.dev/versions/latest/sdk/auth-session/#authrequestconfig',
  },
  {
    id: 'keycloak-js-pkce-method',
    key: 'pkceMethod',
    disabledValue: false,
    modules: ['keycloak-js', 'keycloak-angular', '@react-keycloak/web', 'keycloak-ionic'],
    specificKey: true,
    certainty: 'api',
    reference: 'https://www.keycloak.org/securing-apps/javascript-adapter',
  },
  {
    id: 'oidc-client-ts-disable-pkce',
    key: 'disablePKCE',
    disabledValue: true,
    modules: ['oidc-client-ts', 'react-oidc-context'],
    specificKey: true,
    certainty: 'api',
    reference: 'https://authts.github.io/oidc-client-ts/interfaces/OidcClientSettings.html#disablepkce',
  },
  {
    id: 'okta-auth-js-pkce',
    key: 'pkce',
    disabledValue: false,
    modules: ['@okta/okta-auth-js', '@okta/okta-react', '@okta/okta-angular', '@okta/okta-vue'],
    // `pkce: false` is also the harmless default of passport-oauth2, so only an Okta import counts.
    specificKey: false,
    certainty: 'api',
    reference: 'https://github.com/okta/okta-auth-js#pkce',
  },
] as const satisfies readonly PkceSwitchEntry[];

/** A `flow` option that selects the implicit or a token-returning hybrid flow. */
export interface FlowOptionEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Option key. */
  readonly key: string;
  /** Option value. */
  readonly value: string;
  /** `response_type` the library then sends. */
  readonly responseType: string;
  /** Libraries that read the option. */
  readonly modules: readonly string[];
  /** How the fact was established. */
  readonly certainty: Certainty;
  /** Library source or documentation. */
  readonly reference: string;
}

/** Flow options that select a front-channel token flow. Sorted by `id`. */
export const IMPLICIT_FLOW_OPTIONS = [
  {
    id: 'keycloak-js-flow-hybrid',
    key: 'flow',
    value: 'hybrid',
    responseType: 'code id_token token',
    modules: ['keycloak-js', 'keycloak-angular', '@react-keycloak/web', 'keycloak-ionic'],
    certainty: 'api',
    reference: 'https://app.unpkg.com/keycloak-js@26.2.0/files/lib/keycloak.d.ts',
  },
  {
    id: 'keycloak-js-flow-implicit',
    key: 'flow',
    value: 'implicit',
    responseType: 'id_token token',
    modules: ['keycloak-js', 'keycloak-angular', '@react-keycloak/web', 'keycloak-ionic'],
    certainty: 'api',
    reference: 'https://app.unpkg.com/keycloak-js@26.2.0/files/lib/keycloak.d.ts',
  },
] as const satisfies readonly FlowOptionEntry[];

/**
 * Members of response-type enums and the `response_type` they stand for (expo-auth-session
 * `ResponseType.Token`, `ResponseType.IdToken`, `ResponseType.Code`).
 */
export const RESPONSE_TYPE_ENUM_MEMBERS: Readonly<Record<string, string>> = {
  Code: 'code',
  IdToken: 'id_token',
  Token: 'token',
};

/** Members of code-challenge-method enums (expo-auth-session `CodeChallengeMethod.Plain`). */
export const CODE_CHALLENGE_METHOD_ENUM_MEMBERS: Readonly<Record<string, string>> = {
  Plain: 'plain',
  S256: 'S256',
};

/**
 * Keys that make an object, URL or parameter set an OAuth authorization request when it also
 * names a `response_type` (after camelCase keys are turned into snake_case).
 */
export const AUTHORIZATION_CONTEXT_PARAMS: ReadonlySet<string> = new Set([
  'authority',
  'client_id',
  'issuer',
  'redirect_uri',
  'redirect_url',
]);
