import { RuleTester as ESLintRuleTester } from 'eslint';
import * as vitest from 'vitest';

import rule from '../../rules/no-access-token-decode.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('no-access-token-decode', rule, {
  valid: [
    {
      name: 'jwtDecode of the oidc-client-ts ID token',
      code: `
import { jwtDecode } from 'jwt-decode';
import { useAuth } from 'react-oidc-context';
export function useDisplayName() {
  const auth = useAuth();
  const claims = jwtDecode(auth.user?.id_token ?? '');
  return claims.name;
}
`,
    },
    {
      name: 'typed jwtDecode of user.id_token',
      code: `
import { jwtDecode } from 'jwt-decode';
import type { User } from 'oidc-client-ts';
interface IdTokenClaims { email: string; name: string }
export function getProfile(user: User) {
  return jwtDecode<IdTokenClaims>(user.id_token!);
}
`,
    },
    {
      name: 'jose decodeJwt of the Google Identity Services credential',
      code: `
import { decodeJwt } from 'jose';
import { GoogleLogin } from '@react-oauth/google';
export function SignIn({ onUser }) {
  return <GoogleLogin onSuccess={(credentialResponse) => onUser(decodeJwt(credentialResponse.credential))} />;
}
`,
    },
    {
      name: 'TextDecoder.decode of a buffer',
      code: `
export async function readBody(response: Response) {
  const buf = await response.arrayBuffer();
  const accessToken = new TextDecoder().decode(buf);
  return accessToken;
}
`,
    },
    {
      name: 'qs.decode of the query string',
      code: `
import qs from 'querystring';
export function parseCallback(search: string) {
  const { access_token } = qs.decode(search.slice(1));
  return access_token;
}
`,
    },
    {
      name: 'atob of an image, not a token',
      code: `
export function toBlob(base64Image: string) {
  const binary = atob(base64Image);
  return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))], { type: 'image/png' });
}
`,
    },
    {
      name: 'Buffer.from base64 of a non-token',
      code: `
export function decodeAttachment(data: string) {
  return Buffer.from(data, 'base64').toString('utf8');
}
`,
    },
    {
      name: 'jwtDecode with { header: true } reads only the header',
      code: `
import { jwtDecode } from 'jwt-decode';
export function getKeyId(accessToken: string) {
  return jwtDecode(accessToken, { header: true }).kid;
}
`,
    },
    {
      name: 'header option given by variable',
      code: `
import { jwtDecode } from 'jwt-decode';
const HEADER_ONLY = { header: true };
export function getAlg(accessToken: string) {
  return jwtDecode(accessToken, HEADER_ONLY).alg;
}
`,
    },
    {
      name: 'header option given by spread',
      code: `
import jwt_decode from 'jwt-decode';
const base = { header: true } as const;
export function getAlg(accessToken: string) {
  return jwt_decode(accessToken, { ...base }).alg;
}
`,
    },
    {
      name: 'jose decodeProtectedHeader of an access token',
      code: `
import * as jose from 'jose';
export function keyIdOf(accessToken: string) {
  return jose.decodeProtectedHeader(accessToken).kid;
}
`,
    },
    {
      name: 'hand-written header decode (segment 0)',
      code: `
export function algOf(accessToken: string) {
  return JSON.parse(atob(accessToken.split('.')[0])).alg;
}
`,
    },
    {
      name: 'generic token of unknown kind',
      code: `
import { jwtDecode } from 'jwt-decode';
export function isExpired(token: string) {
  const { exp } = jwtDecode(token);
  return exp * 1000 < Date.now();
}
`,
    },
    {
      name: 'Keycloak tokenParsed is already parsed by the adapter',
      code: `
import Keycloak from 'keycloak-js';
const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'app', clientId: 'web' });
export function roles() {
  return keycloak.tokenParsed?.realm_access?.roles ?? [];
}
`,
    },
    {
      name: 'Express middleware decodes the bearer token it received',
      code: `
import jwt from 'jsonwebtoken';
export function audit(req, res, next) {
  const accessToken = req.headers.authorization?.split(' ')[1];
  const claims = jwt.decode(accessToken);
  req.log.info({ sub: claims?.sub });
  next();
}
`,
    },
    {
      name: 'Next.js middleware decodes the access token cookie it received',
      code: `
import { NextResponse, type NextRequest } from 'next/server';
import { decodeJwt } from 'jose';
export function middleware(request: NextRequest) {
  const accessToken = request.cookies.get('access_token')?.value;
  if (!accessToken) return NextResponse.redirect(new URL('/login', request.url));
  const { exp } = decodeJwt(accessToken);
  return exp! * 1000 < Date.now() ? NextResponse.redirect(new URL('/login', request.url)) : NextResponse.next();
}
`,
    },
    {
      name: 'Next.js route handler: request.headers.get(authorization)',
      code: `
import { jwtDecode } from 'jwt-decode';
export async function GET(request: Request) {
  const accessToken = request.headers.get('authorization')!.replace('Bearer ', '');
  const { sub } = jwtDecode(accessToken);
  return Response.json({ sub });
}
`,
    },
    {
      name: 'Lambda handler decodes the token from event.headers',
      code: `
const { jwtDecode } = require('jwt-decode');
exports.handler = async (event) => {
  const accessToken = event.headers.Authorization.split(' ')[1];
  const claims = jwtDecode(accessToken);
  return { statusCode: 200, body: JSON.stringify({ user: claims.sub }) };
};
`,
    },
    {
      name: 'Koa middleware: ctx.request.header.authorization',
      code: `
import { decodeJwt } from 'jose';
export async function tenant(ctx, next) {
  const [, accessToken] = ctx.request.header.authorization.split(' ');
  ctx.state.tenant = decodeJwt(accessToken).tid;
  await next();
}
`,
    },
    {
      name: 'Express: req.cookies.access_token hand-decoded',
      code: `
export function whoAmI(req, res) {
  const payload = JSON.parse(Buffer.from(req.cookies.access_token.split('.')[1], 'base64url').toString());
  res.json({ sub: payload.sub });
}
`,
    },
    {
      name: 'shadowed atob',
      code: `
import { decodeBase64 } from './b64';
export function readPayload(accessToken: string) {
  const atob = (s: string) => decodeBase64(s);
  return atob(accessToken.split('.')[1]);
}
`,
    },
    {
      name: 'unrelated decode: he.decode on the access token text',
      code: `
import he from 'he';
export function render(accessToken: string) {
  return he.decode(accessToken);
}
`,
    },
    {
      name: 'decode from a module that is not a JWT decoder',
      code: `
import { decode } from './codec';
export function readAccess(accessToken: string) {
  return decode(accessToken);
}
`,
    },
    {
      name: 'server verification result is not a decode',
      code: `
import { jwtVerify, createRemoteJWKSet } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://idp.example.com/.well-known/jwks.json'));
export async function verifyAccess(accessToken: string) {
  const { payload } = await jwtVerify(accessToken, JWKS, { audience: 'https://api.example.com' });
  return payload.scope;
}
`,
    },
    {
      name: 'parseJwt helper called with the ID token',
      code: `
function parseJwt(token) {
  const base64Url = token.split('.')[1];
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(window.atob(base64));
}
export function getEmail(user) {
  return parseJwt(user.id_token).email;
}
`,
    },
    {
      name: 'Auth0 getIdTokenClaims is not a decode',
      code: `
import { useAuth0 } from '@auth0/auth0-react';
export function useRoles() {
  const { getIdTokenClaims } = useAuth0();
  return getIdTokenClaims().then((claims) => claims?.['https://example.com/roles']);
}
`,
    },
    {
      name: 'decoding claims objects is not a decode',
      code: `
import { jwtDecode } from 'jwt-decode';
export function readScope(accessTokenClaims: Record<string, unknown>) {
  return String(accessTokenClaims.scope);
}
`,
    },
    {
      name: 'MSAL idTokenClaims',
      code: `
import { useMsal } from '@azure/msal-react';
export function useRoles() {
  const { accounts } = useMsal();
  return accounts[0]?.idTokenClaims?.roles ?? [];
}
`,
    },
    {
      name: 'refresh token decode is not an access token decode',
      code: `
import { jwtDecode } from 'jwt-decode';
export function refreshExpiry() {
  const refreshToken = localStorage.getItem('refresh_token');
  return refreshToken ? jwtDecode(refreshToken).exp : 0;
}
`,
    },
    {
      name: 'base64 library decoding a non-token value',
      code: `
import base64 from 'base-64';
export function readState(encodedState: string) {
  return JSON.parse(base64.decode(encodedState));
}
`,
    },
    {
      name: 'jwtDecode imported from another module name',
      code: `
import { jwtDecode } from './utils/jwt';
export function readAccess(accessToken: string) {
  return jwtDecode(accessToken);
}
`,
    },
    {
      name: 'hono middleware: c.req.header(Authorization)',
      code: `
import { decode } from 'hono/jwt';
export const tenant = async (c, next) => {
  const accessToken = c.req.header('Authorization')?.slice(7) ?? '';
  c.set('tenant', decode(accessToken).payload.tid);
  await next();
};
`,
    },
    {
      name: 'atob of the state parameter',
      code: `
export function readReturnTo(params: URLSearchParams) {
  const state = params.get('state') ?? '';
  return JSON.parse(atob(state)).returnTo;
}
`,
    },
    {
      name: 'Buffer.from without a base64 encoding',
      code: `
export function accessTokenBytes(accessToken: string) {
  return Buffer.from(accessToken.split('.')[1]).length;
}
`,
    },
      {
      name: 'resource server helper decodes the access token to pick the key, then verifies it',
      code: `
const jwt = require('jsonwebtoken');
const validateAccessToken = async (accessToken) => {
  const decodedToken = jwt.decode(accessToken, { complete: true });
  const keys = await getSigningKeys(decodedToken.header);
  const verifiedToken = jwt.verify(accessToken, keys, { audience: process.env.API_AUDIENCE });
  return verifiedToken.scp.includes('access_as_user');
};
`,
    },
    {
      name: 'resource server: NestJS guard decoding the request access token with JwtService',
      code: `
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

@Injectable()
export class ScopesGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const accessToken = request.headers.authorization?.split(' ')[1];
    const claims = this.jwtService.decode(accessToken);
    return claims?.scope?.includes('orders:read') ?? false;
  }
}
`,
    },
  ],
  invalid: [
    {
      name: 'Angular service: a method that decodes its access-token parameter and is called from other components',
      code: `
import { Injectable } from '@angular/core';
import { CookieService } from 'ngx-cookie-service';
@Injectable({ providedIn: 'root' })
export class AdminAuthService {
  constructor(private cookieService: CookieService) {}
  storeAccessToken(accessToken: string) {
    const decodedToken = JSON.parse(atob(accessToken.split('.')[1]));
    this.cookieService.set('adminAccessToken', accessToken, new Date(decodedToken.exp * 1000), '/');
  }
}
`,
      errors: [{ messageId: 'accessTokenDecoded', data: { decoder: 'atob' }, line: 8, column: 37, endLine: 8, endColumn: 68 }],
    },
    {
      name: 'Auth0 React: getAccessTokenSilently then jwtDecode for permissions',
      code: `
import { useAuth0 } from '@auth0/auth0-react';
import { jwtDecode } from 'jwt-decode';
import { useEffect, useState } from 'react';
export function usePermissions() {
  const { getAccessTokenSilently } = useAuth0();
  const [permissions, setPermissions] = useState<string[]>([]);
  useEffect(() => {
    (async () => {
      const token = await getAccessTokenSilently();
      const decoded = jwtDecode<{ permissions: string[] }>(token);
      setPermissions(decoded.permissions);
    })();
  }, [getAccessTokenSilently]);
  return permissions;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 66,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'oidc-client-ts user.access_token decoded for exp',
      code: `
import { UserManager } from 'oidc-client-ts';
import { jwtDecode } from 'jwt-decode';
const userManager = new UserManager(settings);
export async function expiresAt() {
  const user = await userManager.getUser();
  return jwtDecode(user!.access_token).exp;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 39,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'MSAL result.accessToken decoded for roles',
      code: `
import { PublicClientApplication } from '@azure/msal-browser';
import jwt_decode from 'jwt-decode';
const msal = new PublicClientApplication(msalConfig);
export async function getRoles(account) {
  const result = await msal.acquireTokenSilent({ account, scopes: ['api://orders/.default'] });
  const claims: any = jwt_decode(result.accessToken);
  return claims.roles;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwt_decode' },
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 53,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Okta authState.accessToken.accessToken',
      code: `
import { useOktaAuth } from '@okta/okta-react';
import { decodeJwt } from 'jose';
export function useScopes() {
  const { authState } = useOktaAuth();
  if (!authState?.accessToken) return [];
  return decodeJwt(authState.accessToken.accessToken).scp as string[];
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'decodeJwt' },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 54,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Keycloak keycloak.token decoded',
      code: `
import Keycloak from 'keycloak-js';
import { jwtDecode } from 'jwt-decode';
const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'app', clientId: 'web' });
export function clientRoles() {
  const claims: any = jwtDecode(keycloak.token!);
  return claims.resource_access?.web?.roles ?? [];
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 49,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Angular service: this.oauthService.getAccessToken()',
      code: `
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
import { jwtDecode } from 'jwt-decode';
@Injectable({ providedIn: 'root' })
export class PermissionService {
  constructor(private oauthService: OAuthService) {}
  get permissions(): string[] {
    const claims = jwtDecode<{ permissions: string[] }>(this.oauthService.getAccessToken());
    return claims.permissions;
  }
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 92,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'axios interceptor checks expiry of the stored access token',
      code: `
import axios from 'axios';
import { jwtDecode } from 'jwt-decode';
const api = axios.create({ baseURL: '/api' });
api.interceptors.request.use(async (config) => {
  const accessToken = localStorage.getItem('access_token');
  if (accessToken && jwtDecode(accessToken).exp! * 1000 < Date.now()) {
    await refreshSession();
  }
  return config;
});
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 7,
          column: 22,
          endLine: 7,
          endColumn: 44,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jwt-decode v4 aliased import',
      code: `
import { jwtDecode as decode } from 'jwt-decode';
export function scopesOf(session) {
  return decode(session.accessToken).scope.split(' ');
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'decode' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 37,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jwt-decode v3 via require',
      code: `
const jwt_decode = require('jwt-decode');
module.exports.tenantOf = function tenantOf(tokens) {
  return jwt_decode(tokens.access_token).tid;
};
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwt_decode' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 41,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jwt-decode v4 destructured require',
      code: `
const { jwtDecode } = require('jwt-decode');
function expiry() {
  return jwtDecode(sessionStorage.getItem('access_token')).exp;
}
module.exports = { expiry };
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 59,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jose namespace import',
      code: `
import * as jose from 'jose';
export function readScopes(accessToken: string) {
  return String(jose.decodeJwt(accessToken).scope).split(' ');
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jose.decodeJwt' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 44,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jose aliased decodeJwt',
      code: `
import { decodeJwt as readJwt } from 'jose';
export const userIdOf = (tokenResponse: { access_token: string }) => readJwt(tokenResponse.access_token).sub;
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'readJwt' },
          line: 3,
          column: 70,
          endLine: 3,
          endColumn: 105,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jsonwebtoken default import decode',
      code: `
import jwt from 'jsonwebtoken';
import { Issuer } from 'openid-client';
export async function cli(issuerUrl: string) {
  const issuer = await Issuer.discover(issuerUrl);
  const client = new issuer.Client({ client_id: 'cli', client_secret: process.env.SECRET });
  const tokenSet = await client.grant({ grant_type: 'client_credentials' });
  console.log(jwt.decode(tokenSet.access_token));
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwt.decode' },
          line: 8,
          column: 15,
          endLine: 8,
          endColumn: 48,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jsonwebtoken namespace import',
      code: `
import * as jwt from 'jsonwebtoken';
export function printClaims(accessToken: string) {
  console.table(jwt.decode(accessToken, { complete: true })?.payload);
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwt.decode' },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 60,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jsonwebtoken require and member call',
      code: `
const jwt = require('jsonwebtoken');
async function main() {
  const res = await fetch(tokenUrl, { method: 'POST', body });
  const { access_token } = await res.json();
  console.log(jwt.decode(access_token).scope);
}
main();
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwt.decode' },
          line: 6,
          column: 15,
          endLine: 6,
          endColumn: 39,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jsonwebtoken destructured require',
      code: `
const { decode } = require('jsonwebtoken');
exports.scopes = (accessToken) => decode(accessToken).scope;
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'decode' },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 54,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'hand-written JSON.parse(atob(t.split(".")[1]))',
      code: `
export function getAccessTokenExpiry() {
  const accessToken = localStorage.getItem('access_token');
  if (!accessToken) return null;
  return JSON.parse(atob(accessToken.split('.')[1])).exp;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 52,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'window.atob',
      code: `
export function rolesFrom(accessToken: string) {
  return JSON.parse(window.atob(accessToken.split('.')[1])).roles;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 59,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'globalThis.atob with optional chaining',
      code: `
export function scopeOf(session?: { accessToken?: string }) {
  return JSON.parse(globalThis.atob(session?.accessToken?.split('.')[1] ?? '')).scope;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 79,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Buffer.from(..., base64) in a Node script',
      code: `
import { ConfidentialClientApplication } from '@azure/msal-node';
const cca = new ConfidentialClientApplication(config);
const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
const claims = JSON.parse(Buffer.from(result!.accessToken.split('.')[1], 'base64').toString());
console.log(claims.roles);
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'Buffer.from' },
          line: 5,
          column: 27,
          endLine: 5,
          endColumn: 83,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Buffer.from(..., base64url) with destructured parts',
      code: `
export function readAccessClaims(tokens: { access_token: string }) {
  const [, payload] = tokens.access_token.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'Buffer.from' },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 54,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'destructured payload then atob',
      code: `
export function permissionsOf(accessToken: string) {
  const [header, payload, signature] = accessToken.split('.');
  return JSON.parse(atob(payload)).permissions;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 34,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'base64url replacement chain and decodeURIComponent',
      code: `
export function decodeAccess() {
  const accessToken = sessionStorage.getItem('access_token')!;
  const base64Url = accessToken.split('.')[1];
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/');
  const json = decodeURIComponent(
    atob(base64)
      .split('')
      .map((c) => '%' + ('00' + c.charCodeAt(0).toString(16)).slice(-2))
      .join(''),
  );
  return JSON.parse(json);
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 17,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'parts variable and padding',
      code: `
export function exp(accessToken: string) {
  const parts = accessToken.split('.');
  let segment = parts[1].replace(/-/g, '+').replace(/_/g, '/');
  while (segment.length % 4) segment += '=';
  return JSON.parse(atob(segment)).exp;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 34,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'same-file parseJwt helper called with an access token',
      code: `
function parseJwt(token) {
  const base64Url = token.split('.')[1];
  const base64 = base64Url.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(window.atob(base64));
}
export function isAdmin(user) {
  return parseJwt(user.access_token).roles.includes('admin');
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'parseJwt' },
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 37,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'arrow helper wrapping jwtDecode',
      code: `
import { jwtDecode } from 'jwt-decode';
const decodeToken = (token: string) => jwtDecode<{ exp: number }>(token);
export function msUntilExpiry(accessToken: string) {
  return decodeToken(accessToken).exp * 1000 - Date.now();
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'decodeToken' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 34,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'class method helper in an Angular service',
      code: `
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
@Injectable({ providedIn: 'root' })
export class AuthService {
  constructor(private readonly oauth: OAuthService) {}
  private decode(token: string) {
    return JSON.parse(atob(token.split('.')[1]));
  }
  hasScope(scope: string) {
    return this.decode(this.oauth.getAccessToken()).scope.includes(scope);
  }
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'decode' },
          line: 11,
          column: 12,
          endLine: 11,
          endColumn: 52,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Vue composable with Auth0',
      code: `
import { useAuth0 } from '@auth0/auth0-vue';
import { jwtDecode } from 'jwt-decode';
import { ref } from 'vue';
export function usePermissions() {
  const { getAccessTokenSilently } = useAuth0();
  const permissions = ref<string[]>([]);
  getAccessTokenSilently().then((token) => {
    permissions.value = jwtDecode<{ permissions: string[] }>(token).permissions;
  });
  return { permissions };
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 9,
          column: 25,
          endLine: 9,
          endColumn: 68,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'TS non-null and as assertions on the token',
      code: `
import { jwtDecode } from 'jwt-decode';
import type { User } from 'oidc-client-ts';
export function tenant(user: User | null) {
  return jwtDecode((user!.access_token as string)).tid;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 51,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'satisfies and template literal',
      code: `
import { decodeJwt } from 'jose';
export function readAccess(session: { accessToken: string }) {
  const accessToken = \`\${session.accessToken}\` satisfies string;
  return decodeJwt(accessToken);
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'decodeJwt' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 32,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'computed access to the decoder',
      code: `
import * as jose from 'jose';
export function sub(accessToken: string) {
  return jose['decodeJwt'](accessToken).sub;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jose.decodeJwt' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 40,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'header: false is a payload decode',
      code: `
import { jwtDecode } from 'jwt-decode';
export function claims(accessToken: string) {
  return jwtDecode(accessToken, { header: false });
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 51,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Supabase session.access_token decoded for the role claim',
      code: `
import { createClient } from '@supabase/supabase-js';
import { jwtDecode } from 'jwt-decode';
const supabase = createClient(url, key);
export async function role() {
  const { data: { session } } = await supabase.auth.getSession();
  return session ? jwtDecode<{ user_role: string }>(session.access_token).user_role : null;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 7,
          column: 20,
          endLine: 7,
          endColumn: 74,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Amplify v6 fetchAuthSession access token payload via base64',
      code: `
import { fetchAuthSession } from 'aws-amplify/auth';
export async function groups() {
  const { tokens } = await fetchAuthSession();
  const raw = tokens!.accessToken.toString();
  return JSON.parse(atob(raw.split('.')[1]))['cognito:groups'];
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 44,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'nested helper passing the token on',
      code: `
function parseJwt(token) {
  return JSON.parse(atob(token.split('.')[1]));
}
function getRoles(jwt) {
  return parseJwt(jwt).roles;
}
export const isAdmin = (session) => getRoles(session.accessToken).includes('admin');
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'getRoles' },
          line: 8,
          column: 37,
          endLine: 8,
          endColumn: 66,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'js-base64 Base64.decode',
      code: `
import { Base64 } from 'js-base64';
export function scopes(accessToken: string) {
  return JSON.parse(Base64.decode(accessToken.split('.')[1])).scp;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'Base64.decode' },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 61,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'next-auth jwt callback decodes the provider access token',
      code: `
import NextAuth from 'next-auth';
import { jwtDecode } from 'jwt-decode';
export default NextAuth({
  providers: [],
  callbacks: {
    async jwt({ token, account }) {
      if (account) token.roles = jwtDecode<{ roles: string[] }>(account.access_token!).roles;
      return token;
    },
  },
});
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jwtDecode' },
          line: 8,
          column: 34,
          endLine: 8,
          endColumn: 87,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'base64url package in a Node CLI',
      code: `
import base64url from 'base64url';
import { readFileSync } from 'node:fs';
const { access_token } = JSON.parse(readFileSync('.tokens.json', 'utf8'));
console.log(JSON.parse(base64url.decode(access_token.split('.')[1])).scope);
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'base64url.decode' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 68,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'node:buffer atob in a service-to-service client',
      code: `
import { atob } from 'node:buffer';
export async function tenantOf(tokenResponse: { access_token: string; expires_in: number }) {
  return JSON.parse(atob(tokenResponse.access_token.split('.')[1])).tid;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'atob' },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 67,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'hono decode of an access token fetched by a worker',
      code: `
import { decode } from 'hono/jwt';
export async function scopes(env) {
  const res = await fetch(env.TOKEN_URL, { method: 'POST', body: env.CLIENT_CREDENTIALS });
  const { access_token: accessToken } = await res.json();
  return decode(accessToken).payload.scope;
}
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'decode' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 29,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'jws.decode of the stored access token',
      code: `
const jws = require('jws');
function readClaims(store) {
  return jws.decode(store.get('access_token')).payload;
}
module.exports = readClaims;
`,
      errors: [
        {
          messageId: 'accessTokenDecoded',
          data: { decoder: 'jws.decode' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 47,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'keycloak-angular: KeycloakService.getToken() returns the access token',
      code: `
import { Injectable } from '@angular/core';
import { KeycloakService } from 'keycloak-angular';
import { jwtDecode } from 'jwt-decode';

@Injectable({ providedIn: 'root' })
export class RoleService {
  constructor(private keycloakService: KeycloakService) {}

  async clientRoles(clientId: string): Promise<string[]> {
    const token = await this.keycloakService.getToken();
    const parsed: any = jwtDecode(token);
    return parsed.resource_access?.[clientId]?.roles ?? [];
  }
}
`,
      errors: [{ messageId: 'accessTokenDecoded', data: { decoder: 'jwtDecode' }, line: 12, column: 25, endLine: 12, endColumn: 41, suggestions: null }],
      output: null,
    },
  ],
});

ESLintRuleTester.describe = vitest.describe;
ESLintRuleTester.it = vitest.it;
ESLintRuleTester.itOnly = vitest.it.only;

vitest.describe('default parser', () => {
  new ESLintRuleTester().run('no-access-token-decode', rule as unknown as Parameters<ESLintRuleTester['run']>[1], {
    valid: [
      {
        name: 'plain JS: ID token decoded with jwt-decode',
        code: `
import { jwtDecode } from 'jwt-decode';
export const emailOf = (user) => jwtDecode(user.id_token).email;
`,
      },
      {
        name: 'plain JS: Express middleware reads the received token',
        code: `
const jwt = require('jsonwebtoken');
module.exports = (req, res, next) => {
  const accessToken = (req.headers.authorization || '').replace('Bearer ', '');
  req.user = jwt.decode(accessToken);
  next();
};
`,
      },
    ],
    invalid: [
      {
        name: 'plain JS: atob of the stored access token',
        code: `
export function isExpired() {
  const accessToken = localStorage.getItem('access_token');
  return JSON.parse(atob(accessToken.split('.')[1])).exp * 1000 < Date.now();
}
`,
        errors: [
          {
            messageId: 'accessTokenDecoded',
            data: { decoder: 'atob' },
            line: 4,
            column: 21,
            endLine: 4,
            endColumn: 52,
            suggestions: [],
          },
        ],
        output: null,
      },
      {
        name: 'plain JS: Keycloak token decoded with jwt-decode v3',
        code: `
import Keycloak from 'keycloak-js';
import jwt_decode from 'jwt-decode';
const keycloak = new Keycloak('/keycloak.json');
export const scopes = () => jwt_decode(keycloak.token).scope;
`,
        errors: [
          {
            messageId: 'accessTokenDecoded',
            data: { decoder: 'jwt_decode' },
            line: 5,
            column: 29,
            endLine: 5,
            endColumn: 55,
            suggestions: [],
          },
        ],
        output: null,
      },
    ],
  });
});
