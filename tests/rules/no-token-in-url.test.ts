import { RuleTester as ESLintRuleTester } from 'eslint';
import { describe, it } from 'vitest';

import rule from '../../rules/no-token-in-url.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('no-token-in-url', rule, {
  valid: [
    {
      name: "magic-link e-mail whose token comes from a record named like an ID token",
      code: `
export class MagicLinkService {
  async sendMagicLink(email: string) {
    const idToken = await this.db.loginTokens.create({ data: { email } });
    await this.mailer.send(email, {
      template: 'sign-in',
      magicLink: \`\${APP_URL}/enter?token=\${idToken.token}\`,
    });
  }
}
`,
    },
    {
      name: "URLSearchParams variable filled with set() and sent as a token request body",
      code: `
export async function refresh(refreshToken: string) {
  const form = new URLSearchParams();
  form.set('refresh_token', refreshToken);
  form.set('client_id', CLIENT_ID);
  return fetch(TOKEN_ENDPOINT, { method: 'POST', body: form });
}
`,
    },
    {
      name: "socket.io auth option keeps the token out of the URL",
      code: `
import { io } from 'socket.io-client';
export function connect(session) {
  return io(REALTIME_URL, { auth: { token: session.access_token } });
}
`,
    },
    {
      name: "OIDC RP-initiated logout with id_token_hint (React)",
      code: `
import { useAuth } from 'react-oidc-context';
export function LogoutButton() {
  const auth = useAuth();
  const logout = () => {
    window.location.assign(\`\${ISSUER}/protocol/openid-connect/logout?id_token_hint=\${auth.user?.id_token}&post_logout_redirect_uri=\${encodeURIComponent(window.location.origin)}\`);
  };
  return <button onClick={logout}>Sign out</button>;
}
`,
    },
    {
      name: "openid-client end-session URL built with id_token_hint",
      code: `
import * as client from 'openid-client';
export function logout(req, res) {
  const url = client.buildEndSessionUrl(config, { id_token_hint: req.session.tokens.id_token, post_logout_redirect_uri: APP_URL });
  res.redirect(url.href);
}
`,
    },
    {
      name: "authorize URL with state, nonce and PKCE",
      code: `
export function login() {
  const authUrl = \`\${AUTH_DOMAIN}/authorize?response_type=code&client_id=\${CLIENT_ID}&redirect_uri=\${encodeURIComponent(REDIRECT_URI)}&state=\${stateToken}&nonce=\${nonce}&code_challenge=\${challenge}&code_challenge_method=S256&login_hint=\${email}\`;
  window.location.href = authUrl;
}
`,
    },
    {
      name: "authorize URL built with URLSearchParams",
      code: `
const params = new URLSearchParams({ response_type: 'code', client_id: CLIENT_ID, state, code_challenge: challenge, redirect_uri: REDIRECT_URI });
window.location.assign(\`\${AUTHORIZE_ENDPOINT}?\${params}\`);
`,
    },
    {
      name: "Express callback redirect carrying code, state, session_state and iss",
      code: `
app.get('/relay', (req, res) => {
  const { code, state, session_state, iss } = req.query;
  res.redirect(\`\${SPA_URL}/callback?code=\${code}&state=\${state}&session_state=\${session_state}&iss=\${iss}\`);
});
`,
    },
    {
      name: "refresh token sent in a POST body (token endpoint)",
      code: `
export async function refresh(tokens) {
  const { refresh_token } = tokens;
  return fetch(TOKEN_ENDPOINT, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token, client_id: CLIENT_ID }),
  });
}
`,
    },
    {
      name: "URLSearchParams built with set() and sent as the body",
      code: `
export async function refreshTokens(refreshToken: string) {
  const body = new URLSearchParams();
  body.set('grant_type', 'refresh_token');
  body.set('refresh_token', refreshToken);
  const res = await fetch(TOKEN_URL, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
  return res.json();
}
`,
    },
    {
      name: "form-encoded string body for the token endpoint",
      code: `
await fetch(tokenUrl, { method: 'POST', body: \`grant_type=refresh_token&refresh_token=\${refreshToken}&client_id=\${clientId}\` });
`,
    },
    {
      name: "qs.stringify body posted with axios",
      code: `
import axios from 'axios';
import qs from 'qs';
export const refresh = (refreshToken) => axios.post(TOKEN_URL, qs.stringify({ grant_type: 'refresh_token', refresh_token: refreshToken }));
`,
    },
    {
      name: "Angular HttpParams as a token request body",
      code: `
import { HttpClient, HttpParams } from '@angular/common/http';
export class TokenService {
  constructor(private http: HttpClient, private oauthService: OAuthService) {}
  refresh() {
    const body = new HttpParams().set('grant_type', 'refresh_token').set('refresh_token', this.oauthService.getRefreshToken());
    return this.http.post(this.tokenUrl, body.toString(), { headers: this.formHeaders });
  }
}
`,
    },
    {
      name: "token revocation body returned by a helper",
      code: `
function revocationBody(token: string) {
  return new URLSearchParams({ token, token_type_hint: 'refresh_token', client_id: CLIENT_ID });
}
`,
    },
    {
      name: "access token in the Authorization header",
      code: `
export async function loadProfile(user) {
  return fetch(\`\${API}/me?fields=name,email\`, { headers: { Authorization: \`Bearer \${user.access_token}\` } });
}
`,
    },
    {
      name: "pagination tokens in the query",
      code: `
export async function listFiles(pageToken?: string) {
  const res = await fetch(\`\${DRIVE_API}/files?pageSize=100&pageToken=\${pageToken}&cursor=\${cursor}&continuationToken=\${continuationToken}\`);
  return res.json();
}
`,
    },
    {
      name: "nextPageToken through axios params",
      code: `
import axios from 'axios';
export const next = (nextPageToken) => axios.get('/api/items', { params: { nextPageToken, limit: 50 } });
`,
    },
    {
      name: "CSRF token in a form action URL",
      code: `
export function DeleteForm({ csrfToken }) {
  return <form method="post" action={\`/account/delete?_csrf=\${csrfToken}\`}><button>Delete</button></form>;
}
`,
    },
    {
      name: "password-reset link emailed by the server",
      code: `
import crypto from 'node:crypto';
export async function sendPasswordReset(user) {
  const token = crypto.randomBytes(32).toString('hex');
  await db.resetTokens.create({ userId: user.id, token });
  await transporter.sendMail({ to: user.email, html: \`<a href="\${APP_URL}/reset-password?token=\${token}">Reset your password</a>\` });
}
`,
    },
    {
      name: "email verification link signed with jsonwebtoken",
      code: `
import jwt from 'jsonwebtoken';
export function verificationLink(user) {
  const token = jwt.sign({ sub: user.id }, process.env.EMAIL_SECRET, { expiresIn: '1d' });
  return \`\${process.env.APP_URL}/verify-email?token=\${token}\`;
}
`,
    },
    {
      name: "invitation link in a variable named inviteUrl",
      code: `
export async function invite(member, token) {
  const inviteUrl = \`\${APP_URL}/join?token=\${token}\`;
  await mailer.send(member.email, inviteUrl);
}
`,
    },
    {
      name: "magic link token from nanoid",
      code: `
import { nanoid } from 'nanoid';
const token = nanoid(32);
await sendEmail(user.email, \`\${APP_URL}/auth/login?token=\${token}\`);
`,
    },
    {
      name: "reset token by name with router push",
      code: `
const router = useRouter();
router.push({ pathname: '/reset-password', query: { token: resetToken } });
`,
    },
    {
      name: "push device token registered through the query",
      code: `
await fetch(\`\${API}/devices/register?token=\${fcmToken}&platform=android\`);
`,
    },
    {
      name: "Mapbox public token is designed to be sent in the URL",
      code: `
const res = await fetch(\`https://api.mapbox.com/geocoding/v5/mapbox.places/\${query}.json?access_token=\${mapboxgl.accessToken}\`);
`,
    },
    {
      name: "Google Maps API key is not an OAuth token",
      code: `
fetch(\`https://maps.googleapis.com/maps/api/geocode/json?address=\${encodeURIComponent(address)}&key=\${GOOGLE_MAPS_KEY}\`);
`,
    },
    {
      name: "S3 presigned URL security token",
      code: `
const url = \`\${bucketUrl}/\${key}?X-Amz-Security-Token=\${encodeURIComponent(credentials.sessionToken)}&X-Amz-Signature=\${signature}\`;
`,
    },
    {
      name: "reading the implicit-flow fragment is not a sink",
      code: `
const params = new URLSearchParams(window.location.hash.substring(1));
const accessToken = params.get('access_token');
window.history.replaceState(null, '', window.location.pathname);
`,
    },
    {
      name: "a flag about the token, not the token",
      code: `
fetch(\`/api/telemetry?hasToken=\${Boolean(accessToken)}&tokenLength=\${accessToken.length}\`);
`,
    },
    {
      name: "a cookie string is not a URL",
      code: `
document.cookie = \`session_hint=\${hint}; access_token=\${token}; path=/; secure\`;
`,
    },
    {
      name: "shadowed io: a local function, not socket.io",
      code: `
function io(url: string, options: { query: Record<string, string> }) {
  return { url, options };
}
io(REALTIME_URL, { query: { token: session.access_token } });
`,
    },
    {
      name: "unknown value under a non-credential parameter",
      code: `
export const search = (q, page) => fetch(\`/api/search?q=\${q}&page=\${page}&t=\${Date.now()}\`);
`,
    },
    {
      name: "token_type and expires_in are not tokens",
      code: `
res.redirect(\`\${APP}/done?token_type=\${tokens.token_type}&expires_in=\${tokens.expires_in}\`);
`,
    },
    {
      name: "an ID token POSTed in a JSON body to the own backend",
      code: `
await fetch('/api/session', { method: 'POST', body: JSON.stringify({ idToken: response.credential }) });
`,
    },
    {
      name: "Vue router query without a token",
      code: `
import { useRouter } from 'vue-router';
const router = useRouter();
router.push({ path: '/search', query: { q: term.value, page: 2 } });
`,
    },
    {
      name: "static token parameter (configuration, not a runtime token)",
      code: `
const DEMO = 'https://demo.example.com/embed?token=public-demo';
const url = \`\${DEMO}&theme=\${theme}\`;
`,
    },
      {
      name: 'Akamai EdgeGrid HMAC Authorization header: `k=v;` pairs are a header, not a URL query',
      code: `
export function signRequest(params: { clientToken: string; accessToken: string }, timestamp: string, nonce: string) {
  const authorizationHeader = \`EG1-HMAC-SHA256 client_token=\${params.clientToken};access_token=\${params.accessToken};timestamp=\${timestamp};nonce=\${nonce};\`;
  return { Authorization: authorizationHeader };
}
`,
    },
    {
      name: 'e-mail tracking pixel token is not an OAuth token',
      code: `
export class Notification {
  pixelToken = '';
  id = '';
  get pixelUrl() {
    return \`\${process.env.URL}/api/notifications.pixel?token=\${this.pixelToken}&id=\${this.id}\`;
  }
}
`,
    },
    {
      name: 'one-time login transfer token in a redirect',
      code: `
export async function redirectToTeam(ctx, team, user) {
  ctx.redirect(\`\${team.url}/auth/redirect?token=\${user.getTransferToken()}\`);
}
`,
    },
    {
      name: 'Okta API-based sign-in: one-time sessionToken at the authorize endpoint',
      code: `
import qs from 'qs';
export async function authorizeWithSession(body: { sessionToken: string }) {
  const authorizeParams = { sessionToken: body.sessionToken, response_type: 'code', client_id: CLIENT_ID, redirect_uri: REDIRECT_URI, scope: 'openid', state, code_challenge, code_challenge_method: 'S256' };
  return fetch(ISSUER + '/v1/authorize?' + qs.stringify(authorizeParams), { redirect: 'manual' });
}
`,
    },
  ],
  invalid: [
    {
      name: "Facebook page access token in a Graph API query string",
      code: `
export async function sendMessage(recipientId: string, text: string, pageAccessToken: string) {
  const url = \`https://graph.facebook.com/v20.0/me/messages?access_token=\${pageAccessToken}\`;
  return fetch(url, { method: 'POST', body: JSON.stringify({ recipient: { id: recipientId }, message: { text } }) });
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 91,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "URLSearchParams variable filled with set() and interpolated into window.open",
      code: `
export async function openViewer(docId: string) {
  const result = await msalInstance.acquireTokenSilent({ scopes: ['User.Read'] });
  const params = new URLSearchParams();
  params.set('doc', docId);
  params.set('id_token', result.idToken);
  window.open(\`https://viewer.example.com/?\${params}\`);
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 40,
          data: { kind: "ID token", param: "id_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "URLSearchParams variable filled with append() and returned in a URL template",
      code: `
export function buildResumeLink(base: string, refreshToken: string) {
  const search = new URLSearchParams({ step: 'resume' });
  search.append('refresh_token', refreshToken);
  return \`\${base}/continue?\${search}\`;
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 46,
          data: { kind: "refresh token", param: "refresh_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "React: window.open with an access token in the export URL",
      code: `
import { useAuth0 } from '@auth0/auth0-react';
export function ExportButton({ accessToken }: { accessToken: string }) {
  return <button onClick={() => window.open(\`\${REPORTS_URL}/export?format=csv&access_token=\${accessToken}\`)}>Export</button>;
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 94,
          endLine: 4,
          endColumn: 105,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Express BFF redirecting tokens to the SPA in the fragment",
      code: `
app.get('/auth/callback', async (req, res) => {
  const tokens = await client.callback(REDIRECT_URI, client.callbackParams(req), { state: req.session.state });
  res.redirect(\`\${FRONTEND_URL}/callback#access_token=\${tokens.access_token}\`);
});
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 57,
          endLine: 4,
          endColumn: 76,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "ID token in a redirect fragment",
      code: `
app.get('/auth/callback', async (req, res) => {
  const tokens = await client.callback(REDIRECT_URI, client.callbackParams(req));
  res.redirect(FRONTEND_URL + '/welcome#id_token=' + tokens.id_token);
});
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 54,
          endLine: 4,
          endColumn: 69,
          data: { kind: "ID token", param: "id_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Next.js route handler calling redirect() with an access token",
      code: `
import { redirect } from 'next/navigation';
import { auth0 } from '@/lib/auth0';
export async function GET() {
  const session = await auth0.getSession();
  redirect(\`/dashboard/embed?token=\${session?.tokenSet.accessToken}\`);
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 6,
          column: 38,
          endLine: 6,
          endColumn: 67,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "NextResponse.redirect with a refresh token",
      code: `
import { NextResponse } from 'next/server';
export async function GET(request: Request) {
  const tokens = await exchangeCode(request);
  return NextResponse.redirect(new URL(\`/app?refresh_token=\${tokens.refresh_token}\`, request.url));
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 62,
          endLine: 5,
          endColumn: 82,
          data: { kind: "refresh token", param: "refresh_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "WebSocket with an Auth0 access token in the query",
      code: `
import { useAuth0 } from '@auth0/auth0-react';
export function useLiveFeed() {
  const { getAccessTokenSilently } = useAuth0();
  return async () => new WebSocket(\`wss://rt.example.com/ws?token=\${await getAccessTokenSilently()}\`);
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 69,
          endLine: 5,
          endColumn: 99,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "EventSource stream with a stored access token",
      code: `
const token = localStorage.getItem('access_token');
const events = new EventSource('/api/notifications/stream?access_token=' + encodeURIComponent(token));
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 101,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "fetch to a Graph-like API with access_token in the query",
      code: `
export async function getProfile(user) {
  const res = await fetch(\`https://graph.facebook.com/v19.0/me?fields=id,name&access_token=\${user.access_token}\`);
  return res.json();
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 94,
          endLine: 3,
          endColumn: 111,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "axios params option with an access token",
      code: `
import axios from 'axios';
export const fetchMe = (accessToken: string) => axios.get('https://graph.example.com/me', { params: { access_token: accessToken } });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 117,
          endLine: 3,
          endColumn: 128,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "axios config object (default import) with params",
      code: `
import http from 'axios';
export const me = (user) => http({ url: '/api/me', method: 'get', params: { access_token: user.access_token } });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 91,
          endLine: 3,
          endColumn: 108,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "axios.create({ params }) with a Keycloak token",
      code: `
import axios from 'axios';
import Keycloak from 'keycloak-js';
const keycloak = new Keycloak(config);
export const api = axios.create({ baseURL: API_URL, params: { token: keycloak.token } });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 70,
          endLine: 5,
          endColumn: 84,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "axios instance call with params through a variable",
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: API_URL });
const config = { params: { access_token: session.accessToken } };
export const loadOrders = () => api.get('/orders', config);
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 61,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "axios options by spread",
      code: `
import axios from 'axios';
export const search = (q, token) => axios.get('/api/search', { ...defaults, params: { q, access_token: token } });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 104,
          endLine: 3,
          endColumn: 109,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "require(axios) with params",
      code: `
const axios = require('axios');
module.exports = (req) => axios.get(GRAPH_URL, { params: { access_token: req.user.accessToken } });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 74,
          endLine: 3,
          endColumn: 94,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "axios interceptor assigning config.params",
      code: `
api.interceptors.request.use((config) => {
  config.params = { ...config.params, access_token: oauthService.getAccessToken() };
  return config;
});
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 82,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "ky searchParams option",
      code: `
import ky from 'ky';
export const me = (accessToken: string) => ky.get('https://api.example.com/me', { searchParams: { access_token: accessToken } }).json();
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 113,
          endLine: 3,
          endColumn: 124,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "got searchParams option",
      code: `
import got from 'got';
export const profile = () => got('https://api.example.com/me', { searchParams: { token: keycloak.token } }).json();
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 89,
          endLine: 3,
          endColumn: 103,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Nuxt useFetch query option",
      code: `
export function useProfile() {
  const { data: session } = useAuth();
  return useFetch('/api/me', { query: { token: session.value?.accessToken } });
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 74,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "socket.io query option",
      code: `
import { io as connect } from 'socket.io-client';
export const socket = connect(REALTIME_URL, { query: { token: session.access_token } });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 83,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "URLSearchParams constructor interpolated into a URL",
      code: `
const params = new URLSearchParams({ access_token: session.accessToken, format: 'pdf' });
await fetch(\`\${API}/invoices/export?\${params}\`);
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 2,
          column: 52,
          endLine: 2,
          endColumn: 71,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "URLSearchParams tuple array",
      code: `
const query = new URLSearchParams([['id_token', user.id_token]]);
window.location.href = \`\${EMBED_URL}?\${query.toString()}\`;
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 2,
          column: 49,
          endLine: 2,
          endColumn: 62,
          data: { kind: "ID token", param: "id_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "url.searchParams.set with a Keycloak access token",
      code: `
const url = new URL('/api/export', window.location.origin);
url.searchParams.set('token', keycloak.token);
window.location.assign(url.toString());
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 45,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "computed url.searchParams.append",
      code: `
const url = new URL(API_BASE);
url['searchParams'].append('access_token', token as string);
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 44,
          endLine: 3,
          endColumn: 59,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "url.hash assignment",
      code: `
const url = new URL(APP_URL);
url.hash = \`access_token=\${tokens.access_token}&token_type=Bearer\`;
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 47,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "location.hash assignment through globalThis",
      code: `
globalThis.location.hash = 'id_token=' + user.id_token;
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 55,
          data: { kind: "ID token", param: "id_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "location.href concatenation with an access token",
      code: `
const accessToken = oktaAuth.getAccessToken();
location.href = REPORTS_URL + '/download?access_token=' + accessToken;
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 59,
          endLine: 3,
          endColumn: 70,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Angular HttpParams set() passed as params",
      code: `
import { HttpClient, HttpParams } from '@angular/common/http';
export class ReportService {
  constructor(private http: HttpClient, private oauthService: OAuthService) {}
  load() {
    const params = new HttpParams().set('access_token', this.oauthService.getAccessToken());
    return this.http.get('/api/reports', { params });
  }
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 6,
          column: 57,
          endLine: 6,
          endColumn: 91,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Angular HttpClient params object",
      code: `
export class FilesService {
  constructor(private http: HttpClient, private auth: OidcSecurityService) {}
  list(token: string) {
    return this.http.get<File[]>('/api/files', { params: { access_token: token } });
  }
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 74,
          endLine: 5,
          endColumn: 79,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Vue router push with a token query",
      code: `
import { useRouter } from 'vue-router';
export function useOpenViewer() {
  const router = useRouter();
  return (user) => router.push({ path: '/viewer', query: { token: user.access_token } });
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 67,
          endLine: 5,
          endColumn: 84,
          data: { kind: "access token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Next.js router.push template",
      code: `
import { useRouter } from 'next/navigation';
export function EmbedLink({ idToken }) {
  const router = useRouter();
  return <button onClick={() => router.push(\`/embed?jwt=\${idToken}\`)}>Open</button>;
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 59,
          endLine: 5,
          endColumn: 66,
          data: { kind: "ID token", param: "jwt" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Next.js Link href object with query",
      code: `
import Link from 'next/link';
export function ReportsLink({ session }) {
  return <Link href={{ pathname: '/reports', query: { access_token: session.accessToken } }}>Reports</Link>;
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 69,
          endLine: 4,
          endColumn: 88,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Vue options API this.$router.push",
      code: `
export default {
  methods: {
    openReport() {
      this.$router.push({ path: '/report', query: { access_token: this.$auth.strategy.token.get() } });
    },
  },
};
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 67,
          endLine: 5,
          endColumn: 98,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Firebase Realtime Database REST with ?auth=",
      code: `
import { getAuth } from 'firebase/auth';
export async function readProfile(uid) {
  const idToken = await getAuth().currentUser?.getIdToken();
  return fetch(\`\${DATABASE_URL}/users/\${uid}.json?auth=\${idToken}\`);
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 58,
          endLine: 5,
          endColumn: 65,
          data: { kind: "ID token", param: "auth" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "server-minted JWT handed to the SPA in the query",
      code: `
import jwt from 'jsonwebtoken';
router.get('/google/callback', passport.authenticate('google', { session: false }), (req, res) => {
  const token = jwt.sign({ id: req.user.id }, process.env.JWT_SECRET, { expiresIn: '7d' });
  res.redirect(\`\${process.env.CLIENT_URL}/oauth-success?token=\${token}\`);
});
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 5,
          column: 65,
          endLine: 5,
          endColumn: 70,
          data: { kind: "token", param: "token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "refresh token in the token endpoint URL instead of the body",
      code: `
await fetch(\`\${TOKEN_URL}?grant_type=refresh_token&refresh_token=\${refreshToken}\`, { method: 'POST' });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 2,
          column: 68,
          endLine: 2,
          endColumn: 80,
          data: { kind: "refresh token", param: "refresh_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "separator expression before the parameter",
      code: `
const separator = url.includes('?') ? '&' : '?';
const full = \`\${url}\${separator}access_token=\${accessToken}\`;
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 59,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "+= appending the token",
      code: `
let url = \`\${API}/me\`;
url += '&access_token=' + user!.access_token;
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 45,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "refresh token as a path segment of a requested URL",
      code: `
export const revoke = (tokens) => fetch(\`https://api.example.com/sessions/\${tokens.refresh_token}\`, { method: 'DELETE' });
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 2,
          column: 77,
          endLine: 2,
          endColumn: 97,
          data: { kind: "refresh token", param: "(path)" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "qs.stringify interpolated into a URL",
      code: `
import qs from 'qs';
const url = \`\${API}/me?\${qs.stringify({ access_token: accessToken })}\`;
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 3,
          column: 55,
          endLine: 3,
          endColumn: 66,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "superagent query object",
      code: `
import request from 'supertest';
it('returns the profile', async () => {
  await request(app).get('/api/me').query({ access_token: token }).expect(200);
});
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 64,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Auth0 SPA popup token opened in a new window',
      code: `
import { createAuth0Client } from '@auth0/auth0-spa-js';
const auth0 = await createAuth0Client({ domain: DOMAIN, clientId: CLIENT_ID });
export async function openDashboard() {
  const token = await auth0.getTokenWithPopup({ authorizationParams: { audience: API_AUDIENCE } });
  window.open(DASHBOARD_URL + '?token=' + token, '_blank');
}
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 6,
          column: 43,
          endLine: 6,
          endColumn: 48,
          data: { kind: 'access token', param: 'token' },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Nuxt $axios instance with params',
      code: `
export default {
  async asyncData({ $axios, $auth }) {
    const orders = await $axios.$get('/api/orders', { params: { access_token: $auth.strategy.token.get() } });
    return { orders };
  },
};
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 4,
          column: 79,
          endLine: 4,
          endColumn: 105,
          data: { kind: 'access token', param: 'access_token' },
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "TS satisfies and optional chaining",
      code: `
fetch(\`/api/me?access_token=\${(auth.user?.access_token satisfies string | undefined)}\`);
`,
      errors: [
        {
          messageId: 'tokenInUrl',
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 84,
          data: { kind: "access token", param: "access_token" },
          suggestions: null,
        },
      ],
      output: null,
    },
  ],
});

describe('default parser', () => {
  ESLintRuleTester.describe = describe;
  ESLintRuleTester.it = it;
  ESLintRuleTester.itOnly = it.only;
  const jsTester = new ESLintRuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
  jsTester.run('no-token-in-url', rule as unknown as Parameters<ESLintRuleTester['run']>[1], {
    valid: [
      {
        name: 'socket.io auth option',
        code: "import { io } from 'socket.io-client'; export const socket = io(URL, { auth: { token: session.access_token } });",
      },
      {
        name: 'refresh token in a POST body',
        code: "fetch(TOKEN_URL, { method: 'POST', body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken }) });",
      },
      {
        name: 'logout URL with id_token_hint',
        code: 'location.assign(`${ISSUER}/logout?id_token_hint=${idToken}`);',
      },
    ],
    invalid: [
      {
        name: 'CommonJS express redirect with an access token in the fragment',
        code: "const express = require('express'); app.get('/cb', (req, res) => res.redirect(`${SPA}/#access_token=${req.user.accessToken}`));",
        errors: [{ messageId: 'tokenInUrl', data: { kind: 'access token', param: 'access_token' }, line: 1, column: 103, endLine: 1, endColumn: 123 }],
      },
      {
        name: 'new EventSource with a generic token parameter',
        code: 'export const stream = (jwt) => new EventSource(`/api/stream?jwt=${jwt}`);',
        errors: [{ messageId: 'tokenInUrl', data: { kind: 'token', param: 'jwt' }, line: 1, column: 67, endLine: 1, endColumn: 70 }],
      },
    ],
  });
});
