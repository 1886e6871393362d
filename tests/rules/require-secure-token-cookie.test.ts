import type { Rule } from 'eslint';

import { RuleTester as ESLintRuleTester } from 'eslint';
import { describe } from 'vitest';

import rule from '../../rules/require-secure-token-cookie.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('require-secure-token-cookie', rule, {
  valid: [
    {
      name: 'Express token cookie with all three flags',
      code: `
app.post('/auth/callback', async (req, res) => {
  const tokens = await exchangeCode(req.body.code);
  res.cookie('access_token', tokens.access_token, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/');
});
`,
    },
    {
      name: 'Express secure depends on the environment (counts as set)',
      code: `
export function setSession(res, sessionId) {
  res.cookie('sid', sessionId, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'strict' });
}
`,
    },
    {
      name: 'Express sameSite none with secure true',
      code: `
export function embedSession(res, token) {
  res.cookie('token', token, { httpOnly: true, secure: true, sameSite: 'none', partitioned: true });
}
`,
    },
    {
      name: 'Express options from an unresolved import (unknown is not missing)',
      code: `
import { cookieOptions } from './cookie-options';

export function login(res, accessToken) {
  res.cookie('access_token', accessToken, cookieOptions);
}
`,
    },
    {
      name: 'Express options spread from a parameter (unknown)',
      code: `
export function issue(res, refreshToken, overrides) {
  res.cookie('refresh_token', refreshToken, { httpOnly: true, ...overrides });
}
`,
    },
    {
      name: 'Express options built by a helper call',
      code: `
export function issue(res, jwt) {
  res.cookie('jwt', jwt, buildCookieOptions({ maxAge: 3600 }));
}
`,
    },
    {
      name: 'non-secret theme cookie',
      code: `
export function savePreference(res, theme) {
  res.cookie('theme', theme, { maxAge: 365 * 24 * 3600 * 1000 });
}
`,
    },
    {
      name: 'Next.js NEXT_LOCALE cookie',
      code: `
import { cookies } from 'next/headers';

export async function setLocale(locale: string) {
  (await cookies()).set('NEXT_LOCALE', locale);
}
`,
    },
    {
      name: 'consent cookie with js-cookie',
      code: `
import Cookies from 'js-cookie';

export const acceptCookies = () => Cookies.set('cookie_consent', 'accepted', { expires: 365 });
`,
    },
    {
      name: 'clearing with res.clearCookie',
      code: `
app.post('/logout', (req, res) => {
  res.clearCookie('access_token');
  res.clearCookie('refresh_token', { path: '/api/auth' });
  res.sendStatus(204);
});
`,
    },
    {
      name: 'clearing with maxAge 0',
      code: `
export function logout(res) {
  res.cookie('token', '', { maxAge: 0 });
}
`,
    },
    {
      name: 'clearing with expires new Date(0)',
      code: `
export function logout(res, token) {
  res.cookie('session', token, { expires: new Date(0), path: '/' });
}
`,
    },
    {
      name: 'Next.js cookies().delete',
      code: `
import { cookies } from 'next/headers';

export async function signOut() {
  const store = await cookies();
  store.delete('access_token');
  store.set('refresh_token', '', { maxAge: 0 });
}
`,
    },
    {
      name: 'document.cookie clearing a token',
      code: `
export function clearToken() {
  document.cookie = 'access_token=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
}
`,
    },
    {
      name: 'double-submit CSRF cookie readable by JS',
      code: `
app.use((req, res, next) => {
  res.cookie('XSRF-TOKEN', req.csrfToken(), { secure: true, sameSite: 'strict' });
  next();
});
`,
    },
    {
      name: 'csrfToken cookie without flags',
      code: `
export function issueCsrf(res, csrfToken) {
  res.cookie('csrfToken', csrfToken);
  res.cookie('_csrf', csrfToken, { httpOnly: false });
}
`,
    },
    {
      name: 'Koa default httpOnly with secure and sameSite set',
      code: `
import Koa from 'koa';

const app = new Koa();
app.use(async (ctx) => {
  const { accessToken } = await authenticate(ctx.request.body);
  ctx.cookies.set('access_token', accessToken, { sameSite: 'lax' });
});
`,
    },
    {
      name: 'Hapi defaults are secure',
      code: `
import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 3000 });
server.state('session', { ttl: null, path: '/', encoding: 'base64json' });
server.route({ method: 'POST', path: '/login', handler: (request, h) => h.response().state('session', { sid: request.auth.credentials.sid }) });
`,
    },
    {
      name: 'express-session with a hardened cookie',
      code: `
import session from 'express-session';

app.use(session({ name: 'sid', secret: process.env.SECRET, cookie: { httpOnly: true, secure: true, sameSite: 'lax' } }));
`,
    },
    {
      name: 'express-session with secure auto',
      code: `
const session = require('express-session');

app.use(session({ secret: 'keyboard cat', cookie: { secure: 'auto', sameSite: 'strict' } }));
`,
    },
    {
      name: 'express-session cookie options from elsewhere',
      code: `
import session from 'express-session';
import { sessionCookie } from './config';

app.use(session({ secret: process.env.SECRET, cookie: sessionCookie }));
`,
    },
    {
      name: 'cookie-session with sameSite',
      code: `
import cookieSession from 'cookie-session';

app.use(cookieSession({ name: 'session', keys: [process.env.KEY], sameSite: 'lax' }));
`,
    },
    {
      name: 'Set-Cookie header with all attributes',
      code: `
export default function handler(req, res) {
  res.setHeader('Set-Cookie', \`access_token=\${req.session.accessToken}; Path=/; HttpOnly; Secure; SameSite=Lax\`);
}
`,
    },
    {
      name: 'Set-Cookie header with dynamic attributes',
      code: `
export function write(res, sid, attributes) {
  res.setHeader('Set-Cookie', \`sid=\${sid}; \${attributes}\`);
}
`,
    },
    {
      name: 'Set-Cookie header for a locale cookie',
      code: `
export function setLang(res, lang) {
  res.setHeader('Set-Cookie', \`lang=\${lang}; Path=/; Max-Age=31536000\`);
}
`,
    },
    {
      name: 'cookie.serialize with all flags',
      code: `
import { serialize } from 'cookie';

export function sessionCookie(token: string) {
  return serialize('token', token, { httpOnly: true, secure: true, sameSite: 'strict', path: '/' });
}
`,
    },
    {
      name: 'shadowed document is not the DOM',
      code: `
export function render(document: { cookie: string }, token: string) {
  document.cookie = \`token=\${token}\`;
}
`,
    },
    {
      name: 'local Cookies class is not js-cookie',
      code: `
class Cookies {
  static set(name: string, value: string) {}
}
Cookies.set('token', token);
`,
    },
    {
      name: 'Cypress cy.setCookie in an end-to-end test',
      code: `
describe('dashboard', () => {
  beforeEach(() => {
    cy.setCookie('access_token', Cypress.env('ACCESS_TOKEN'));
  });
});
`,
    },
    {
      name: 'Playwright addCookies and puppeteer page.setCookie',
      code: `
await context.addCookies([{ name: 'session', value: sessionId, url: baseUrl }]);
await page.setCookie({ name: 'token', value: token, domain: 'localhost' });
`,
    },
    {
      name: 'Map set with a token is not a cookie store',
      code: `
const cache = new Map();
cache.set('access_token', tokens.access_token);
`,
    },
    {
      name: 'SvelteKit cookies.set (secure by default) is not Next or Koa',
      code: `
export const actions = {
  login: async ({ cookies, request }) => {
    const { accessToken } = await login(await request.formData());
    cookies.set('access_token', accessToken, { path: '/' });
  },
};
`,
    },
    {
      name: 'analytics id cookie from document.cookie',
      code: `
export function rememberVisitor(id: string) {
  document.cookie = \`visitor_id=\${id}; path=/; max-age=31536000\`;
}
`,
    },
    {
      name: 'OAuth state cookie is transient flow state',
      code: `
export function startLogin(res, state, codeVerifier) {
  res.cookie('oauth_state', state, { maxAge: 600_000 });
  res.cookie('pkce_verifier', codeVerifier, { maxAge: 600_000 });
}
`,
    },
    {
      name: 'token expiry metadata cookie',
      code: `
export function rememberExpiry(res, expiresAt) {
  res.cookie('token_expires_at', String(expiresAt));
}
`,
    },
    {
      name: 'Fastify reply.setCookie with httpOnly and secure (sameSite lax default)',
      code: `
app.post('/login', async (request, reply) => {
  const { access_token } = await oauth.getAccessTokenFromAuthorizationCodeFlow(request);
  reply.setCookie('access_token', access_token, { path: '/', httpOnly: true, secure: true });
});
`,
    },
    {
      name: 'client-side cookie of a non-secret value',
      code: `
import { setCookie } from 'cookies-next';

export const rememberSidebar = (open: boolean) => setCookie('sidebar_state', String(open));
`,
    },
    {
      name: 'allowed cookie name option',
      code: `
export function legacy(res, token) {
  res.cookie('legacy_token', token);
}
`,
      options: [{ allowedCookieNames: ['legacy_token'] }],
    },
    {
      name: 'client-side check disabled',
      code: `
import Cookies from 'js-cookie';

Cookies.set('access_token', accessToken);
`,
      options: [{ checkClientSide: false }],
    },
    {
      name: 'Next.js object form with all flags',
      code: `
import { cookies } from 'next/headers';

export async function GET() {
  const cookieStore = await cookies();
  cookieStore.set({ name: 'session', value: await createSession(), httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
}
`,
    },
    {
      name: 'options object mutated later is not static',
      code: `
export function login(res, token) {
  const options = { httpOnly: true };
  options.secure = isProduction();
  res.cookie('token', token, options);
}
`,
    },
    {
      name: 'generic value under a preference name',
      code: `
export function persist(res, value) {
  res.cookie('user_prefs', value);
}
`,
    },
      {
      name: 'mocked HTTP client response headers in a unit test are received, not set',
      code: `
import { vi } from 'vitest';
const mockAxiosInstance = vi.fn();
mockAxiosInstance.mockResolvedValue({
  status: 200,
  headers: { 'set-cookie': ['session=abc123', 'token=xyz789'] },
  data: new ArrayBuffer(0),
});
`,
    },
    {
      name: 'yes/no login markers next to the session are not credentials',
      code: `
import Cookies from 'js-cookie';

export function markSignedIn(res) {
  Cookies.set('isAuth', 'false');
  Cookies.set('hasSession', 'true', { expires: 7 });
  res.cookie('is_logged_in', '1', { maxAge: 86400000 });
  res.cookie('auth', true);
}
`,
    },
  ],
  invalid: [
    {
      name: 'js-cookie token written next to a yes/no marker',
      code: `
import Cookies from 'js-cookie';

export const handleLogin = (username, token) => {
  Cookies.set('isLoggedIn', 'true');
  Cookies.set('token', token);
};
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'token' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 30,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express res.cookie with a token and no options',
      code: `
import express from 'express';

const app = express();
app.post('/auth/callback', async (req, res) => {
  const tokens = await exchangeCode(req.body.code);
  res.cookie('access_token', tokens.access_token);
  res.redirect('/');
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`httpOnly`, `secure`, `sameSite`' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 50,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express res.cookie with httpOnly only',
      code: `
export async function login(req, res) {
  const { accessToken } = await authService.login(req.body.email, req.body.password);
  res.cookie('accessToken', accessToken, { httpOnly: true, maxAge: 15 * 60 * 1000 });
  res.json({ ok: true });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'accessToken', missing: '`secure`, `sameSite`' },
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 84,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express httpOnly explicitly false is reported on the flag',
      code: `
router.post('/refresh', async (req, res) => {
  const result = await oauthClient.refresh(req.cookies.refresh_token);
  res.cookie('refresh_token', result.refresh_token, { httpOnly: false, secure: true, sameSite: 'strict' });
  res.sendStatus(204);
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'refresh_token', missing: '`httpOnly`' },
          line: 4,
          column: 55,
          endLine: 4,
          endColumn: 70,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express options by const variable missing sameSite',
      code: `
const cookieOptions = { httpOnly: true, secure: true, maxAge: 3600_000 };

export function setSession(res: Response, jwt: string) {
  res.cookie('jwt', jwt, cookieOptions);
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'jwt', missing: '`sameSite`' },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 39,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express options by spread missing secure',
      code: `
const base = { httpOnly: true, path: '/' };

export function issue(res, idToken) {
  res.cookie('id_token', idToken, { ...base, sameSite: 'lax' });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'id_token', missing: '`secure`' },
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 63,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express secure false with sameSite none',
      code: `
app.get('/callback', async (req, res) => {
  const tokenSet = await client.callback(redirectUri, req.query, { state });
  res.cookie('session', tokenSet.id_token, { httpOnly: true, secure: false, sameSite: 'none' });
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'session', missing: '`secure`' },
          line: 4,
          column: 62,
          endLine: 4,
          endColumn: 75,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express cookie name from a constant',
      code: `
const AUTH_COOKIE = 'auth';

export const signIn = (res, user) => {
  res.cookie(AUTH_COOKIE, createSessionId(user), { secure: true, sameSite: 'lax' });
};
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'auth', missing: '`httpOnly`' },
          line: 5,
          column: 50,
          endLine: 5,
          endColumn: 83,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express name constant imported (name words decide)',
      code: `
import { ACCESS_TOKEN_COOKIE_NAME } from './config';

export function persist(res, value: string) {
  res.cookie(ACCESS_TOKEN_COOKIE_NAME, value, { httpOnly: true });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'ACCESS_TOKEN_COOKIE_NAME', missing: '`secure`, `sameSite`' },
          line: 5,
          column: 47,
          endLine: 5,
          endColumn: 65,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express response named response, TS as and non-null',
      code: `
export async function handler(request: Request, response: ExpressResponse) {
  const token = (await getToken(request))!;
  response.cookie('token', token as string, { httpOnly: true, secure: true } as CookieOptions);
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'token', missing: '`sameSite`' },
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 94,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express computed method access',
      code: `
export function remember(res, refreshToken) {
  res['cookie']('rt', refreshToken, { secure: true, sameSite: 'strict' });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'rt', missing: '`httpOnly`' },
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 73,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Next.js cookies().set positional in a server action',
      code: `
'use server';
import { cookies } from 'next/headers';

export async function login(formData: FormData) {
  const { access_token } = await fetchTokens(formData);
  (await cookies()).set('access_token', access_token, { path: '/' });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`httpOnly`, `secure`, `sameSite`' },
          line: 7,
          column: 55,
          endLine: 7,
          endColumn: 68,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Next.js cookie store variable, aliased import',
      code: `
import { cookies as nextCookies } from 'next/headers';

export async function POST(request: Request) {
  const body = await request.json();
  const store = await nextCookies();
  store.set('refresh_token', body.refresh_token, { httpOnly: true, secure: true });
  return Response.json({ ok: true });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'refresh_token', missing: '`sameSite`' },
          line: 7,
          column: 50,
          endLine: 7,
          endColumn: 82,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Next.js object form',
      code: `
import { cookies } from 'next/headers';

export async function GET() {
  const session = await createSession();
  const cookieStore = await cookies();
  cookieStore.set({ name: 'session', value: session.id, httpOnly: true, path: '/' });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'session', missing: '`secure`, `sameSite`' },
          line: 7,
          column: 19,
          endLine: 7,
          endColumn: 84,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'NextResponse cookies in middleware',
      code: `
import { NextResponse, type NextRequest } from 'next/server';

export async function middleware(request: NextRequest) {
  const response = NextResponse.next();
  const refreshed = await refreshAccessToken(request.cookies.get('refresh_token')?.value);
  response.cookies.set('access_token', refreshed.access_token, { httpOnly: true, sameSite: 'lax' });
  return response;
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`secure`' },
          line: 7,
          column: 64,
          endLine: 7,
          endColumn: 99,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'NextResponse.json cookies set inline',
      code: `
import { NextResponse } from 'next/server';

export async function POST(req: Request) {
  const { idToken } = await verifyLogin(await req.json());
  const res = NextResponse.json({ ok: true });
  res.cookies.set('id_token', idToken, { secure: true });
  return res;
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'id_token', missing: '`httpOnly`, `sameSite`' },
          line: 7,
          column: 40,
          endLine: 7,
          endColumn: 56,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Fastify reply.setCookie (sameSite lax by default)',
      code: `
import Fastify from 'fastify';
import cookie from '@fastify/cookie';

const app = Fastify();
app.register(cookie);
app.post('/login', async (request, reply) => {
  const { access_token } = await oauth.getAccessTokenFromAuthorizationCodeFlow(request);
  reply.setCookie('access_token', access_token, { path: '/', secure: true });
  return { ok: true };
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`httpOnly`' },
          line: 9,
          column: 49,
          endLine: 9,
          endColumn: 76,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Koa ctx.cookies.set without sameSite',
      code: `
import Koa from 'koa';

const app = new Koa();
app.use(async (ctx) => {
  const { accessToken } = await authenticate(ctx.request.body);
  ctx.cookies.set('access_token', accessToken, { secure: true });
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`sameSite`' },
          line: 7,
          column: 48,
          endLine: 7,
          endColumn: 64,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Koa httpOnly false',
      code: `
import Router from '@koa/router';

const router = new Router();
router.post('/login', async (ctx) => {
  const jwt = await issueJwt(ctx.state.user);
  ctx.cookies.set('jwt', jwt, { httpOnly: false, sameSite: 'strict' });
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'jwt', missing: '`httpOnly`' },
          line: 7,
          column: 33,
          endLine: 7,
          endColumn: 48,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Hapi server.state with isSecure false',
      code: `
import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 3000 });
server.state('session', { ttl: 24 * 60 * 60 * 1000, isSecure: false, path: '/', encoding: 'base64json' });
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'session', missing: '`isSecure`' },
          line: 5,
          column: 53,
          endLine: 5,
          endColumn: 68,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Hapi h.state with isHttpOnly false',
      code: `
export const handler = async (request, h) => {
  const { token } = await login(request.payload);
  return h.response({ ok: true }).state('token', token, { isHttpOnly: false });
};
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'token', missing: '`isHttpOnly`' },
          line: 4,
          column: 59,
          endLine: 4,
          endColumn: 76,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'express-session without cookie options',
      code: `
import session from 'express-session';

app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false }));
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'connect.sid', missing: '`secure`, `sameSite`' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 96,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'express-session cookie.secure false (require)',
      code: `
const session = require('express-session');

app.use(
  session({
    name: 'sid',
    secret: config.sessionSecret,
    cookie: { httpOnly: true, secure: false, sameSite: 'lax' },
  }),
);
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'sid', missing: '`secure`' },
          line: 8,
          column: 31,
          endLine: 8,
          endColumn: 44,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'express-session cookie missing sameSite',
      code: `
import expressSession from 'express-session';

export const sessionMiddleware = expressSession({
  secret: process.env.SECRET!,
  cookie: { secure: true, maxAge: 86_400_000 },
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'connect.sid', missing: '`sameSite`' },
          line: 6,
          column: 11,
          endLine: 6,
          endColumn: 47,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'cookie-session without sameSite',
      code: `
import cookieSession from 'cookie-session';

app.use(cookieSession({ name: 'session', keys: [process.env.KEY1, process.env.KEY2], maxAge: 24 * 60 * 60 * 1000 }));
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'session', missing: '`sameSite`' },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 115,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Set-Cookie header string without flags',
      code: `
export default async function handler(req, res) {
  const { access_token } = await exchange(req.query.code);
  res.setHeader('Set-Cookie', \`access_token=\${access_token}; Path=/; Max-Age=3600\`);
  res.redirect(302, '/');
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`HttpOnly`, `Secure`, `SameSite`' },
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 83,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Set-Cookie header with HttpOnly only, concatenation',
      code: `
export function writeSession(res, sessionId) {
  res.setHeader('Set-Cookie', 'sid=' + sessionId + '; Path=/; HttpOnly');
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'sid', missing: '`Secure`, `SameSite`' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 72,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Set-Cookie in a Response headers object',
      code: `
export async function POST(request: Request) {
  const { refresh_token } = await grant(request);
  return new Response(null, {
    status: 204,
    headers: { 'Set-Cookie': \`refresh_token=\${refresh_token}; HttpOnly; Secure; Path=/api/auth\` },
  });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'refresh_token', missing: '`SameSite`' },
          line: 6,
          column: 30,
          endLine: 6,
          endColumn: 96,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'cookie.serialize from the cookie package',
      code: `
import { serialize } from 'cookie';

export default function handler(req, res) {
  const token = signJwt({ sub: req.user.id });
  res.setHeader('Set-Cookie', serialize('token', token, { path: '/', maxAge: 3600 }));
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'token', missing: '`httpOnly`, `secure`, `sameSite`' },
          line: 6,
          column: 57,
          endLine: 6,
          endColumn: 84,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'cookie.serialize via namespace require',
      code: `
const cookie = require('cookie');

module.exports = (res, tokens) => {
  res.setHeader('Set-Cookie', cookie.serialize('id_token', tokens.id_token, { httpOnly: true, secure: true, sameSite: false }));
};
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'id_token', missing: '`sameSite`' },
          line: 5,
          column: 109,
          endLine: 5,
          endColumn: 124,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'h3 setCookie in a Nuxt server route',
      code: `
import { defineEventHandler, setCookie, readBody } from 'h3';

export default defineEventHandler(async (event) => {
  const { accessToken } = await login(await readBody(event));
  setCookie(event, 'access_token', accessToken, { httpOnly: true, sameSite: 'strict' });
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`secure`' },
          line: 6,
          column: 49,
          endLine: 6,
          endColumn: 87,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Hono setCookie',
      code: `
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';

const app = new Hono();
app.post('/login', async (c) => {
  const jwt = await sign(payload, c.env.SECRET);
  setCookie(c, 'jwt', jwt, { path: '/' });
  return c.json({ ok: true });
});
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'jwt', missing: '`httpOnly`, `secure`, `sameSite`' },
          line: 8,
          column: 28,
          endLine: 8,
          endColumn: 41,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'js-cookie default import',
      code: `
import Cookies from 'js-cookie';

export function saveTokens(tokens: TokenResponse) {
  Cookies.set('access_token', tokens.access_token, { expires: 1, secure: true, sameSite: 'strict' });
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'access_token' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 101,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'js-cookie require with alias',
      code: `
const JsCookie = require('js-cookie');

export const persistRefresh = (refreshToken) => JsCookie.set('refresh_token', refreshToken);
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'refresh_token' },
          line: 4,
          column: 49,
          endLine: 4,
          endColumn: 92,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'js-cookie global from a script tag',
      code: `
function onLogin(response) {
  Cookies.set('token', response.token);
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'token' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 39,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'document.cookie template in a React hook',
      code: `
import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';

export function useTokenCookie() {
  const auth = useAuth();
  useEffect(() => {
    document.cookie = \`access_token=\${auth.user?.access_token}; path=/; secure; samesite=strict\`;
  }, [auth.user]);
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'access_token' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 97,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'window.document.cookie concatenation',
      code: `
export function storeIdToken(idToken: string) {
  window.document.cookie = 'id_token=' + idToken + '; path=/';
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'id_token' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 62,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'globalThis.document.cookie with a session name',
      code: `
export function keepSession(sid: string) {
  globalThis.document.cookie = \`session=\${sid}; max-age=86400\`;
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'session' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 63,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'cookies-next client setCookie',
      code: `
import { setCookie } from 'cookies-next';

export async function onSubmit(values) {
  const { data } = await api.post('/auth/login', values);
  setCookie('accessToken', data.accessToken, { maxAge: 60 * 60 });
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'accessToken' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 66,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'cookies-next server setCookie with req/res',
      code: `
import { setCookie } from 'cookies-next';

export const getServerSideProps = async ({ req, res, query }) => {
  const tokens = await exchangeCode(query.code);
  setCookie('refresh_token', tokens.refresh_token, { req, res, httpOnly: true });
  return { props: {} };
};
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'refresh_token', missing: '`secure`, `sameSite`' },
          line: 6,
          column: 52,
          endLine: 6,
          endColumn: 80,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'nookies setCookie in the browser (null ctx)',
      code: `
import { setCookie } from 'nookies';

export function saveJwt(jwt: string) {
  setCookie(null, 'jwt', jwt, { maxAge: 30 * 24 * 60 * 60, path: '/' });
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'jwt' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 72,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'nookies default export on the server',
      code: `
import nookies from 'nookies';

export async function getServerSideProps(ctx) {
  const { access_token } = await refresh(ctx);
  nookies.set(ctx, 'access_token', access_token, { path: '/', secure: true });
  return { props: {} };
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'access_token', missing: '`httpOnly`, `sameSite`' },
          line: 6,
          column: 50,
          endLine: 6,
          endColumn: 77,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'react-cookie useCookies setter',
      code: `
import { useCookies } from 'react-cookie';

export function LoginForm() {
  const [, setCookie] = useCookies(['token']);
  const onSuccess = (result) => setCookie('token', result.accessToken, { path: '/' });
  return <Form onSuccess={onSuccess} />;
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'token' },
          line: 6,
          column: 33,
          endLine: 6,
          endColumn: 86,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'universal-cookie instance',
      code: `
import Cookies from 'universal-cookie';

const cookies = new Cookies();

export function setAuth(idToken: string) {
  cookies.set('id_token', idToken, { path: '/' });
}
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'id_token' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 50,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jQuery cookie plugin',
      code: `
$.cookie('auth_token', response.access_token, { expires: 7, path: '/' });
`,
      errors: [
        {
          messageId: 'tokenCookieReadableByScript',
          data: { name: 'auth_token' },
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 73,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express satisfies options in a class controller',
      code: `
export class AuthController {
  async callback(req: Request, res: Response) {
    const tokens = await this.oidc.callback(req);
    res.cookie('id_token', tokens.id_token, { httpOnly: true, secure: true } satisfies CookieOptions);
  }
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'id_token', missing: '`sameSite`' },
          line: 5,
          column: 45,
          endLine: 5,
          endColumn: 101,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Next.js next-auth session token name',
      code: `
import { cookies } from 'next/headers';

export async function impersonate(value: string) {
  (await cookies()).set('next-auth.session-token', value, { httpOnly: true, sameSite: 'lax' });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'next-auth.session-token', missing: '`secure`' },
          line: 5,
          column: 59,
          endLine: 5,
          endColumn: 94,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Express __Host- session name with sameSite false',
      code: `
export function start(res, id) {
  res.cookie('__Host-session', id, { httpOnly: true, secure: true, sameSite: false, path: '/' });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: '__Host-session', missing: '`sameSite`' },
          line: 3,
          column: 68,
          endLine: 3,
          endColumn: 83,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'optional chaining on res',
      code: `
export function setToken(res?: Response, token?: string) {
  res?.cookie('token', token, { secure: true, sameSite: 'lax' });
}
`,
      errors: [
        {
          messageId: 'insecureTokenCookie',
          data: { name: 'token', missing: '`httpOnly`' },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 64,
          suggestions: null,
        },
      ],
      output: null,
    },
  ],
});

describe('default parser', () => {
  const tester = new ESLintRuleTester();
  tester.run('require-secure-token-cookie', rule as unknown as Rule.RuleModule, {
    valid: [
      {
        name: 'Express hardened cookie in CommonJS',
        code: `
const express = require('express');
const app = express();

app.get('/callback', async (req, res) => {
  const tokens = await client.callback(redirectUri, req.query);
  res.cookie('id_token', tokens.id_token, { httpOnly: true, secure: true, sameSite: 'lax' });
});
`,
      },
      {
        name: 'js-cookie theme cookie',
        code: `
import Cookies from 'js-cookie';

Cookies.set('theme', 'dark', { expires: 365 });
`,
      },
    ],
    invalid: [
      {
        name: 'Express session cookie without secure in CommonJS',
        code: `
const express = require('express');
const app = express();

app.post('/login', async (req, res) => {
  const sessionId = await sessions.create(req.body.user);
  res.cookie('sid', sessionId, { httpOnly: true, sameSite: 'strict' });
});
`,
        errors: [
          {
            messageId: 'insecureTokenCookie',
            data: { name: 'sid', missing: '`secure`' },
            line: 7,
            column: 32,
            endLine: 7,
            endColumn: 70,
          },
        ],
      },
      {
        name: 'document.cookie with a refresh token',
        code: `
function save(tokens) {
  document.cookie = 'refresh_token=' + tokens.refresh_token + '; path=/';
}
`,
        errors: [
          {
            messageId: 'tokenCookieReadableByScript',
            data: { name: 'refresh_token' },
            line: 3,
            column: 3,
            endLine: 3,
            endColumn: 73,
          },
        ],
      },
    ],
  });
});
