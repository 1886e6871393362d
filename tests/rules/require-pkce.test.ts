import type { Rule } from 'eslint';

import { RuleTester as ESLintRuleTester } from 'eslint';
import { describe } from 'vitest';

import rule from '../../rules/require-pkce.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('require-pkce', rule, {
  valid: [
    {
      name: "oidc-client-ts UserManager with code (PKCE added by the library)",
      code: `
import { UserManager } from 'oidc-client-ts';

export const userManager = new UserManager({
  authority: 'https://login.example.com',
  client_id: 'spa',
  redirect_uri: \`\${window.location.origin}/callback\`,
  response_type: 'code',
  scope: 'openid profile api',
});
`,
    },
    {
      name: "oidc-client-ts UserManager with the default response type",
      code: `
import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export const userManager = new UserManager({
  authority: import.meta.env.VITE_AUTHORITY,
  client_id: import.meta.env.VITE_CLIENT_ID,
  redirect_uri: window.location.origin,
  userStore: new WebStorageStateStore({ store: window.sessionStorage }),
});
`,
    },
    {
      name: "react-oidc-context AuthProvider settings with code",
      code: `
import { AuthProvider } from 'react-oidc-context';

const oidcConfig = {
  authority: 'https://auth.example.com/realms/app',
  client_id: 'web',
  redirect_uri: window.location.origin,
  response_type: 'code',
};

export function Root({ children }: { children: React.ReactNode }) {
  return <AuthProvider {...oidcConfig}>{children}</AuthProvider>;
}
`,
    },
    {
      name: "angular-oauth2-oidc AuthConfig with responseType code",
      code: `
import { AuthConfig } from 'angular-oauth2-oidc';

export const authCodeFlowConfig: AuthConfig = {
  issuer: 'https://idsvr4.example.com',
  redirectUri: window.location.origin + '/index.html',
  clientId: 'spa',
  responseType: 'code',
  scope: 'openid profile email offline_access api',
};
`,
    },
    {
      name: "hand-built authorize URL with an S256 code_challenge",
      code: `
export async function login(challenge: string, state: string) {
  const url =
    \`\${AUTH_SERVER}/authorize?response_type=code&client_id=\${CLIENT_ID}\` +
    \`&redirect_uri=\${encodeURIComponent(REDIRECT_URI)}&state=\${state}\` +
    \`&code_challenge=\${challenge}&code_challenge_method=S256\`;
  window.location.assign(url);
}
`,
    },
    {
      name: "URLSearchParams object with code_challenge from a variable",
      code: `
export function buildAuthorizeUrl(issuer: string, pkce: { challenge: string }, state: string) {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: process.env.CLIENT_ID!,
    redirect_uri: process.env.REDIRECT_URI!,
    scope: 'openid profile',
    state,
    code_challenge: pkce.challenge,
    code_challenge_method: 'S256',
  });
  return \`\${issuer}/oauth2/authorize?\${params}\`;
}
`,
    },
    {
      name: "URLSearchParams filled with set, including code_challenge",
      code: `
export function authorizeUrl(challenge: string) {
  const url = new URL('https://accounts.example.com/o/oauth2/v2/auth');
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', CLIENT_ID);
  url.searchParams.set('redirect_uri', REDIRECT_URI);
  url.searchParams.set('code_challenge', challenge);
  url.searchParams.set('code_challenge_method', 'S256');
  return url.toString();
}
`,
    },
    {
      name: "params object with code_challenge added later",
      code: `
export function loginUrl(verifierChallenge: string | undefined) {
  const params = new URLSearchParams({ response_type: 'code', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI });
  if (verifierChallenge) {
    params.append('code_challenge', verifierChallenge);
    params.append('code_challenge_method', 'S256');
  }
  return \`\${AUTHORIZE_ENDPOINT}?\${params.toString()}\`;
}
`,
    },
    {
      name: "authorize URL extended by a helper the rule cannot see",
      code: `
export function loginUrl(state: string) {
  const params = new URLSearchParams({ response_type: 'code', client_id: CLIENT_ID, state });
  addPkceParams(params);
  return \`\${AUTHORIZE_ENDPOINT}?\${params}\`;
}
`,
    },
    {
      name: "authorize URL with an opaque query part",
      code: `
export const loginUrl = (pkceQuery: string) =>
  \`\${ISSUER}/authorize?response_type=code&client_id=\${CLIENT_ID}&\${pkceQuery}\`;
`,
    },
    {
      name: "token endpoint request with code_verifier",
      code: `
export async function exchange(code: string, verifier: string) {
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    client_id: CLIENT_ID,
    code_verifier: verifier,
  });
  const res = await fetch(\`\${ISSUER}/oauth/token\`, { method: 'POST', body });
  return res.json();
}
`,
    },
    {
      name: "axios responseType json is not OAuth",
      code: `
import axios from 'axios';

export async function downloadReport(id: string) {
  const res = await axios.get(\`/api/reports/\${id}\`, { responseType: 'blob', params: { format: 'pdf' } });
  return res.data;
}
`,
    },
    {
      name: "Angular HttpClient responseType text",
      code: `
import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class TemplateService {
  constructor(private http: HttpClient) {}
  load(name: string) {
    return this.http.get(\`/assets/templates/\${name}.html\`, { responseType: 'text' });
  }
}
`,
    },
    {
      name: "XMLHttpRequest responseType arraybuffer",
      code: `
export function loadModel(url: string) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url);
  xhr.responseType = 'arraybuffer';
  xhr.send();
  return xhr;
}
`,
    },
    {
      name: "openid-client v6 buildAuthorizationUrl with PKCE",
      code: `
import * as client from 'openid-client';

export async function startLogin(config: client.Configuration) {
  const codeVerifier = client.randomPKCECodeVerifier();
  const code_challenge = await client.calculatePKCECodeChallenge(codeVerifier);
  const redirectTo = client.buildAuthorizationUrl(config, {
    redirect_uri: 'https://app.example.com/cb',
    scope: 'openid email',
    code_challenge,
    code_challenge_method: 'S256',
  });
  return { redirectTo, codeVerifier };
}
`,
    },
    {
      name: "openid-client v5 authorizationUrl with generators.codeChallenge",
      code: `
const { Issuer, generators } = require('openid-client');

async function login(req, res) {
  const issuer = await Issuer.discover('https://accounts.google.com');
  const client = new issuer.Client({ client_id: process.env.CLIENT_ID, redirect_uris: ['https://app.example.com/cb'], response_types: ['code'] });
  const code_verifier = generators.codeVerifier();
  req.session.code_verifier = code_verifier;
  res.redirect(client.authorizationUrl({ scope: 'openid email profile', code_challenge: generators.codeChallenge(code_verifier), code_challenge_method: 'S256' }));
}
`,
    },
    {
      name: "keycloak-js with pkceMethod S256",
      code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'app', clientId: 'web' });
await keycloak.init({ onLoad: 'check-sso', pkceMethod: 'S256', silentCheckSsoRedirectUri: \`\${location.origin}/silent-check-sso.html\` });
`,
    },
    {
      name: "okta-react signInWithRedirect without a response type",
      code: `
import { useOktaAuth } from '@okta/okta-react';

export function LoginButton() {
  const { oktaAuth } = useOktaAuth();
  const login = () => oktaAuth.signInWithRedirect({ originalUri: '/dashboard' });
  return <button onClick={login}>Sign in</button>;
}
`,
      filename: 'file.tsx',
    },
    {
      name: "okta-auth-js getWithPopup and getWithoutPrompt with the code flow",
      code: `
import { OktaAuth } from '@okta/okta-auth-js';

const oktaAuth = new OktaAuth({ issuer: ISSUER, clientId: CLIENT_ID, redirectUri: REDIRECT_URI });

export async function popupLogin() {
  const { tokens } = await oktaAuth.token.getWithPopup({ responseType: 'code', scopes: ['openid'] });
  oktaAuth.tokenManager.setTokens(tokens);
  return oktaAuth.token.getWithoutPrompt({ responseType: ['code'] });
}
`,
    },
    {
      name: "+= onto a URL that is not an authorization endpoint",
      code: `
let url = '/api/reports?page=1';
url += '&response_type=token';
fetch(url);
`,
    },
    {
      name: "okta-auth-js with the default pkce",
      code: `
import { OktaAuth } from '@okta/okta-auth-js';

export const oktaAuth = new OktaAuth({
  issuer: 'https://dev-123.okta.com/oauth2/default',
  clientId: '0oa1',
  redirectUri: window.location.origin + '/login/callback',
  scopes: ['openid', 'profile', 'email'],
  pkce: true,
});
`,
    },
    {
      name: "Auth0 SPA SDK",
      code: `
import { createAuth0Client } from '@auth0/auth0-spa-js';

export const auth0 = await createAuth0Client({
  domain: 'tenant.eu.auth0.com',
  clientId: 'abc',
  authorizationParams: { redirect_uri: window.location.origin, audience: 'https://api.example.com' },
});
`,
    },
    {
      name: "MSAL browser 2+",
      code: `
import { PublicClientApplication } from '@azure/msal-browser';

export const msalInstance = new PublicClientApplication({
  auth: { clientId: 'c1', authority: 'https://login.microsoftonline.com/common', redirectUri: '/' },
  cache: { cacheLocation: 'sessionStorage' },
});
`,
    },
    {
      name: "expo-auth-session code flow with the default PKCE",
      code: `
import { ResponseType, useAuthRequest } from 'expo-auth-session';

export function useLogin(discovery) {
  return useAuthRequest(
    { clientId: 'native', responseType: ResponseType.Code, scopes: ['openid', 'profile'], redirectUri: 'myapp://redirect' },
    discovery,
  );
}
`,
    },
    {
      name: "disablePKCE false",
      code: `
import { UserManager } from 'oidc-client-ts';

export const mgr = new UserManager({ authority: AUTHORITY, client_id: 'spa', redirect_uri: REDIRECT, disablePKCE: false });
`,
    },
    {
      name: "passport-oauth2 pkce false is its default and not reported",
      code: `
const passport = require('passport');
const OAuth2Strategy = require('passport-oauth2');

passport.use(new OAuth2Strategy({
  authorizationURL: 'https://provider.example.com/oauth2/authorize',
  tokenURL: 'https://provider.example.com/oauth2/token',
  clientID: process.env.CLIENT_ID,
  clientSecret: process.env.CLIENT_SECRET,
  callbackURL: '/auth/callback',
  pkce: false,
  state: true,
}, (accessToken, refreshToken, profile, cb) => cb(null, profile)));
`,
    },
    {
      name: "hybrid code id_token returns no access token in the front channel",
      code: `
const params = new URLSearchParams({
  response_type: 'code id_token',
  response_mode: 'form_post',
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  nonce,
  code_challenge: challenge,
  code_challenge_method: 'S256',
});
res.redirect(\`\${issuer}/authorize?\${params}\`);
`,
    },
    {
      name: "dynamic response_type from configuration",
      code: `
export function authorizeUrl(settings: { responseType: string; clientId: string }) {
  return \`\${ISSUER}/authorize?response_type=\${settings.responseType}&client_id=\${settings.clientId}\`;
}
`,
    },
    {
      name: "shadowed UserAgentApplication is not msal",
      code: `
class UserAgentApplication {
  constructor(readonly name: string) {}
}
export const app = new UserAgentApplication('crawler');
`,
    },
    {
      name: "keycloak flow implicit without keycloak import is another library's flow option",
      code: `
export const wizard = { steps: ['a', 'b'], flow: 'implicit' };
`,
    },
    {
      name: "OpenAPI security scheme description is not a request",
      code: `
export const securitySchemes = {
  oauth: {
    type: 'oauth2',
    flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/token', scopes: {} } },
  },
};
`,
    },
    {
      name: "msal-node getAuthCodeUrl is configured by the confidential client",
      code: `
import { ConfidentialClientApplication } from '@azure/msal-node';

const cca = new ConfidentialClientApplication({ auth: { clientId: ID, authority: AUTHORITY, clientSecret: SECRET } });
export async function login(req, res) {
  const url = await cca.getAuthCodeUrl({ scopes: ['user.read'], redirectUri: REDIRECT_URI });
  res.redirect(url);
}
`,
    },
    {
      name: "next-auth provider",
      code: `
import NextAuth from 'next-auth';
import KeycloakProvider from 'next-auth/providers/keycloak';

export default NextAuth({
  providers: [KeycloakProvider({ clientId: process.env.KEYCLOAK_ID!, clientSecret: process.env.KEYCLOAK_SECRET!, issuer: process.env.KEYCLOAK_ISSUER })],
});
`,
    },
    {
      name: "template with S256 through TS satisfies object",
      code: `
const params = {
  response_type: 'code',
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  code_challenge: await sha256base64url(verifier),
  code_challenge_method: 'S256',
} satisfies Record<string, string>;
window.location.href = \`\${ISSUER}/authorize?\${new URLSearchParams(params)}\`;
`,
    },
    {
      name: "Msal shadowed by a local object is not the msal package",
      code: `
const Msal = { UserAgentApplication: class { constructor(readonly config: object) {} } };
export const app = new Msal.UserAgentApplication({ auth: { clientId: 'x' } });
`,
    },
    {
      name: "Google Identity Services token client has no response_type",
      code: `
export function requestCalendarAccess() {
  const client = google.accounts.oauth2.initCodeClient({ client_id: CLIENT_ID, scope: 'https://www.googleapis.com/auth/calendar.readonly', ux_mode: 'popup', callback: (r) => sendCode(r.code) });
  client.requestCode();
}
`,
    },
    {
      name: "responseType token in a non-OAuth settings object",
      code: `
export const csrfOptions = { responseType: 'token', headerName: 'X-CSRF-Token' };
`,
    },
    {
      name: "oidc-client-ts OidcClient with code",
      code: `
import { OidcClient } from 'oidc-client-ts';

const client = new OidcClient({ authority: AUTHORITY, client_id: 'cli', redirect_uri: 'http://127.0.0.1:8400/cb', response_type: 'code' });
export const request = await client.createSigninRequest({ state: { returnTo: '/' } });
`,
    },
    {
      name: "angular-oauth2-oidc configure with responseType code",
      code: `
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';

@Injectable({ providedIn: 'root' })
export class AuthService {
  constructor(private readonly oauthService: OAuthService) {
    this.oauthService.configure({ issuer: environment.issuer, clientId: environment.clientId, redirectUri: window.location.origin, responseType: 'code', scope: 'openid profile' });
    this.oauthService.loadDiscoveryDocumentAndLogin();
  }
}
`,
    },
    {
      name: "Object.assign of an unseen object into a parameter object leaves it incomplete",
      code: `
import { extraParams } from './oauth-extra';

export function loginUrl(clientId: string) {
  const params = { response_type: 'code', client_id: clientId, redirect_uri: location.origin + '/cb' };
  Object.assign(params, extraParams);
  return \`https://auth.example.com/authorize?\${new URLSearchParams(params)}\`;
}
`,
    },
  ],
  invalid: [
    {
      name: "code flow without PKCE navigated to with location.assign in a Vue composable",
      code: `
import { ref } from 'vue';

export function useOAuthLogin() {
  const loading = ref(false);
  function login() {
    loading.value = true;
    const state = crypto.randomUUID();
    window.location.assign(\`\${import.meta.env.VITE_OAUTH_URL}/oauth/authorize?client_id=\${import.meta.env.VITE_CLIENT_ID}&response_type=code&state=\${state}\`);
  }
  return { loading, login };
}
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 9, column: 123, endLine: 9, endColumn: 141, suggestions: null }],
    },
    {
      name: "implicit flow in a template literal",
      code: `
export function login() {
  window.location.href = \`\${AUTH_URL}/authorize?client_id=\${CLIENT_ID}&response_type=token&redirect_uri=\${encodeURIComponent(REDIRECT_URI)}\`;
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 3, column: 72, endLine: 3, endColumn: 91, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "id_token token by concatenation",
      code: `
function signIn() {
  var url = authority + '/connect/authorize?response_type=id_token%20token&client_id=' + clientId + '&redirect_uri=' + redirectUri + '&nonce=' + nonce;
  window.location = url;
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 3, column: 45, endLine: 3, endColumn: 75, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "id_token only in URLSearchParams object",
      code: `
export function googleSignInUrl(nonce: string) {
  const params = new URLSearchParams({
    client_id: GOOGLE_CLIENT_ID,
    redirect_uri: \`\${window.location.origin}/auth/google\`,
    response_type: 'id_token',
    scope: 'openid email',
    nonce,
  });
  return \`https://accounts.google.com/o/oauth2/v2/auth?\${params}\`;
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 6, column: 20, endLine: 6, endColumn: 30, data: { responseType: "id_token" }, suggestions: null }],
    },
    {
      name: "url.searchParams.set response_type token",
      code: `
const url = new URL('https://login.example.com/oauth2/authorize');
url.searchParams.set('client_id', CLIENT_ID);
url.searchParams.set('response_type', 'token');
url.searchParams.set('redirect_uri', REDIRECT_URI);
window.open(url, 'login', 'width=500,height=600');
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 39, endLine: 4, endColumn: 46, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "URLSearchParams append with a computed const",
      code: `
const IMPLICIT = 'token';
const params = new URLSearchParams();
params.append('client_id', CLIENT_ID);
params.append('response_type', IMPLICIT);
location.assign(\`\${ISSUER}/authorize?\${params}\`);
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 5, column: 32, endLine: 5, endColumn: 40, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "oidc-client-ts UserManager with id_token token",
      code: `
import { UserManager } from 'oidc-client-ts';

export const userManager = new UserManager({
  authority: 'https://demo.duendesoftware.com',
  client_id: 'interactive.public',
  redirect_uri: window.location.origin + '/callback',
  response_type: 'id_token token',
  scope: 'openid profile api',
});
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 8, column: 18, endLine: 8, endColumn: 34, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "oidc-client 1.x UserManager default is id_token",
      code: `
import { UserManager } from 'oidc-client';

export const mgr = new UserManager({
  authority: 'https://sts.example.com',
  client_id: 'js',
  redirect_uri: 'https://app.example.com/callback.html',
  scope: 'openid profile',
});
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 36, endLine: 9, endColumn: 2, data: { responseType: "id_token" }, suggestions: null }],
    },
    {
      name: "oidc-client global Oidc.UserManager via window",
      code: `
var mgr = new window.Oidc.UserManager({
  authority: 'https://sts.example.com',
  client_id: 'js',
  redirect_uri: 'https://app.example.com/callback.html',
  response_type: 'id_token token',
});
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 6, column: 18, endLine: 6, endColumn: 34, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "auth0-js WebAuth with token id_token",
      code: `
import auth0 from 'auth0-js';

export const webAuth = new auth0.WebAuth({
  domain: 'tenant.auth0.com',
  clientID: 'abc123',
  redirectUri: 'http://localhost:3000/callback',
  responseType: 'token id_token',
  scope: 'openid profile',
});
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 8, column: 17, endLine: 8, endColumn: 33, data: { responseType: "token id_token" }, suggestions: null }],
    },
    {
      name: "auth0-js authorize with responseType token",
      code: `
import { WebAuth } from 'auth0-js';

const webAuth = new WebAuth({ domain: DOMAIN, clientID: CLIENT_ID });
export function login() {
  webAuth.authorize({ responseType: 'token', redirectUri: window.location.origin });
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 6, column: 37, endLine: 6, endColumn: 44, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "angular-oauth2-oidc AuthConfig without responseType",
      code: `
import { AuthConfig } from 'angular-oauth2-oidc';

export const authConfig: AuthConfig = {
  issuer: 'https://steyer-identity-server.azurewebsites.net/identity',
  redirectUri: window.location.origin + '/index.html',
  clientId: 'spa-demo',
  scope: 'openid profile email voucher',
};
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 39, endLine: 9, endColumn: 2, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "angular-oauth2-oidc AuthConfig with responseType token",
      code: `
import { AuthConfig } from 'angular-oauth2-oidc';

export const authConfig = {
  issuer: environment.issuer,
  clientId: environment.clientId,
  redirectUri: window.location.origin,
  responseType: 'token',
} satisfies AuthConfig;
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 8, column: 17, endLine: 8, endColumn: 24, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "angular-oauth2-oidc initImplicitFlow",
      code: `
import { Component } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';

@Component({ selector: 'app-login', template: '<button (click)="login()">Login</button>' })
export class LoginComponent {
  constructor(private oauthService: OAuthService) {}
  login() {
    this.oauthService.initImplicitFlow();
  }
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 9, column: 5, endLine: 9, endColumn: 41, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "angular-oauth2-oidc disablePKCE",
      code: `
import { AuthConfig } from 'angular-oauth2-oidc';

export const authConfig: AuthConfig = {
  issuer: 'https://sso.example.com/realms/app',
  clientId: 'web',
  redirectUri: window.location.origin,
  responseType: 'code',
  disablePKCE: true,
};
`,
      output: null,
      errors: [{ messageId: 'pkceDisabled', line: 9, column: 3, endLine: 9, endColumn: 20, data: { option: "disablePKCE: true" }, suggestions: null }],
    },
    {
      name: "oidc-client-ts disablePKCE",
      code: `
import { UserManager } from 'oidc-client-ts';

export const mgr = new UserManager({ authority: AUTHORITY, client_id: 'spa', redirect_uri: REDIRECT, disablePKCE: true });
`,
      output: null,
      errors: [{ messageId: 'pkceDisabled', line: 4, column: 102, endLine: 4, endColumn: 119, data: { option: "disablePKCE: true" }, suggestions: null }],
    },
    {
      name: "MSAL 1.x UserAgentApplication",
      code: `
import * as Msal from 'msal';

export const msalInstance = new Msal.UserAgentApplication({
  auth: { clientId: 'c1', authority: 'https://login.microsoftonline.com/common' },
});
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 29, endLine: 6, endColumn: 3, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "MSAL 1.x UserAgentApplication by require",
      code: `
const { UserAgentApplication } = require('msal');

const app = new UserAgentApplication({ auth: { clientId: process.env.CLIENT_ID } });
module.exports = app;
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 13, endLine: 4, endColumn: 84, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "expo-auth-session ResponseType.Token",
      code: `
import * as AuthSession from 'expo-auth-session';

export function useSpotifyLogin(discovery) {
  return AuthSession.useAuthRequest(
    { clientId: SPOTIFY_ID, responseType: AuthSession.ResponseType.Token, scopes: ['user-read-email'], redirectUri: AuthSession.makeRedirectUri() },
    discovery,
  );
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 6, column: 43, endLine: 6, endColumn: 73, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "expo-auth-session usePKCE false",
      code: `
import { useAuthRequest } from 'expo-auth-session';

export function useLogin(discovery) {
  return useAuthRequest({ clientId: 'native', scopes: ['openid'], redirectUri: 'app://cb', usePKCE: false }, discovery);
}
`,
      output: null,
      errors: [{ messageId: 'pkceDisabled', line: 5, column: 92, endLine: 5, endColumn: 106, data: { option: "usePKCE: false" }, suggestions: null }],
    },
    {
      name: "keycloak-js pkceMethod false",
      code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'app', clientId: 'web' });
keycloak.init({ onLoad: 'login-required', pkceMethod: false });
`,
      output: null,
      errors: [{ messageId: 'pkceDisabled', line: 5, column: 43, endLine: 5, endColumn: 60, data: { option: "pkceMethod: false" }, suggestions: null }],
    },
    {
      name: "keycloak-js implicit flow",
      code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak('/keycloak.json');
keycloak.init({ onLoad: 'check-sso', flow: 'implicit' });
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 5, column: 38, endLine: 5, endColumn: 54, data: { responseType: "id_token token" }, suggestions: null }],
    },
    {
      name: "Okta pkce false",
      code: `
import { OktaAuth } from '@okta/okta-auth-js';

export const oktaAuth = new OktaAuth({ issuer: ISSUER, clientId: CLIENT_ID, redirectUri: REDIRECT_URI, pkce: false });
`,
      output: null,
      errors: [{ messageId: 'pkceDisabled', line: 4, column: 104, endLine: 4, endColumn: 115, data: { option: "pkce: false" }, suggestions: null }],
    },
    {
      name: "code_challenge_method plain",
      code: `
export function authorizeUrl(verifier: string) {
  const params = new URLSearchParams({
    response_type: 'code',
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    code_challenge: verifier,
    code_challenge_method: 'plain',
  });
  return \`\${ISSUER}/authorize?\${params}\`;
}
`,
      output: null,
      errors: [{ messageId: 'plainPkce', line: 8, column: 28, endLine: 8, endColumn: 35, suggestions: null }],
    },
    {
      name: "code_challenge_method plain in a URL",
      code: `
export const authorizeUrl = (verifier: string) =>
  \`\${ISSUER}/oauth2/authorize?response_type=code&client_id=\${CLIENT_ID}&code_challenge=\${verifier}&code_challenge_method=plain\`;
`,
      output: null,
      errors: [{ messageId: 'plainPkce', line: 3, column: 100, endLine: 3, endColumn: 127, suggestions: null }],
    },
    {
      name: "code_challenge without code_challenge_method defaults to plain",
      code: `
export function redirectToLogin(challenge: string) {
  window.location.href = \`\${ISSUER}/authorize?response_type=code&client_id=\${CLIENT_ID}&redirect_uri=\${REDIRECT_URI}&code_challenge=\${challenge}\`;
}
`,
      output: null,
      errors: [{ messageId: 'plainPkce', line: 3, column: 135, endLine: 3, endColumn: 144, suggestions: null }],
    },
    {
      name: "hand-built code flow URL without PKCE",
      code: `
export function login(state: string) {
  window.location.href = \`\${issuer}/authorize?response_type=code&client_id=\${clientId}&redirect_uri=\${encodeURIComponent(redirectUri)}&state=\${state}\`;
}
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 3, column: 47, endLine: 3, endColumn: 65, suggestions: null }],
    },
    {
      name: "Express route builds a code flow URL without PKCE",
      code: `
import express from 'express';
import crypto from 'node:crypto';

const router = express.Router();
router.get('/login', (req, res) => {
  const state = crypto.randomBytes(16).toString('hex');
  req.session.state = state;
  const params = new URLSearchParams({ response_type: 'code', client_id: process.env.CLIENT_ID!, redirect_uri: process.env.CALLBACK_URL!, scope: 'openid email', state });
  res.redirect(\`https://github.com/login/oauth/authorize?\${params}\`);
});
export default router;
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 9, column: 55, endLine: 9, endColumn: 61, suggestions: null }],
    },
    {
      name: "Next.js route handler with a held params object",
      code: `
import { NextResponse } from 'next/server';

export async function GET() {
  const query = {
    response_type: 'code',
    client_id: process.env.OAUTH_CLIENT_ID as string,
    redirect_uri: \`\${process.env.APP_URL}/api/auth/callback\`,
    scope: 'openid profile',
  };
  return NextResponse.redirect(\`\${process.env.OAUTH_ISSUER}/authorize?\${new URLSearchParams(query).toString()}\`);
}
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 6, column: 20, endLine: 6, endColumn: 26, suggestions: null }],
    },
    {
      name: "openid-client v5 authorizationUrl without code_challenge",
      code: `
import { Issuer, generators } from 'openid-client';

export async function login(req, res) {
  const issuer = await Issuer.discover(process.env.ISSUER_URL);
  const client = new issuer.Client({ client_id: process.env.CLIENT_ID, client_secret: process.env.CLIENT_SECRET, redirect_uris: [CALLBACK] });
  const state = generators.state();
  req.session.state = state;
  res.redirect(client.authorizationUrl({ scope: 'openid email profile', state }));
}
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 9, column: 40, endLine: 9, endColumn: 80, suggestions: null }],
    },
    {
      name: "openid-client v6 buildAuthorizationUrl without code_challenge",
      code: `
import * as oidc from 'openid-client';

export async function loginUrl(config: oidc.Configuration) {
  const parameters: Record<string, string> = { redirect_uri: CALLBACK, scope: 'openid email', state: oidc.randomState() };
  return oidc.buildAuthorizationUrl(config, parameters);
}
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 5, column: 46, endLine: 5, endColumn: 122, suggestions: null }],
    },
    {
      name: "openid-client v5 authorizationUrl with id_token response type",
      code: `
const { Issuer } = require('openid-client');

async function start(client, res) {
  res.redirect(client.authorizationUrl({ scope: 'openid', response_type: 'id_token', response_mode: 'form_post', nonce: 'n' }));
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 5, column: 74, endLine: 5, endColumn: 84, data: { responseType: "id_token" }, suggestions: null }],
    },
    {
      name: "simple-oauth2 authorizeURL without code_challenge",
      code: `
const { AuthorizationCode } = require('simple-oauth2');

const client = new AuthorizationCode(config);
app.get('/auth', (req, res) => {
  const authorizationUri = client.authorizeURL({ redirect_uri: 'http://localhost:3000/callback', scope: 'notifications', state: '3(#0/!~' });
  res.redirect(authorizationUri);
});
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 6, column: 48, endLine: 6, endColumn: 140, suggestions: null }],
    },
    {
      name: "plain string literal URL with response_type token",
      code: `
export const LOGIN_URL = 'https://login.example.com/oauth/authorize?client_id=web&response_type=token&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb';
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 2, column: 83, endLine: 2, endColumn: 102, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "code token hybrid exposes the access token",
      code: `
const authorizeUrl = \`\${ISSUER}/connect/authorize?client_id=\${CLIENT_ID}&response_type=\${encodeURIComponent('code token')}&redirect_uri=\${REDIRECT}\`;
export default authorizeUrl;
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 2, column: 72, endLine: 2, endColumn: 90, data: { responseType: "code token" }, suggestions: null }],
    },
    {
      name: "Vue composable with response_type as TS as const",
      code: `
import { ref } from 'vue';

export function useImplicitLogin() {
  const loading = ref(false);
  const login = () => {
    loading.value = true;
    const params = new URLSearchParams({ client_id: CLIENT_ID, redirect_uri: REDIRECT, response_type: 'token' as const, scope: 'read' });
    window.location.replace(\`\${AUTH}/authorize?\` + params.toString());
  };
  return { loading, login };
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 8, column: 103, endLine: 8, endColumn: 119, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "okta-auth-js token.getWithRedirect with the implicit response type",
      code: `
import { OktaAuth } from '@okta/okta-auth-js';

const oktaAuth = new OktaAuth({ issuer: ISSUER, clientId: CLIENT_ID, redirectUri: REDIRECT_URI });

export async function ensureSignedIn() {
  const authState = await oktaAuth.authStateManager.getAuthState();
  if (!authState?.isAuthenticated) oktaAuth.token.getWithRedirect({ responseType: 'token id_token', scopes: ['openid', 'profile'] });
}
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 8, column: 83, endLine: 8, endColumn: 99, data: { responseType: "token id_token" }, suggestions: null }],
    },
    {
      name: "Nuxt server route sendRedirect to a code request without PKCE",
      code: `
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig();
  const state = crypto.randomUUID();
  setCookie(event, 'oauth_state', state, { httpOnly: true, secure: true });
  return sendRedirect(event, \`\${config.issuer}/oauth/authorize?response_type=code&client_id=\${config.clientId}&state=\${state}\`);
});
`,
      output: null,
      errors: [{ messageId: 'missingPkce', line: 6, column: 64, endLine: 6, endColumn: 82, suggestions: null }],
    },
    {
      name: "implicit flow appended to an authorize URL with +=",
      code: `
document.getElementById('login').addEventListener('click', () => {
  let url = 'https://accounts.spotify.com/authorize';
  url += '?response_type=token';
  url += '&client_id=' + encodeURIComponent(CLIENT_ID);
  window.location = url;
});
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 12, endLine: 4, endColumn: 31, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "spread base settings resolved",
      code: `
import { UserManager } from 'oidc-client-ts';

const base = { authority: AUTHORITY, client_id: CLIENT_ID, redirect_uri: REDIRECT };
export const mgr = new UserManager({ ...base, response_type: 'token' });
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 5, column: 62, endLine: 5, endColumn: 69, data: { responseType: "token" }, suggestions: null }],
    },
    {
      name: "oidc-client 1.x OidcClient default response type",
      code: `
const { OidcClient } = require('oidc-client');

const client = new OidcClient({ authority: AUTHORITY, client_id: 'js', redirect_uri: REDIRECT_URI, scope: 'openid' });
client.createSigninRequest().then((req) => { window.location = req.url; });
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 31, endLine: 4, endColumn: 117, data: { responseType: "id_token" }, suggestions: null }],
    },
    {
      name: "angular-oauth2-oidc new AuthConfig with requestAccessToken false",
      code: `
import { AuthConfig } from 'angular-oauth2-oidc';

export const config = new AuthConfig({
  issuer: 'https://accounts.google.com',
  clientId: GOOGLE_CLIENT_ID,
  redirectUri: window.location.origin,
  requestAccessToken: false,
  strictDiscoveryDocumentValidation: false,
});
`,
      output: null,
      errors: [{ messageId: 'implicitFlow', line: 4, column: 38, endLine: 10, endColumn: 2, data: { responseType: "id_token" }, suggestions: null }],
    },
  ],
});

describe('default parser', () => {
  const tester = new ESLintRuleTester();
  tester.run('require-pkce', rule as unknown as Rule.RuleModule, {
    valid: [
      {
        name: 'script-tag oidc-client with code',
        code: `
var mgr = new Oidc.UserManager({ authority: 'https://sts.example.com', client_id: 'js', redirect_uri: location.origin + '/cb', response_type: 'code' });
`,
      },
    ],
    invalid: [
      {
        name: 'script-tag Msal.UserAgentApplication',
        code: `
var app = new Msal.UserAgentApplication({ auth: { clientId: 'c1' } });
`,
        errors: [{ messageId: 'implicitFlow', line: 2, column: 11, endLine: 2, endColumn: 70 }],
      },
      {
        name: 'implicit flow URL in plain JavaScript',
        code: `
location.href = authority + '/authorize?response_type=token&client_id=' + clientId;
`,
        errors: [{ messageId: 'implicitFlow', line: 2, column: 41, endLine: 2, endColumn: 60 }],
      },
    ],
  });
});
