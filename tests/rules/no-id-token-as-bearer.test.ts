import type { Rule } from 'eslint';

import { RuleTester as ESLintRuleTester } from 'eslint';
import { describe } from 'vitest';

import rule from '../../rules/no-id-token-as-bearer.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('no-id-token-as-bearer', rule, {
  valid: [
    {
      name: 'react-oidc-context access token',
      code: `
import { useAuth } from 'react-oidc-context';

export function useOrders() {
  const auth = useAuth();
  return () => fetch('/api/orders', { headers: { Authorization: \`Bearer \${auth.user?.access_token}\` } });
}
`,
    },
    {
      name: 'openid-client v6 access token with got',
      code: `
import * as client from 'openid-client';
import got from 'got';

export async function handleCallback(config: client.Configuration, currentUrl: URL) {
  const tokens = await client.authorizationCodeGrant(config, currentUrl);
  return got('https://api.example.com/me', { headers: { authorization: \`Bearer \${tokens.access_token}\` } }).json();
}
`,
    },
    {
      name: 'next-auth session.accessToken in a route handler',
      code: `
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

export async function GET() {
  const session = await getServerSession(authOptions);
  return fetch(\`\${process.env.API_URL}/invoices\`, { headers: { Authorization: \`Bearer \${session?.accessToken}\` } });
}
`,
    },
    {
      name: 'next-auth jwt callback stores account tokens',
      code: `
export const authOptions = {
  callbacks: {
    async jwt({ token, account }) {
      if (account) {
        token.idToken = account.id_token;
        token.accessToken = account.access_token;
        const res = await fetch('https://api.example.com/users/sync', { headers: { Authorization: \`Bearer \${account.access_token}\` } });
        token.roles = (await res.json()).roles;
      }
      return token;
    },
  },
};
`,
    },
    {
      name: 'Auth0 getAccessTokenSilently',
      code: `
import { useAuth0 } from '@auth0/auth0-react';

export function useApi() {
  const { getAccessTokenSilently } = useAuth0();
  return async (path: string) => {
    const token = await getAccessTokenSilently({ authorizationParams: { audience: 'https://api.example.com' } });
    return fetch(\`/api\${path}\`, { headers: { Authorization: \`Bearer \${token}\` } });
  };
}
`,
    },
    {
      name: 'Auth0 getTokenSilently detailedResponse access_token',
      code: `
import { Auth0Client } from '@auth0/auth0-spa-js';

const auth0 = new Auth0Client({ domain, clientId });

export async function callApi() {
  const { access_token } = await auth0.getTokenSilently({ detailedResponse: true });
  return fetch('/api/private', { headers: { Authorization: \`Bearer \${access_token}\` } });
}
`,
    },
    {
      name: 'MSAL accessToken',
      code: `
import { PublicClientApplication } from '@azure/msal-browser';

const msalInstance = new PublicClientApplication(msalConfig);

export async function callGraph() {
  const result = await msalInstance.acquireTokenSilent({ scopes: ['User.Read'], account: msalInstance.getAllAccounts()[0] });
  return fetch('https://graph.microsoft.com/v1.0/me', { headers: { Authorization: \`Bearer \${result.accessToken}\` } });
}
`,
    },
    {
      name: 'Amplify v6 accessToken toString',
      code: `
import { fetchAuthSession } from 'aws-amplify/auth';

export async function listNotes() {
  const accessToken = (await fetchAuthSession()).tokens?.accessToken?.toString();
  return fetch(\`\${API_URL}/notes\`, { headers: { Authorization: \`Bearer \${accessToken}\` } });
}
`,
    },
    {
      name: 'Amplify v5 getAccessToken getJwtToken',
      code: `
import { Auth } from 'aws-amplify';

export async function getOrders() {
  const session = await Auth.currentSession();
  return axios.get('/orders', { headers: { Authorization: \`Bearer \${session.getAccessToken().getJwtToken()}\` } });
}
`,
    },
    {
      name: 'Okta authState accessToken.accessToken',
      code: `
import { useOktaAuth } from '@okta/okta-react';

export function useMessages() {
  const { authState, oktaAuth } = useOktaAuth();
  return async () => {
    const a = await fetch('/api/messages', { headers: { Authorization: \`Bearer \${authState?.accessToken?.accessToken}\` } });
    const b = await fetch('/api/inbox', { headers: { Authorization: \`Bearer \${oktaAuth.getAccessToken()}\` } });
    return [a, b];
  };
}
`,
    },
    {
      name: 'Keycloak token with non-null assertion',
      code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak({ url, realm, clientId });

export async function loadProjects() {
  await keycloak.updateToken(30);
  return fetch('/api/projects', { headers: { Authorization: \`Bearer \${keycloak.token!}\` } });
}
`,
    },
    {
      name: 'keycloak-angular getToken',
      code: `
import { KeycloakService } from 'keycloak-angular';

@Injectable()
export class ApiService {
  constructor(private readonly keycloak: KeycloakService, private readonly http: HttpClient) {}
  async list() {
    const token = await this.keycloak.getToken();
    const headers = new HttpHeaders().set('Authorization', \`Bearer \${token}\`);
    return this.http.get('/api/items', { headers });
  }
}
`,
    },
    {
      name: 'angular-oauth2-oidc getAccessToken interceptor',
      code: `
import { OAuthService } from 'angular-oauth2-oidc';

@Injectable()
export class AuthInterceptor implements HttpInterceptor {
  constructor(private readonly oauthService: OAuthService) {}
  intercept(req: HttpRequest<unknown>, next: HttpHandler) {
    return next.handle(req.clone({ setHeaders: { Authorization: \`Bearer \${this.oauthService.getAccessToken()}\` } }));
  }
}
`,
    },
    {
      name: 'Supabase access_token with nested destructuring',
      code: `
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(url, anonKey);

export async function callEdgeFunction() {
  const {
    data: { session },
  } = await supabase.auth.getSession();
  return fetch(\`\${url}/functions/v1/report\`, { headers: { Authorization: \`Bearer \${session?.access_token}\` } });
}
`,
    },
    {
      name: 'Supabase provider_token to the upstream API',
      code: `
export async function listRepos(session: Session) {
  return fetch('https://api.github.com/user/repos', { headers: { Authorization: \`Bearer \${session.provider_token}\` } });
}
`,
    },
    {
      name: 'localStorage access_token in an axios interceptor',
      code: `
import axios from 'axios';

axios.interceptors.request.use((config) => {
  const accessToken = localStorage.getItem('access_token');
  if (accessToken) config.headers.Authorization = \`Bearer \${accessToken}\`;
  return config;
});
`,
    },
    {
      name: 'Firebase user.getIdToken to own backend',
      code: `
import { getAuth, onAuthStateChanged } from 'firebase/auth';

onAuthStateChanged(getAuth(), async (user) => {
  if (!user) return;
  const idToken = await user.getIdToken();
  await fetch('/api/me', { headers: { Authorization: \`Bearer \${idToken}\` } });
});
`,
    },
    {
      name: 'Firebase getIdToken function form with axios',
      code: `
import { getIdToken } from 'firebase/auth';
import axios from 'axios';

export async function authorizedAxios(user: User) {
  const token = await getIdToken(user, true);
  return axios.create({ baseURL: '/api', headers: { Authorization: \`Bearer \${token}\` } });
}
`,
    },
    {
      name: 'google-auth-library getIdTokenClient getRequestHeaders',
      code: `
import { GoogleAuth } from 'google-auth-library';

const auth = new GoogleAuth();

export async function callReportingService(url: string) {
  const client = await auth.getIdTokenClient(url);
  const headers = await client.getRequestHeaders();
  const res = await fetch(url, { headers });
  return res.json();
}
`,
    },
    {
      name: 'google-auth-library fetchIdToken as bearer',
      code: `
import { GoogleAuth } from 'google-auth-library';

const auth = new GoogleAuth();

export async function invokeWorker(audience: string, payload: unknown) {
  const client = await auth.getIdTokenClient(audience);
  const idToken = await client.idTokenProvider.fetchIdToken(audience);
  return fetch(audience, {
    method: 'POST',
    headers: { Authorization: \`Bearer \${idToken}\`, 'Content-Type': 'application/json' },
    body: JSON.stringify(payload),
  });
}
`,
    },
    {
      name: 'Google metadata server identity token',
      code: `
const METADATA_URL = 'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity';

export async function callPrivateService(serviceUrl: string) {
  const res = await fetch(\`\${METADATA_URL}?audience=\${serviceUrl}\`, { headers: { 'Metadata-Flavor': 'Google' } });
  const idToken = await res.text();
  return fetch(\`\${serviceUrl}/tasks\`, { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`,
    },
    {
      name: 'Google metadata server identity token by concatenation',
      code: `
export async function callService(aud: string) {
  const tokenResponse = await fetch(
    'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity?audience=' + aud,
    { headers: { 'Metadata-Flavor': 'Google' } },
  );
  const idToken = await tokenResponse.text();
  return fetch(aud, { headers: { Authorization: 'Bearer ' + idToken } });
}
`,
    },
    {
      name: 'GIS credential POSTed in a body',
      code: `
window.google.accounts.id.initialize({
  client_id: GOOGLE_CLIENT_ID,
  callback: async (response) => {
    await fetch('/api/auth/google', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ credential: response.credential }),
    });
  },
});
`,
    },
    {
      name: 'GIS credential as bearer to own backend',
      code: `
google.accounts.id.initialize({
  client_id: GOOGLE_CLIENT_ID,
  callback: (response) =>
    fetch('/api/session', { method: 'POST', headers: { Authorization: \`Bearer \${response.credential}\` } }),
});
`,
    },
    {
      name: 'react-oauth google GoogleLogin onSuccess',
      code: `
import { GoogleLogin } from '@react-oauth/google';

export function SignIn() {
  return (
    <GoogleLogin
      onSuccess={(credentialResponse) =>
        fetch('/api/auth/google', { headers: { Authorization: \`Bearer \${credentialResponse.credential}\` } })
      }
    />
  );
}
`,
    },
    {
      name: 'ID token in a POST body to own session endpoint',
      code: `
export async function startSession(user: User) {
  return fetch('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: \`Bearer \${user.access_token}\` },
    body: JSON.stringify({ idToken: user.id_token }),
  });
}
`,
    },
    {
      name: 'id_token_hint in a logout URL',
      code: `
export function logout(tokens: TokenSet) {
  const url = new URL(\`\${ISSUER}/protocol/openid-connect/logout\`);
  url.searchParams.set('id_token_hint', tokens.id_token ?? '');
  url.searchParams.set('post_logout_redirect_uri', window.location.origin);
  window.location.assign(url.toString());
}
`,
    },
    {
      name: 'CSRF token header next to the access token',
      code: `
export async function saveProfile(profile: Profile, csrfToken: string, accessToken: string) {
  return fetch('/api/profile', {
    method: 'PUT',
    headers: { 'X-CSRF-Token': csrfToken, Authorization: \`Bearer \${accessToken}\` },
    body: JSON.stringify(profile),
  });
}
`,
    },
    {
      name: 'pagination token in a bearer-looking header',
      code: `
export async function nextPage(pageToken: string) {
  return fetch('/api/search', { headers: { Authorization: \`Bearer \${pageToken}\` } });
}
`,
    },
    {
      name: 'API key as bearer',
      code: `
import OpenAI from 'openai';

export async function complete(prompt: string) {
  return fetch('https://api.openai.com/v1/chat/completions', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${process.env.OPENAI_API_KEY}\` },
    body: JSON.stringify({ model: 'gpt-4o', messages: [{ role: 'user', content: prompt }] }),
  });
}
`,
    },
    {
      name: 'Basic auth to a token endpoint',
      code: `
export async function clientCredentials() {
  const res = await fetch(\`\${ISSUER}/oauth/token\`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + btoa(\`\${CLIENT_ID}:\${CLIENT_SECRET}\`) },
    body: new URLSearchParams({ grant_type: 'client_credentials' }),
  });
  const { access_token } = await res.json();
  return fetch('/api/jobs', { headers: { Authorization: \`Bearer \${access_token}\` } });
}
`,
    },
    {
      name: 'idTokenExpiresAt is not a token',
      code: `
export function sessionHeaders(session: { accessToken: string; idTokenExpiresAt: number }) {
  const idTokenExpiresAt = session.idTokenExpiresAt;
  return {
    Authorization: \`Bearer \${session.accessToken}\`,
    'X-Session-Expires': String(idTokenExpiresAt),
  };
}
`,
    },
    {
      name: 'generic token of unknown kind',
      code: `
import { getToken } from './auth';

export async function apiGet(path: string) {
  const token = await getToken();
  return fetch(path, { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
    },
    {
      name: 'ID token verified on the server',
      code: `
import { getAuth } from 'firebase-admin/auth';

export async function requireUser(req, res, next) {
  const header = req.headers.authorization ?? '';
  const idToken = header.startsWith('Bearer ') ? header.slice(7) : '';
  try {
    req.user = await getAuth().verifyIdToken(idToken);
    next();
  } catch {
    res.status(401).end();
  }
}
`,
    },
    {
      name: 'google-auth-library verifyIdToken of a GIS credential',
      code: `
import { OAuth2Client } from 'google-auth-library';

const client = new OAuth2Client(CLIENT_ID);

export async function POST(request: Request) {
  const { credential } = await request.json();
  const ticket = await client.verifyIdToken({ idToken: credential, audience: CLIENT_ID });
  return Response.json({ email: ticket.getPayload()?.email });
}
`,
    },
    {
      name: 'refresh token sent to the token endpoint in a body',
      code: `
export async function refresh(tokens: TokenSet) {
  const res = await fetch(\`\${ISSUER}/oauth/token\`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token!, client_id: CLIENT_ID }),
  });
  return res.json();
}
`,
    },
    {
      name: 'openid-client end session url',
      code: `
export function logoutUrl(client, tokenSet) {
  return client.endSessionUrl({ id_token_hint: tokenSet.id_token, post_logout_redirect_uri: APP_URL });
}
`,
    },
    {
      name: 'Supabase signInWithIdToken with a GIS credential',
      code: `
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(url, anonKey);

export async function handleCredentialResponse(response: { credential: string }) {
  await supabase.auth.signInWithIdToken({ provider: 'google', token: response.credential });
}
`,
    },
    {
      name: 'DPoP scheme is not bearer',
      code: `
export async function callWithDpop(accessToken: string, proof: string) {
  return fetch('/api/resource', { headers: { Authorization: \`DPoP \${accessToken}\`, DPoP: proof } });
}
`,
    },
    {
      name: 'proxy passes the incoming Authorization header through',
      code: `
export async function proxy(req, res) {
  const upstream = await fetch(\`\${BACKEND}\${req.url}\`, { headers: { Authorization: req.headers.authorization ?? '' } });
  res.status(upstream.status).send(await upstream.text());
}
`,
    },
    {
      name: 'superagent with an access token',
      code: `
import request from 'superagent';

export function fetchInvoices(user: User) {
  return request.get('/api/invoices').auth(user.access_token, { type: 'bearer' });
}
`,
    },
    {
      name: 'jQuery ajaxSetup with access token',
      code: `
$.ajaxSetup({
  beforeSend(xhr) {
    xhr.setRequestHeader('Authorization', 'Bearer ' + localStorage.getItem('access_token'));
  },
});
`,
    },
    {
      name: 'push device token in a bearer header',
      code: `
export async function registerDevice(deviceToken: string) {
  return fetch('/api/devices', { method: 'POST', headers: { Authorization: \`Bearer \${deviceToken}\` } });
}
`,
    },
    {
      name: 'ID token claims used for display only',
      code: `
import { useAuth } from 'react-oidc-context';

export function Greeting() {
  const auth = useAuth();
  const idTokenClaims = auth.user?.profile;
  return <p>Hello {idTokenClaims?.name}</p>;
}
`,
    },
    {
      name: 'Authorization header with Auth0 nextjs getAccessToken',
      code: `
import { getAccessToken } from '@auth0/nextjs-auth0';

export async function GET() {
  const { accessToken } = await getAccessToken();
  return fetch(\`\${process.env.API_URL}/orders\`, { headers: { Authorization: \`Bearer \${accessToken}\` } });
}
`,
    },
    {
      name: 'refresh tokens ignored when the option is off (run with checkRefreshTokens false)',
      code: `
export function callWithRefresh(tokens: TokenSet) {
  return fetch('/api/me', { headers: { Authorization: \`Bearer \${tokens.refresh_token}\` } });
}
`,
      options: [{ checkRefreshTokens: false }],
    },
    {
      name: 'Apollo setContext with an access token',
      code: `
import { setContext } from '@apollo/client/link/context';

export const authLink = setContext(async (_, { headers }) => {
  const session = await fetchAuthSession();
  const accessToken = session.tokens?.accessToken?.toString();
  return { headers: { ...headers, authorization: accessToken ? \`Bearer \${accessToken}\` : '' } };
});
`,
    },
    {
      name: 'ID token stored as an X-ID-Token header beside the access token',
      code: `
export function headersFor(user: User) {
  return { Authorization: \`Bearer \${user.access_token}\`, 'X-Id-Token-Present': String(Boolean(user.id_token)) };
}
`,
    },
    {
      name: 'Firebase helper on auth.currentUser without an import of firebase',
      code: `
import { auth } from './firebase';
const getAuthToken = async () => auth.currentUser?.getIdToken();
export async function api(path) {
  const token = await getAuthToken();
  return fetch(path, { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
    },
    {
      name: 'Firebase getIdToken().then callback',
      code: `
import { getAuth } from 'firebase/auth';
export const f = () => getAuth().currentUser.getIdToken().then((token) => fetch('/x', { headers: { Authorization: \`Bearer \${token}\` } }));
`,
    },
    {
      name: 'Capacitor Firebase getIdToken',
      code: `
import { FirebaseAuthentication } from '@capacitor-firebase/authentication';
export async function f() {
  const { token } = await FirebaseAuthentication.getIdToken();
  return fetch('/x', { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
    },
    {
      name: 'angular-auth-oidc-client getAccessToken in pipe',
      code: `
export class I { intercept(req, next) { return this.oidc.getAccessToken().pipe(switchMap((token) => next.handle(req.clone({ setHeaders: { Authorization: \`Bearer \${token}\` } })))); } }
`,
    },
    {
      name: 'Claim of an ID token is not the token',
      code: `
export function f(session) {
  const idToken = session.tokens?.idToken;
  return fetch('/x', { headers: { Authorization: \`Bearer \${idToken?.payload.sub}\` } });
}
`,
    },
    {
      name: 'Access token stored in a variable named idToken',
      code: `
import { useAuth0 } from '@auth0/auth0-react';
export function useX() {
  const { getAccessTokenSilently } = useAuth0();
  return async () => {
    const idToken = await getAccessTokenSilently();
    return fetch('/x', { headers: { Authorization: \`Bearer \${idToken}\` } });
  };
}
`,
    },
    {
      name: 'Refresh token sent to the own refresh endpoint',
      code: `
export async function refreshSession(refreshToken: string) {
  const res = await axios.post('/auth/refresh', {}, { headers: { Authorization: \`Bearer \${refreshToken}\` } });
  return res.data;
}
`,
    },
    {
      name: 'Refresh token sent to a refresh URL named in the request config',
      code: `
export async function renewSession() {
  const refreshToken = await store.get('refresh_token');
  const { data } = await axios({ url: \`\${import.meta.env.VITE_API_URL}/auth/refresh\`, method: 'GET', headers: { Authorization: \`Bearer \${refreshToken}\` } });
  return data;
}
`,
    },
    {
      name: 'Refresh token sent to a reissue endpoint (axios interceptor)',
      code: `
export async function reissue() {
  const refreshToken = localStorage.getItem('refreshToken');
  const response = await axios.post(\`\${import.meta.env.VITE_API_URL}/api/v1/auth/reissue\`, {}, { headers: { Authorization: \`Bearer \${refreshToken}\` } });
  return response.data.accessToken;
}
`,
    },
    {
      name: 'class field assigned the access token in a method',
      code: `
import type { User } from 'oidc-client-ts';

export class Api {
  private token = '';

  setUser(user: User) {
    this.token = user.access_token;
  }

  logout() {
    this.token = '';
  }

  get(path: string) {
    return fetch(path, { headers: { Authorization: \`Bearer \${this.token}\` } });
  }
}
`,
    },
    {
      name: 'React state holding the Firebase ID token set through then',
      code: `
import { useEffect, useState } from 'react';
import { onAuthStateChanged } from 'firebase/auth';
import { auth } from './firebase';

export function useApi() {
  const [idToken, setIdToken] = useState<string | null>(null);
  useEffect(() => onAuthStateChanged(auth, (user) => { user?.getIdToken().then(setIdToken); }), []);
  return (url: string) => fetch(url, { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`,
    },
    {
      name: 'supertest sends the refresh token to the refresh route',
      code: `
it('refreshes', async () => {
  const { refreshToken } = await login();
  await request(app).post('/auth/refresh-token').set('Authorization', \`Bearer \${refreshToken}\`).expect(200);
});
`,
    },
    {
      name: 'Metadata identity token read through then and a helper',
      code: `
export const getIdentity = (aud) => fetch(\`http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity?audience=\${aud}\`, { headers: { 'Metadata-Flavor': 'Google' } }).then((r) => r.text());
export async function call(aud) {
  const token = await getIdentity(aud);
  return fetch(aud, { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
    },
    {
      name: 'Metadata identity token read with axios data',
      code: `
export async function call(aud) {
  const { data: idToken } = await axios.get(\`http://metadata/computeMetadata/v1/instance/service-accounts/default/identity?audience=\${aud}\`, { headers: { 'Metadata-Flavor': 'Google' } });
  return axios.post(aud, {}, { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`,
    },
    {
      name: 'GIS callback passed by reference',
      code: `
function handleCredentialResponse(response) {
  fetch('/api/auth/google', { method: 'POST', headers: { Authorization: \`Bearer \${response.credential}\` } });
}
google.accounts.id.initialize({ client_id: CLIENT_ID, callback: handleCredentialResponse });
`,
    },
    {
      name: 'Firebase getIdTokenResult token to own backend',
      code: `
import { getAuth } from 'firebase/auth';

export async function adminFetch(path: string) {
  const result = await getAuth().currentUser!.getIdTokenResult();
  if (!result.claims.admin) throw new Error('forbidden');
  return fetch(path, { headers: { Authorization: \`Bearer \${result.token}\` } });
}
`,
    },
    {
      name: 'MSAL ssoSilent access token',
      code: `
import { PublicClientApplication } from '@azure/msal-browser';

const msalInstance = new PublicClientApplication(msalConfig);

export async function silentSignIn(loginHint: string) {
  const result = await msalInstance.ssoSilent({ scopes: ['api://orders/Orders.Read'], loginHint });
  return fetch('/api/orders', { headers: { Authorization: \`Bearer \${result.accessToken}\` } });
}
`,
    },
  ],
  invalid: [
    {
      name: 'Auth0 React: raw ID token claims while getAccessTokenSilently is in scope',
      code: `
import { useAuth0 } from '@auth0/auth0-react';
import { useCallback } from 'react';

export function useAuditLog() {
  const { getAccessTokenSilently, getIdTokenClaims } = useAuth0();
  return useCallback(async () => {
    const claims = await getIdTokenClaims();
    return fetch('/api/audit', { headers: { Authorization: \`Bearer \${claims?.__raw}\` } });
  }, [getAccessTokenSilently, getIdTokenClaims]);
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 70,
          endLine: 9,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'await getAccessTokenSilently()', library: 'auth0-react-id-token-claims' },
              output: `
import { useAuth0 } from '@auth0/auth0-react';
import { useCallback } from 'react';

export function useAuditLog() {
  const { getAccessTokenSilently, getIdTokenClaims } = useAuth0();
  return useCallback(async () => {
    const claims = await getIdTokenClaims();
    return fetch('/api/audit', { headers: { Authorization: \`Bearer \${await getAccessTokenSilently()}\` } });
  }, [getAccessTokenSilently, getIdTokenClaims]);
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Auth0 SPA JS: raw ID token claims of the same client',
      code: `
import { createAuth0Client } from '@auth0/auth0-spa-js';

const auth0 = await createAuth0Client({ domain: 'tenant.eu.auth0.com', clientId: 'spa' });

export async function loadOrders() {
  const claims = await auth0.getIdTokenClaims();
  return fetch('/api/orders', { headers: { Authorization: 'Bearer ' + claims.__raw } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 71,
          endLine: 8,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'await auth0.getTokenSilently()', library: 'auth0-spa-id-token-claims' },
              output: `
import { createAuth0Client } from '@auth0/auth0-spa-js';

const auth0 = await createAuth0Client({ domain: 'tenant.eu.auth0.com', clientId: 'spa' });

export async function loadOrders() {
  const claims = await auth0.getIdTokenClaims();
  return fetch('/api/orders', { headers: { Authorization: 'Bearer ' + await auth0.getTokenSilently() } });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'react-oidc-context useAuth user id_token in a fetch header',
      code: `
import { useAuth } from 'react-oidc-context';
import { useQuery } from '@tanstack/react-query';

export function useOrders() {
  const auth = useAuth();
  return useQuery({
    queryKey: ['orders'],
    queryFn: () =>
      fetch('/api/orders', { headers: { Authorization: \`Bearer \${auth.user?.id_token}\` } }).then((r) => r.json()),
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 10,
          column: 66,
          endLine: 10,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import { useAuth } from 'react-oidc-context';
import { useQuery } from '@tanstack/react-query';

export function useOrders() {
  const auth = useAuth();
  return useQuery({
    queryKey: ['orders'],
    queryFn: () =>
      fetch('/api/orders', { headers: { Authorization: \`Bearer \${auth.user?.access_token}\` } }).then((r) => r.json()),
  });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'openid-client v5 callback TokenSet in an Express route with axios',
      code: `
import { Issuer } from 'openid-client';
import axios from 'axios';

app.get('/auth/callback', async (req, res) => {
  const params = client.callbackParams(req);
  const tokenSet = await client.callback('https://app.example.com/auth/callback', params, { code_verifier: req.session.verifier });
  const { data } = await axios.get('https://api.example.com/profile', {
    headers: { Authorization: \`Bearer \${tokenSet.id_token}\` },
  });
  res.json(data);
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 41,
          endLine: 9,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import { Issuer } from 'openid-client';
import axios from 'axios';

app.get('/auth/callback', async (req, res) => {
  const params = client.callbackParams(req);
  const tokenSet = await client.callback('https://app.example.com/auth/callback', params, { code_verifier: req.session.verifier });
  const { data } = await axios.get('https://api.example.com/profile', {
    headers: { Authorization: \`Bearer \${tokenSet.access_token}\` },
  });
  res.json(data);
});
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'openid-client v6 destructured with a rename, got',
      code: `
import * as client from 'openid-client';
import got from 'got';

export async function handleCallback(config: client.Configuration, currentUrl: URL, verifier: string) {
  const tokens = await client.authorizationCodeGrant(config, currentUrl, { pkceCodeVerifier: verifier });
  const { id_token: idToken } = tokens;
  return got('https://api.example.com/me', { headers: { authorization: \`Bearer \${idToken}\` } }).json();
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 82,
          endLine: 8,
          endColumn: 89,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'next-auth session.idToken in a Next.js route handler',
      code: `
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth';

export async function GET() {
  const session = await getServerSession(authOptions);
  const res = await fetch(\`\${process.env.API_URL}/invoices\`, {
    headers: { Authorization: \`Bearer \${session?.idToken}\` },
  });
  return Response.json(await res.json());
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 41,
          endLine: 8,
          endColumn: 57,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'next-auth jwt callback account.id_token',
      code: `
import NextAuth from 'next-auth';
import KeycloakProvider from 'next-auth/providers/keycloak';

export default NextAuth({
  providers: [KeycloakProvider({ clientId, clientSecret, issuer })],
  callbacks: {
    async jwt({ token, account }) {
      if (account) {
        const res = await fetch('https://api.example.com/users/sync', {
          method: 'POST',
          headers: { Authorization: \`Bearer \${account.id_token}\` },
        });
        token.roles = (await res.json()).roles;
      }
      return token;
    },
  },
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 12,
          column: 47,
          endLine: 12,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import NextAuth from 'next-auth';
import KeycloakProvider from 'next-auth/providers/keycloak';

export default NextAuth({
  providers: [KeycloakProvider({ clientId, clientSecret, issuer })],
  callbacks: {
    async jwt({ token, account }) {
      if (account) {
        const res = await fetch('https://api.example.com/users/sync', {
          method: 'POST',
          headers: { Authorization: \`Bearer \${account.access_token}\` },
        });
        token.roles = (await res.json()).roles;
      }
      return token;
    },
  },
});
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Auth0 getIdTokenClaims().__raw in a React hook',
      code: `
import { useAuth0 } from '@auth0/auth0-react';

export function useApi() {
  const { getIdTokenClaims } = useAuth0();
  return async (path: string) => {
    const claims = await getIdTokenClaims();
    return fetch(\`/api\${path}\`, { headers: { Authorization: \`Bearer \${claims?.__raw}\` } });
  };
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 71,
          endLine: 8,
          endColumn: 84,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Auth0 awaited getIdTokenClaims inline',
      code: `
import { createAuth0Client } from '@auth0/auth0-spa-js';

const auth0 = await createAuth0Client({ domain, clientId });

export async function loadProfile() {
  const rawIdToken = (await auth0.getIdTokenClaims())?.__raw;
  const headers = new Headers();
  headers.set('Authorization', \`Bearer \${rawIdToken}\`);
  return fetch('/api/profile', { headers });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 42,
          endLine: 9,
          endColumn: 52,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'MSAL acquireTokenSilent result.idToken',
      code: `
import { PublicClientApplication } from '@azure/msal-browser';

const msalInstance = new PublicClientApplication(msalConfig);

export async function callGraph() {
  const account = msalInstance.getAllAccounts()[0];
  const result = await msalInstance.acquireTokenSilent({ scopes: ['User.Read'], account });
  return fetch('https://graph.microsoft.com/v1.0/me', {
    headers: { Authorization: \`Bearer \${result.idToken}\` },
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 10,
          column: 41,
          endLine: 10,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'accessToken', library: 'msal-authentication-result' },
              output: `
import { PublicClientApplication } from '@azure/msal-browser';

const msalInstance = new PublicClientApplication(msalConfig);

export async function callGraph() {
  const account = msalInstance.getAllAccounts()[0];
  const result = await msalInstance.acquireTokenSilent({ scopes: ['User.Read'], account });
  return fetch('https://graph.microsoft.com/v1.0/me', {
    headers: { Authorization: \`Bearer \${result.accessToken}\` },
  });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'MSAL then callback with a bearer string in a const',
      code: `
import { useMsal } from '@azure/msal-react';

export function useTodos() {
  const { instance, accounts } = useMsal();
  return () =>
    instance.acquireTokenSilent({ scopes: ['api://todo/.default'], account: accounts[0] }).then((response) => {
      const bearer = \`Bearer \${response.idToken}\`;
      const headers = new Headers();
      headers.append('Authorization', bearer);
      return fetch('/api/todos', { headers });
    });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 32,
          endLine: 8,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'accessToken', library: 'msal-authentication-result' },
              output: `
import { useMsal } from '@azure/msal-react';

export function useTodos() {
  const { instance, accounts } = useMsal();
  return () =>
    instance.acquireTokenSilent({ scopes: ['api://todo/.default'], account: accounts[0] }).then((response) => {
      const bearer = \`Bearer \${response.accessToken}\`;
      const headers = new Headers();
      headers.append('Authorization', bearer);
      return fetch('/api/todos', { headers });
    });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Amplify v6 fetchAuthSession idToken toString',
      code: `
import { fetchAuthSession } from 'aws-amplify/auth';

export async function listNotes() {
  const idToken = (await fetchAuthSession()).tokens?.idToken?.toString();
  return fetch(\`\${API_URL}/notes\`, { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 74,
          endLine: 6,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'accessToken', library: 'amplify-v6-auth-tokens' },
              output: `
import { fetchAuthSession } from 'aws-amplify/auth';

export async function listNotes() {
  const idToken = (await fetchAuthSession()).tokens?.accessToken?.toString();
  return fetch(\`\${API_URL}/notes\`, { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Amplify v6 session tokens inline',
      code: `
import { fetchAuthSession } from 'aws-amplify/auth';

export async function createNote(note: Note) {
  const session = await fetchAuthSession();
  return fetch(\`\${API_URL}/notes\`, {
    method: 'POST',
    headers: { Authorization: session.tokens?.idToken?.toString() ?? '' },
    body: JSON.stringify(note),
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 31,
          endLine: 8,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'accessToken', library: 'amplify-v6-auth-tokens' },
              output: `
import { fetchAuthSession } from 'aws-amplify/auth';

export async function createNote(note: Note) {
  const session = await fetchAuthSession();
  return fetch(\`\${API_URL}/notes\`, {
    method: 'POST',
    headers: { Authorization: session.tokens?.accessToken?.toString() ?? '' },
    body: JSON.stringify(note),
  });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Amplify v5 session getIdToken getJwtToken',
      code: `
import { Auth } from 'aws-amplify';

export async function getOrders() {
  const session = await Auth.currentSession();
  return axios.get('/orders', {
    headers: { Authorization: \`Bearer \${session.getIdToken().getJwtToken()}\` },
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 7,
          column: 41,
          endLine: 7,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'getAccessToken', library: 'amplify-v5-session-getters' },
              output: `
import { Auth } from 'aws-amplify';

export async function getOrders() {
  const session = await Auth.currentSession();
  return axios.get('/orders', {
    headers: { Authorization: \`Bearer \${session.getAccessToken().getJwtToken()}\` },
  });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Okta authState idToken.idToken',
      code: `
import { useOktaAuth } from '@okta/okta-react';

export function Messages() {
  const { authState } = useOktaAuth();
  useEffect(() => {
    if (!authState?.isAuthenticated) return;
    fetch('/api/messages', {
      headers: { Authorization: \`Bearer \${authState.idToken?.idToken}\` },
    });
  }, [authState]);
  return null;
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 43,
          endLine: 9,
          endColumn: 69,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Okta oktaAuth.getIdToken',
      code: `
import { OktaAuth } from '@okta/okta-auth-js';

const oktaAuth = new OktaAuth({ issuer, clientId, redirectUri });

export function apiFetch(path: string) {
  return fetch(path, { headers: { Authorization: 'Bearer ' + oktaAuth.getIdToken() } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 7,
          column: 62,
          endLine: 7,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'getAccessToken', library: 'angular-oauth2-oidc-getters' },
              output: `
import { OktaAuth } from '@okta/okta-auth-js';

const oktaAuth = new OktaAuth({ issuer, clientId, redirectUri });

export function apiFetch(path: string) {
  return fetch(path, { headers: { Authorization: 'Bearer ' + oktaAuth.getAccessToken() } });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Keycloak idToken in a Vue composable',
      code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak({ url, realm, clientId });

export function useProjects() {
  const projects = ref([]);
  async function load() {
    const res = await fetch('/api/projects', { headers: { Authorization: \`Bearer \${keycloak.idToken}\` } });
    projects.value = await res.json();
  }
  return { projects, load };
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 84,
          endLine: 9,
          endColumn: 100,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'token', library: 'keycloak-token' },
              output: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak({ url, realm, clientId });

export function useProjects() {
  const projects = ref([]);
  async function load() {
    const res = await fetch('/api/projects', { headers: { Authorization: \`Bearer \${keycloak.token}\` } });
    projects.value = await res.json();
  }
  return { projects, load };
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'angular-oauth2-oidc interceptor with setHeaders',
      code: `
import { Injectable } from '@angular/core';
import { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';
import { OAuthService } from 'angular-oauth2-oidc';

@Injectable()
export class AuthInterceptor implements HttpInterceptor {
  constructor(private readonly oauthService: OAuthService) {}

  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    const authReq = req.clone({ setHeaders: { Authorization: \`Bearer \${this.oauthService.getIdToken()}\` } });
    return next.handle(authReq);
  }
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 11,
          column: 72,
          endLine: 11,
          endColumn: 102,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'getAccessToken', library: 'angular-oauth2-oidc-getters' },
              output: `
import { Injectable } from '@angular/core';
import { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';
import { OAuthService } from 'angular-oauth2-oidc';

@Injectable()
export class AuthInterceptor implements HttpInterceptor {
  constructor(private readonly oauthService: OAuthService) {}

  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    const authReq = req.clone({ setHeaders: { Authorization: \`Bearer \${this.oauthService.getAccessToken()}\` } });
    return next.handle(authReq);
  }
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Angular HttpHeaders set with a class field',
      code: `
import { Injectable } from '@angular/core';
import { HttpClient, HttpHeaders } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class ReportService {
  private readonly idToken = sessionStorage.getItem('id_token');

  constructor(private readonly http: HttpClient) {}

  list() {
    const headers = new HttpHeaders().set('Authorization', \`Bearer \${this.idToken}\`);
    return this.http.get<Report[]>('/api/reports', { headers });
  }
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 12,
          column: 70,
          endLine: 12,
          endColumn: 82,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'axios interceptor assigning config.headers.Authorization from storage',
      code: `
import axios from 'axios';

const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((config) => {
  const token = window.localStorage.getItem('id_token');
  if (token) config.headers.Authorization = \`Bearer \${token}\`;
  return config;
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 55,
          endLine: 8,
          endColumn: 60,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'js-cookie id_token in a ky beforeRequest hook',
      code: `
import ky from 'ky';
import Cookies from 'js-cookie';

export const api = ky.create({
  prefixUrl: '/api',
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set('Authorization', \`Bearer \${Cookies.get('id_token')}\`);
      },
    ],
  },
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 10,
          column: 56,
          endLine: 10,
          endColumn: 79,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'same-file function declaration in new Headers',
      code: `
function readIdToken() {
  return sessionStorage.getItem('oidc.id_token');
}

export async function fetchDashboard() {
  const res = await fetch('/api/dashboard', {
    headers: new Headers({ Authorization: \`Bearer \${readIdToken()}\` }),
  });
  return res.json();
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 53,
          endLine: 8,
          endColumn: 66,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'same-file arrow helper',
      code: `
const getStoredIdToken = () => localStorage.getItem('id_token') ?? '';

export const client = new GraphQLClient('/graphql', {
  headers: () => ({ authorization: \`Bearer \${getStoredIdToken()}\` }),
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 46,
          endLine: 5,
          endColumn: 64,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'class method returning the ID token',
      code: `
import { UserManager } from 'oidc-client-ts';

export class ApiClient {
  private readonly userManager = new UserManager(settings);

  private async currentCredential() {
    const user = await this.userManager.getUser();
    return user?.id_token;
  }

  async get(path: string) {
    const credential = await this.currentCredential();
    return fetch(path, { headers: { Authorization: \`Bearer \${credential}\` } });
  }
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 14,
          column: 62,
          endLine: 14,
          endColumn: 72,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'refresh token of an openid-client token set',
      code: `
import * as client from 'openid-client';

export async function refreshAndCall(config: client.Configuration, refreshToken: string) {
  const tokens = await client.refreshTokenGrant(config, refreshToken);
  return fetch('https://api.example.com/me', { headers: { Authorization: \`Bearer \${tokens.refresh_token}\` } });
}
`,
      errors: [
        {
          messageId: 'refreshTokenAsBearer',
          line: 6,
          column: 84,
          endLine: 6,
          endColumn: 104,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'keycloak refreshToken',
      code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak('/keycloak.json');

export const http = axios.create({
  baseURL: '/api',
  headers: { Authorization: \`Bearer \${keycloak.refreshToken}\` },
});
`,
      errors: [
        {
          messageId: 'refreshTokenAsBearer',
          line: 8,
          column: 39,
          endLine: 8,
          endColumn: 60,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'class field assigned the ID token in the constructor',
      code: `
import type { User } from 'oidc-client-ts';
import axios from 'axios';

export class Backend {
  private token = '';
  private http = axios.create({ baseURL: '/api' });

  constructor(user: User) {
    this.token = user.id_token ?? '';
  }

  get(path: string) {
    return this.http.get(path, { headers: { Authorization: \`Bearer \${this.token}\` } });
  }
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 14,
          column: 70,
          endLine: 14,
          endColumn: 80,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'refresh token sent to an API URL named in the request config',
      code: `
export async function loadProfile() {
  const refreshToken = localStorage.getItem('refresh_token');
  const { data } = await axios({ url: '/api/profile', headers: { Authorization: \`Bearer \${refreshToken}\` } });
  return data;
}
`,
      errors: [
        {
          messageId: 'refreshTokenAsBearer',
          line: 4,
          column: 91,
          endLine: 4,
          endColumn: 103,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'React state set from the oidc-client-ts ID token',
      code: `
import { useEffect, useState } from 'react';
import { useAuth } from 'react-oidc-context';

export function useInbox() {
  const auth = useAuth();
  const [token, setToken] = useState<string>();
  useEffect(() => setToken(auth.user?.id_token), [auth.user]);
  return () => fetch('/api/inbox', { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 74,
          endLine: 9,
          endColumn: 79,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'next-auth session.refreshToken',
      code: `
import { useSession } from 'next-auth/react';

export function useBilling() {
  const { data: session } = useSession();
  return () => fetch('/api/billing', { headers: { Authorization: \`Bearer \${session?.refreshToken}\` } });
}
`,
      errors: [
        {
          messageId: 'refreshTokenAsBearer',
          line: 6,
          column: 76,
          endLine: 6,
          endColumn: 97,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Supabase nested destructuring refresh_token',
      code: `
import { createClient } from '@supabase/supabase-js';

const supabase = createClient(url, anonKey);

export async function callEdgeFunction() {
  const {
    data: { session },
  } = await supabase.auth.getSession();
  return fetch(\`\${url}/functions/v1/report\`, {
    headers: { Authorization: \`Bearer \${session?.refresh_token}\` },
  });
}
`,
      errors: [
        {
          messageId: 'refreshTokenAsBearer',
          line: 11,
          column: 41,
          endLine: 11,
          endColumn: 63,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'aliases and a default in destructuring',
      code: `
export async function loadAccount(userManager: UserManager) {
  const user = await userManager.signinSilent();
  const { id_token: jwt = '' } = user ?? {};
  const credential = jwt;
  return fetch('/api/account', { headers: { Authorization: 'Bearer ' + credential } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 72,
          endLine: 6,
          endColumn: 82,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'nullish fallback and a ternary',
      code: `
export function authHeaders(user: User | null, signedIn: boolean) {
  const idToken = signedIn ? user?.id_token : undefined;
  return { Authorization: \`Bearer \${idToken ?? ''}\` };
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 44,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'then callback on openid-client v5 refresh',
      code: `
import { Issuer } from 'openid-client';

export function renew(client, tokenSet) {
  return client.refresh(tokenSet).then((fresh) =>
    fetch('https://api.example.com/session', {
      headers: { Authorization: \`Bearer \${fresh.id_token}\` },
    }),
  );
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 7,
          column: 43,
          endLine: 7,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import { Issuer } from 'openid-client';

export function renew(client, tokenSet) {
  return client.refresh(tokenSet).then((fresh) =>
    fetch('https://api.example.com/session', {
      headers: { Authorization: \`Bearer \${fresh.access_token}\` },
    }),
  );
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'TS non-null assertion and satisfies',
      code: `
type AuthHeaders = Record<string, string>;

export function headersFor(user: { id_token?: string; access_token: string }) {
  const headers = { Authorization: \`Bearer \${user.id_token!}\` } satisfies AuthHeaders;
  return headers;
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 46,
          endLine: 5,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
type AuthHeaders = Record<string, string>;

export function headersFor(user: { id_token?: string; access_token: string }) {
  const headers = { Authorization: \`Bearer \${user.access_token!}\` } satisfies AuthHeaders;
  return headers;
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'String() and toString()',
      code: `
export function buildHeaders() {
  const raw = localStorage.getItem('id_token');
  return { Authorization: 'Bearer ' + String(raw) };
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 39,
          endLine: 4,
          endColumn: 50,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Apollo setContext',
      code: `
import { ApolloClient, InMemoryCache, createHttpLink } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';

const authLink = setContext((_, { headers }) => {
  const idToken = localStorage.getItem('id_token');
  return {
    headers: {
      ...headers,
      authorization: idToken ? \`Bearer \${idToken}\` : '',
    },
  };
});

export const apollo = new ApolloClient({ link: authLink.concat(createHttpLink({ uri: '/graphql' })), cache: new InMemoryCache() });
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 10,
          column: 42,
          endLine: 10,
          endColumn: 49,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'graphql-request GraphQLClient with session.idToken',
      code: `
import { GraphQLClient } from 'graphql-request';
import { auth } from '@/auth';

export async function getClient() {
  const session = await auth();
  return new GraphQLClient(process.env.HASURA_URL!, {
    headers: { authorization: \`Bearer \${session?.idToken}\` },
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 41,
          endLine: 8,
          endColumn: 57,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'superagent set Authorization',
      code: `
import request from 'superagent';

export async function syncContacts(tokens: TokenEndpointResponse) {
  const res = await request.get('https://api.example.com/contacts').set('Authorization', 'Bearer ' + tokens.id_token);
  return res.body;
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 102,
          endLine: 5,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import request from 'superagent';

export async function syncContacts(tokens: TokenEndpointResponse) {
  const res = await request.get('https://api.example.com/contacts').set('Authorization', 'Bearer ' + tokens.access_token);
  return res.body;
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'superagent auth bearer',
      code: `
import request from 'superagent';

export function fetchInvoices(user: User) {
  const idToken = user.id_token;
  return request.get('/api/invoices').auth(idToken, { type: 'bearer' });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 44,
          endLine: 6,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import request from 'superagent';

export function fetchInvoices(user: User) {
  const idToken = user.access_token;
  return request.get('/api/invoices').auth(idToken, { type: 'bearer' });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Nuxt $fetch in a composable',
      code: `
export function useOrdersApi() {
  const { user } = useOidcAuth();
  return $fetch('/api/orders', {
    headers: { Authorization: \`Bearer \${user.value?.idToken}\` },
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 41,
          endLine: 5,
          endColumn: 60,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jQuery ajaxSetup beforeSend setRequestHeader',
      code: `
$.ajaxSetup({
  beforeSend(xhr) {
    xhr.setRequestHeader('Authorization', 'Bearer ' + localStorage.getItem('id_token'));
  },
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 87,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jQuery ajaxSetup headers',
      code: `
const idToken = sessionStorage.getItem('id_token');
$.ajaxSetup({ headers: { Authorization: \`Bearer \${idToken}\` } });
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 58,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'axios defaults.headers.common',
      code: `
import axios from 'axios';

export function onSignedIn(user: User) {
  axios.defaults.headers.common['Authorization'] = \`Bearer \${user.id_token}\`;
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 62,
          endLine: 5,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import axios from 'axios';

export function onSignedIn(user: User) {
  axios.defaults.headers.common['Authorization'] = \`Bearer \${user.access_token}\`;
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'header object built in a variable first',
      code: `
export async function upload(file: File, tokens: TokenSet) {
  const headers: Record<string, string> = { 'Content-Type': file.type };
  headers.Authorization = \`Bearer \${tokens.id_token}\`;
  return fetch('/api/uploads', { method: 'PUT', headers, body: file });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 37,
          endLine: 4,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
export async function upload(file: File, tokens: TokenSet) {
  const headers: Record<string, string> = { 'Content-Type': file.type };
  headers.Authorization = \`Bearer \${tokens.access_token}\`;
  return fetch('/api/uploads', { method: 'PUT', headers, body: file });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'header tuple',
      code: `
export function fetchReports(idToken: string) {
  return fetch('/api/reports', {
    headers: [
      ['Accept', 'application/json'],
      ['Authorization', \`Bearer \${idToken}\`],
    ],
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 35,
          endLine: 6,
          endColumn: 42,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express middleware forwarding the session id token',
      code: `
import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

const router = express.Router();

router.use('/api', async (req, res, next) => {
  const upstream = await fetch(\`https://backend.internal\${req.url}\`, {
    headers: { Authorization: \`Bearer \${req.session.tokenSet.id_token}\` },
  });
  res.status(upstream.status).send(await upstream.text());
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 41,
          endLine: 9,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import express from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';

const router = express.Router();

router.use('/api', async (req, res, next) => {
  const upstream = await fetch(\`https://backend.internal\${req.url}\`, {
    headers: { Authorization: \`Bearer \${req.session.tokenSet.access_token}\` },
  });
  res.status(upstream.status).send(await upstream.text());
});
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Cognito API Gateway jwtToken without prefix',
      code: `
import { Auth } from 'aws-amplify';

export async function callApiGateway() {
  const jwtToken = (await Auth.currentSession()).getIdToken().getJwtToken();
  return fetch(\`\${API_GATEWAY_URL}/items\`, { headers: { Authorization: jwtToken } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 72,
          endLine: 6,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'getAccessToken', library: 'amplify-v5-session-getters' },
              output: `
import { Auth } from 'aws-amplify';

export async function callApiGateway() {
  const jwtToken = (await Auth.currentSession()).getAccessToken().getJwtToken();
  return fetch(\`\${API_GATEWAY_URL}/items\`, { headers: { Authorization: jwtToken } });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Auth0 getTokenSilently detailedResponse id_token',
      code: `
import { Auth0Client } from '@auth0/auth0-spa-js';

const auth0 = new Auth0Client({ domain, clientId });

export async function callApi() {
  const { id_token } = await auth0.getTokenSilently({ detailedResponse: true });
  return fetch('/api/private', { headers: { Authorization: \`Bearer \${id_token}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 70,
          endLine: 8,
          endColumn: 78,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Okta tokenManager get idToken',
      code: `
import { OktaAuth } from '@okta/okta-auth-js';

export async function callWithOkta(oktaAuth: OktaAuth) {
  const token = await oktaAuth.tokenManager.get('idToken');
  return fetch('/api/data', { headers: { Authorization: \`Bearer \${token.idToken}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 67,
          endLine: 6,
          endColumn: 80,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'computed header name via a const',
      code: `
const AUTH_HEADER = 'Authorization';

export function headersFor(user: User) {
  return { [AUTH_HEADER]: \`Bearer \${user.id_token}\` };
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
const AUTH_HEADER = 'Authorization';

export function headersFor(user: User) {
  return { [AUTH_HEADER]: \`Bearer \${user.access_token}\` };
}
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Firebase with allowedDesigns empty (run with option)',
      code: `
import { getAuth } from 'firebase/auth';

export async function callBackend() {
  const token = await getAuth().currentUser?.getIdToken();
  return fetch('/api/profile', { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
      options: [{ allowedDesigns: [] }],
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 70,
          endLine: 6,
          endColumn: 75,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'angular-auth-oidc-client getIdToken',
      code: `
import { OidcSecurityService } from 'angular-auth-oidc-client';

@Injectable()
export class TokenInterceptor implements HttpInterceptor {
  constructor(private readonly oidc: OidcSecurityService) {}
  intercept(req: HttpRequest<unknown>, next: HttpHandler) {
    return this.oidc.getIdToken().pipe(
      switchMap((idToken) => next.handle(req.clone({ setHeaders: { Authorization: \`Bearer \${idToken}\` } }))),
    );
  }
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 93,
          endLine: 9,
          endColumn: 100,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'toString on an Amplify token variable',
      code: `
import { fetchAuthSession } from 'aws-amplify/auth';

export async function authHeader() {
  const { tokens } = await fetchAuthSession();
  const idToken = tokens?.idToken;
  return { Authorization: \`Bearer \${idToken?.toString()}\` };
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 7,
          column: 37,
          endLine: 7,
          endColumn: 56,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'window-prefixed storage in a fetch wrapper with as',
      code: `
export function apiFetch(input: RequestInfo, init: RequestInit = {}) {
  const idToken = globalThis.localStorage.getItem('id_token') as string;
  return fetch(input, { ...init, headers: { ...init.headers, Authorization: \`Bearer \${idToken}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 87,
          endLine: 4,
          endColumn: 94,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Class method named like the Firebase API returns a stored ID token',
      code: `
export class AuthService {
  async getIdToken() {
    return localStorage.getItem('id_token');
  }
  async call() {
    const t = await this.getIdToken();
    return fetch('/x', { headers: { Authorization: \`Bearer \${t}\` } });
  }
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 62,
          endLine: 8,
          endColumn: 63,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'React state named idToken',
      code: `
export function useApi() {
  const [idToken, setIdToken] = useState<string | null>(null);
  return () => fetch('/x', { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 66,
          endLine: 4,
          endColumn: 73,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Vue ref holding the stored ID token',
      code: `
const idToken = ref(localStorage.getItem('id_token'));
export const load = () => fetch('/x', { headers: { Authorization: \`Bearer \${idToken.value}\` } });
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 3,
          column: 77,
          endLine: 3,
          endColumn: 90,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'passport-oauth2 verify params.id_token',
      code: `
passport.use(new OAuth2Strategy(opts, (accessToken, refreshToken, params, profile, done) => {
  fetch('/x', { headers: { Authorization: \`Bearer \${params.id_token}\` } });
}));
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
passport.use(new OAuth2Strategy(opts, (accessToken, refreshToken, params, profile, done) => {
  fetch('/x', { headers: { Authorization: \`Bearer \${params.access_token}\` } });
}));
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Same-file fetch helper called with an ID token',
      code: `
async function authFetch(url: string, token: string) {
  return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
}
export const f = (user) => authFetch('/x', user.id_token);
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 44,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
async function authFetch(url: string, token: string) {
  return fetch(url, { headers: { Authorization: \`Bearer \${token}\` } });
}
export const f = (user) => authFetch('/x', user.access_token);
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Okta tokenManager.getTokens destructured',
      code: `
export async function f(oktaAuth) {
  const { idToken } = await oktaAuth.tokenManager.getTokens();
  return fetch('/x', { headers: { Authorization: \`Bearer \${idToken?.idToken}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 76,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'expo-auth-session response params id_token',
      code: `
export async function f(response) {
  if (response?.type === 'success') {
    const { id_token } = response.params;
    await fetch('/x', { headers: { Authorization: \`Bearer \${id_token}\` } });
  }
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 61,
          endLine: 5,
          endColumn: 69,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Google ID token from Firebase credentialFromResult sent to a third-party API',
      code: `
import { GoogleAuthProvider, signInWithPopup, getAuth } from 'firebase/auth';
export async function f() {
  const result = await signInWithPopup(getAuth(), new GoogleAuthProvider());
  const credential = GoogleAuthProvider.credentialFromResult(result);
  return fetch('https://api.example.com', { headers: { Authorization: \`Bearer \${credential?.idToken}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 81,
          endLine: 6,
          endColumn: 100,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'MSAL account idToken',
      code: `
export function f(instance) {
  const account = instance.getActiveAccount();
  return fetch('/x', { headers: { Authorization: \`Bearer \${account?.idToken}\` } });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 4,
          column: 60,
          endLine: 4,
          endColumn: 76,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Refresh token sent to a resource endpoint',
      code: `
export async function me(refreshToken: string) {
  return fetch(\`\${API}/users/me\`, { headers: { Authorization: \`Bearer \${refreshToken}\` } });
}
`,
      errors: [
        {
          messageId: 'refreshTokenAsBearer',
          line: 3,
          column: 73,
          endLine: 3,
          endColumn: 85,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'keycloak-angular getKeycloakInstance().idToken',
      code: `
export class S { constructor(private keycloakService: KeycloakService) {}
  h() { return new HttpHeaders({ Authorization: \`Bearer \${this.keycloakService.getKeycloakInstance().idToken}\` }); } }
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 109,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'token', library: 'keycloak-token' },
              output: `
export class S { constructor(private keycloakService: KeycloakService) {}
  h() { return new HttpHeaders({ Authorization: \`Bearer \${this.keycloakService.getKeycloakInstance().token}\` }); } }
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'MSAL handleRedirectPromise result in then',
      code: `
import { PublicClientApplication } from '@azure/msal-browser';
const pca = new PublicClientApplication(cfg);
pca.handleRedirectPromise().then((result) => {
  if (result) fetch('/api', { headers: { Authorization: \`Bearer \${result.idToken}\` } });
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 67,
          endLine: 5,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'accessToken', library: 'msal-authentication-result' },
              output: `
import { PublicClientApplication } from '@azure/msal-browser';
const pca = new PublicClientApplication(cfg);
pca.handleRedirectPromise().then((result) => {
  if (result) fetch('/api', { headers: { Authorization: \`Bearer \${result.accessToken}\` } });
});
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Helper with an optional token called with an access token and an ID token',
      code: `
async function apiGet(path: string, token?: string) {
  return fetch(path, { headers: token ? { Authorization: \`Bearer \${token}\` } : {} });
}
export async function a(user) { return apiGet('/a', user.access_token); }
export async function b(user) { return apiGet('/b', user.id_token); }
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 53,
          endLine: 6,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
async function apiGet(path: string, token?: string) {
  return fetch(path, { headers: token ? { Authorization: \`Bearer \${token}\` } : {} });
}
export async function a(user) { return apiGet('/a', user.access_token); }
export async function b(user) { return apiGet('/b', user.access_token); }
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Arrow helper building axios config',
      code: `
const withAuth = (token: string) => ({ headers: { Authorization: \`Bearer \${token}\` } });
export const f = (tokens) => axios.get('/x', withAuth(tokens.id_token));
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
const withAuth = (token: string) => ({ headers: { Authorization: \`Bearer \${token}\` } });
export const f = (tokens) => axios.get('/x', withAuth(tokens.access_token));
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Vue 2 this.$keycloak.idToken',
      code: `
export default { methods: { load() { return axios.get('/api', { headers: { Authorization: \`Bearer \${this.$keycloak.idToken}\` } }); } } };
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 2,
          column: 101,
          endLine: 2,
          endColumn: 123,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'token', library: 'keycloak-token' },
              output: `
export default { methods: { load() { return axios.get('/api', { headers: { Authorization: \`Bearer \${this.$keycloak.token}\` } }); } } };
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'Module-level auth object with an idToken property',
      code: `
const auth = { idToken: localStorage.getItem('id_token') };
export const f = () => fetch('/x', { headers: { Authorization: \`Bearer \${auth.idToken}\` } });
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 3,
          column: 74,
          endLine: 3,
          endColumn: 86,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'GIS credential reported when google-identity-services is not allowed',
      code: `
google.accounts.id.initialize({
  client_id: GOOGLE_CLIENT_ID,
  callback: (response) =>
    fetch('https://api.example.com/orders', { headers: { Authorization: \`Bearer \${response.credential}\` } }),
});
`,
      options: [{ allowedDesigns: ['firebase', 'google-cloud'] }],
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 5,
          column: 83,
          endLine: 5,
          endColumn: 102,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Metadata identity token reported when google-cloud is not allowed',
      code: `
const METADATA_URL = 'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity';

export async function callPrivateService(serviceUrl: string) {
  const res = await fetch(\`\${METADATA_URL}?audience=\${serviceUrl}\`, { headers: { 'Metadata-Flavor': 'Google' } });
  const idToken = await res.text();
  return fetch(\`\${serviceUrl}/tasks\`, { headers: { Authorization: \`Bearer \${idToken}\` } });
}
`,
      options: [{ allowedDesigns: ['firebase', 'google-identity-services'] }],
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 7,
          column: 77,
          endLine: 7,
          endColumn: 84,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'msal-node acquireTokenByCode in an Express redirect handler',
      code: `
import { ConfidentialClientApplication } from '@azure/msal-node';

const cca = new ConfidentialClientApplication(msalConfig);

app.get('/redirect', async (req, res) => {
  const response = await cca.acquireTokenByCode({ code: String(req.query.code), scopes: ['user.read'], redirectUri: REDIRECT_URI });
  const graph = await fetch('https://graph.microsoft.com/v1.0/me', { headers: { Authorization: \`Bearer \${response.idToken}\` } });
  res.json(await graph.json());
});
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 8,
          column: 106,
          endLine: 8,
          endColumn: 122,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'accessToken', library: 'msal-authentication-result' },
              output: `
import { ConfidentialClientApplication } from '@azure/msal-node';

const cca = new ConfidentialClientApplication(msalConfig);

app.get('/redirect', async (req, res) => {
  const response = await cca.acquireTokenByCode({ code: String(req.query.code), scopes: ['user.read'], redirectUri: REDIRECT_URI });
  const graph = await fetch('https://graph.microsoft.com/v1.0/me', { headers: { Authorization: \`Bearer \${response.accessToken}\` } });
  res.json(await graph.json());
});
`,
            },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'MSAL loginPopup then acquireTokenPopup in a React hook',
      code: `
import { useMsal } from '@azure/msal-react';

export function useProfileLoader() {
  const { instance } = useMsal();
  return async () => {
    await instance.loginPopup({ scopes: ['openid', 'profile'] });
    const result = await instance.acquireTokenPopup({ scopes: ['api://orders/Orders.Read'] });
    return fetch('/api/orders', { headers: { Authorization: \`Bearer \${result.idToken}\` } });
  };
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 9,
          column: 71,
          endLine: 9,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'accessToken', library: 'msal-authentication-result' },
              output: `
import { useMsal } from '@azure/msal-react';

export function useProfileLoader() {
  const { instance } = useMsal();
  return async () => {
    await instance.loginPopup({ scopes: ['openid', 'profile'] });
    const result = await instance.acquireTokenPopup({ scopes: ['api://orders/Orders.Read'] });
    return fetch('/api/orders', { headers: { Authorization: \`Bearer \${result.accessToken}\` } });
  };
}
`,
            },
          ],
        },
      ],
      output: null,
    },
  ],
});

describe('default parser', () => {
  const tester = new ESLintRuleTester();
  tester.run('no-id-token-as-bearer', rule as unknown as Rule.RuleModule, {
    valid: [
      {
        name: 'Firebase ID token to its own backend',
        code: `
import { getAuth } from 'firebase/auth';

export async function loadProfile() {
  const token = await getAuth().currentUser.getIdToken();
  return fetch('/api/profile', { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
      },
      {
        name: 'keycloak access token',
        code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak('/keycloak.json');

export function loadProjects() {
  return fetch('/api/projects', { headers: { Authorization: \`Bearer \${keycloak.token}\` } });
}
`,
      },
    ],
    invalid: [
      {
        name: 'axios interceptor reading the ID token from localStorage',
        code: `
import axios from 'axios';

export const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((config) => {
  config.headers.Authorization = 'Bearer ' + window.localStorage.getItem('id_token');
  return config;
});
`,
        errors: [
          {
            messageId: 'idTokenAsBearer',
            line: 7,
            column: 46,
            endLine: 7,
            endColumn: 85,
          },
        ],
        output: null,
      },
      {
        name: 'Express route forwarding the openid-client id_token',
        code: `
const { Issuer } = require('openid-client');

router.get('/profile', async (req, res) => {
  const tokenSet = req.session.tokenSet;
  const response = await fetch('https://api.example.com/profile', {
    headers: { Authorization: \`Bearer \${tokenSet.id_token}\` },
  });
  res.json(await response.json());
});
`,
        errors: [
          {
            messageId: 'idTokenAsBearer',
            line: 7,
            column: 41,
            endLine: 7,
            endColumn: 58,
            suggestions: [
              {
                messageId: 'useAccessToken',
                data: { replacement: 'access_token', library: 'token-response-fields' },
                output: `
const { Issuer } = require('openid-client');

router.get('/profile', async (req, res) => {
  const tokenSet = req.session.tokenSet;
  const response = await fetch('https://api.example.com/profile', {
    headers: { Authorization: \`Bearer \${tokenSet.access_token}\` },
  });
  res.json(await response.json());
});
`,
              },
            ],
          },
        ],
        output: null,
      },
      {
        name: 'keycloak refresh token in a jQuery setup',
        code: `
import Keycloak from 'keycloak-js';

const keycloak = new Keycloak('/keycloak.json');

$.ajaxSetup({ headers: { Authorization: 'Bearer ' + keycloak.refreshToken } });
`,
        errors: [
          {
            messageId: 'refreshTokenAsBearer',
            line: 6,
            column: 53,
            endLine: 6,
            endColumn: 74,
          },
        ],
        output: null,
      },
    ],
  });
});
