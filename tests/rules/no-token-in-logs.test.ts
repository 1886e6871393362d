import { RuleTester as ESLintRuleTester } from 'eslint';
import { describe, it } from 'vitest';

import rule from '../../rules/no-token-in-logs.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('no-token-in-logs', rule, {
  valid: [
    {
      name: "a push registration token labelled as such is not an OAuth credential",
      code: `
export async function registerPush(token: string) {
  console.log('FCM registration token:', token);
}
`,
    },
    {
      name: "a bare tokens list in wallet code is crypto-currency tokens",
      code: `
export async function swap(contract, tokens, amounts) {
  console.log(tokens);
  await contract.swapMultipleTokensForWETH(tokens, amounts);
}
`,
    },
    {
      name: "a token labelled in the message but masked to a prefix is not reported",
      code: `
export function debugToken(token: string) {
  console.log('Token:', token ? \`\${token.substring(0, 20)}...\` : 'missing');
}
`,
    },
    {
      name: "token length with %d placeholder",
      code: `
import pino from 'pino';
const logger = pino();
export function onRefresh(token: string) {
  logger.info('Token length=%d', token.length);
}
`,
    },
    {
      name: "message that only mentions the word token",
      code: `
export async function refresh(client) {
  await client.refresh();
  console.log('token refreshed');
}
`,
    },
    {
      name: "optional chaining on a token length",
      code: `
export function debugAuth(accessToken?: string) {
  console.debug('access token length', accessToken?.length ?? 0);
}
`,
    },
    {
      name: "masked prefix of an access token",
      code: `
export function logLogin(tokens) {
  console.log('Signed in, access token ' + tokens.access_token.slice(0, 6) + '…');
}
`,
    },
    {
      name: "mask() and redact() helpers",
      code: `
import { mask, redact } from './redaction';
export function audit(logger, accessToken: string, idToken: string) {
  logger.info({ accessToken: mask(accessToken), idToken: redact(idToken), note: '***' });
}
`,
    },
    {
      name: "SHA-256 fingerprint of the token",
      code: `
import { createHash } from 'node:crypto';
export function logToken(log, accessToken: string) {
  const fingerprint = createHash('sha256').update(accessToken).digest('hex').slice(0, 12);
  log.info({ fingerprint }, 'issued access token');
}
`,
    },
    {
      name: "booleans about a token",
      code: `
export function useAuthDebug(accessToken: string | undefined, hasRefreshToken: boolean) {
  console.log('auth state', !!accessToken, Boolean(accessToken), hasRefreshToken);
  console.log(\`has token: \${accessToken ? 'yes' : 'no'}\`, accessToken !== undefined);
}
`,
    },
    {
      name: "expiry, token type and scope from a token response",
      code: `
import * as client from 'openid-client';
export async function callback(config, url) {
  const tokens = await client.authorizationCodeGrant(config, url);
  console.log('token type', tokens.token_type, 'expires in', tokens.expires_in, 'scope', tokens.scope);
  return tokens;
}
`,
    },
    {
      name: "expiry names",
      code: `
export function scheduleRefresh(logger, expiresIn: number, tokenExpiry: Date, expires_at: number) {
  logger.debug(\`refresh scheduled: \${expiresIn}s, expiry \${tokenExpiry.toISOString()}, at \${expires_at}\`);
}
`,
    },
    {
      name: "decoded claims of an ID token",
      code: `
import { jwtDecode } from 'jwt-decode';
export function logUser(idToken: string) {
  const claims = jwtDecode(idToken);
  console.log('user', claims.sub, claims.email);
  console.log('claims', claims);
}
`,
    },
    {
      name: "payload.exp from jose decodeJwt",
      code: `
import { decodeJwt } from 'jose';
export function logExpiry(accessToken: string) {
  const payload = decodeJwt(accessToken);
  console.info('access token expires at', payload.exp);
}
`,
    },
    {
      name: "pagination, CSRF and push tokens",
      code: `
export function debugPage(logger, nextPageToken: string, csrfToken: string, fcmToken: string) {
  logger.debug({ nextPageToken, csrfToken, fcmToken });
}
`,
    },
    {
      name: "error objects",
      code: `
export async function refreshTokens(client) {
  try {
    return await client.refresh();
  } catch (err) {
    console.error('Failed to refresh token', err);
    console.error(err);
  }
}
`,
    },
    {
      name: "generic token without reportUnknownTokens (default)",
      code: `
export async function onLogin(token: string) {
  console.log('received', token);
}
`,
    },
    {
      name: "shadowed console parameter",
      code: `
export function withConsole(console: { log: (...args: unknown[]) => void }, accessToken: string) {
  console.log(accessToken);
}
`,
    },
    {
      name: "local variable named console",
      code: `
import { createConsoleSink } from './sink';
const console = createConsoleSink();
export function f(idToken: string) {
  console.log(idToken);
}
`,
    },
    {
      name: "non-logger receiver with a level-like method",
      code: `
export function showDialog(dialog, accessToken: string) {
  dialog.error('Session expired');
  Math.log(accessToken.length);
}
`,
    },
    {
      name: "Auth.js jwt callback token is decoded claims (reportUnknownTokens)",
      code: `
export const authOptions = {
  callbacks: {
    async jwt({ token, account }) {
      console.log('jwt callback', token);
      return token;
    },
  },
};
`,
      options: [{"reportUnknownTokens":true}],
    },
    {
      name: "lexer tokens in a tokenizer",
      code: `
import { tokenize } from './lexer';
export function debugParse(source: string) {
  const tokens = tokenize(source);
  console.log(tokens);
}
`,
    },
    {
      name: "words split from a line",
      code: `
export function parseCommand(line: string) {
  const tokens = line.split(/\\s+/);
  console.log('tokens', tokens);
  return tokens;
}
`,
    },
    {
      name: "non-Authorization request headers",
      code: `
export function requestLogger(req, res, next) {
  console.log(req.method, req.url, req.headers['user-agent'], req.headers['x-request-id']);
  next();
}
`,
    },
    {
      name: "presence of the Authorization header only",
      code: `
export function authMiddleware(req, res, next) {
  console.log('authorization present:', Boolean(req.headers.authorization), req.headers.authorization?.length);
  next();
}
`,
    },
    {
      name: "response headers of an upstream call",
      code: `
export async function probe(logger) {
  const response = await fetch('https://api.example.com/health');
  logger.info({ status: response.status, headers: response.headers });
}
`,
    },
    {
      name: "header name constant",
      code: `
const AUTH_HEADER = 'Authorization';
export function explain(logger) {
  logger.warn('missing header', AUTH_HEADER);
}
`,
    },
    {
      name: "token last four characters",
      code: `
export function logTail(log, refreshToken: string) {
  log.debug('refresh token ending in', refreshToken.slice(-4));
}
`,
    },
    {
      name: "user profile from oidc-client-ts",
      code: `
import { UserManager } from 'oidc-client-ts';
const userManager = new UserManager({ authority: 'https://idp', client_id: 'spa', redirect_uri: '/cb' });
export async function logProfile() {
  const user = await userManager.getUser();
  console.log('signed in as', user?.profile.email, 'expires', user?.expires_at);
}
`,
    },
    {
      name: "MSAL account and claims only",
      code: `
export async function logAccount(instance, request) {
  const result = await instance.acquireTokenSilent(request);
  console.log(result.account.username, result.idTokenClaims, result.expiresOn);
}
`,
    },
    {
      name: "token replaced with asterisks",
      code: `
export function logMasked(logger, accessToken: string) {
  logger.info('token', accessToken.replace(/.(?=.{4})/g, '*'));
}
`,
    },
    {
      name: "design tokens from a theme module",
      code: `
import tokens from './theme/design-tokens';
export function debugTheme() {
  console.log('theme tokens', tokens);
}
`,
    },
    {
      name: "hasAccessToken flag in a React hook",
      code: `
import { useEffect } from 'react';
export function useSessionDebug(hasAccessToken: boolean, isIdTokenExpired: boolean) {
  useEffect(() => {
    console.log({ hasAccessToken, isIdTokenExpired });
  }, [hasAccessToken, isIdTokenExpired]);
}
`,
    },
    {
      name: "typeof a token",
      code: `
export function check(logger, accessToken: unknown) {
  logger.warn('unexpected access token type', typeof accessToken);
}
`,
    },
    {
      name: "already redacted value after a Bearer prefix",
      code: `
export function logRequest(logger, maskedAccessToken: string, redactedJwt: string) {
  logger.debug(\`Authorization: Bearer \${maskedAccessToken}\`, redactedJwt);
}
`,
    },
    {
      name: "whole headers of an outgoing request without Authorization",
      code: `
export async function ping(log) {
  const headers = { 'Content-Type': 'application/json', 'X-Request-Id': crypto.randomUUID() };
  log.info({ headers });
  return fetch('/api/ping', { method: 'POST', headers });
}
`,
    },
    {
      name: "scheme of a split Authorization header",
      code: `
import type { Request } from 'express';
import { logger } from './logger';
export function logScheme(req: Request) {
  const [scheme] = (req.headers.authorization ?? '').split(' ');
  logger.debug({ scheme, first: req.headers.authorization?.split(' ')[0] }, 'auth scheme');
}
`,
    },
    {
      name: "header names of a request",
      code: `
export async function POST(request: Request) {
  console.log('header names', [...request.headers.keys()]);
  return new Response(null, { status: 204 });
}
`,
    },
  ],
  invalid: [
    {
      name: "a generically named token that the log message calls a token",
      code: `
export const getUserIdFromToken = (token: string) => {
  console.log('Access Token:', token);
  return token.split('.')[1];
};
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token", logger: "console.log" },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 37,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "a response token inside a template labelled Token",
      code: `
export async function requestToken(http, logger) {
  const response = await http.post('api/token').json();
  logger.info(\`Token: \${response.token}\`);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token", logger: "logger.info" },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 39,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "an accessToken variable from a call named after its input, labelled as an access token",
      code: `
export async function link(api, publicToken: string) {
  const accessToken = await api.exchangePublicToken(publicToken);
  console.log('access token:', accessToken);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.log" },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 43,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "the Auth.js account passed to the jwt callback",
      code: `
import NextAuth from 'next-auth';

export default NextAuth({
  providers: [],
  callbacks: {
    async jwt({ token, account }) {
      if (account) console.log('account', account);
      return token;
    },
  },
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.log" },
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 50,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "console.log of an access token",
      code: `
export function onLogin(accessToken: string) {
  console.log(accessToken);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.log" },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 26,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "openid-client token set, whole and id_token",
      code: `
import * as client from 'openid-client';
export async function callback(config, url) {
  const tokens = await client.authorizationCodeGrant(config, url);
  console.log('tokens', tokens, tokens.id_token);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.log" },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 31,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "ID token", logger: "console.log" },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 48,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "pino logger with shorthand property",
      code: `
import pino from 'pino';
const logger = pino({ level: 'info' });
export function onToken(idToken: string, userId: string) {
  logger.info({ idToken, userId }, 'signed in');
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "ID token", logger: "logger.info" },
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 24,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "pino named import with an unusual binding name",
      code: `
import { pino } from 'pino';
const out = pino();
export function onToken(refreshToken: string) {
  out.warn({ rt: refreshToken });
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "out.warn" },
          line: 5,
          column: 18,
          endLine: 5,
          endColumn: 30,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "logger.debug of a token response from google-auth-library",
      code: `
import { OAuth2Client } from 'google-auth-library';
const oauth2Client = new OAuth2Client(clientId, clientSecret, redirectUri);
export async function exchange(code: string, logger) {
  const { tokens } = await oauth2Client.getToken(code);
  logger.debug('tokens', tokens);
  oauth2Client.setCredentials(tokens);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "logger.debug" },
          line: 6,
          column: 26,
          endLine: 6,
          endColumn: 32,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "template literal",
      code: `
export async function getApiToken(auth0) {
  const accessToken = await auth0.getAccessTokenSilently();
  console.log(\`got \${accessToken}\`);
  return accessToken;
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.log" },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 33,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "concatenation",
      code: `
export function debugRefresh(refresh_token: string) {
  console.debug('refresh token: ' + refresh_token);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "console.debug" },
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 50,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "JSON.stringify of a token set",
      code: `
export function persist(tokenSet) {
  console.log(JSON.stringify(tokenSet, null, 2));
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.log" },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 38,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "util.inspect of an Amplify session",
      code: `
import { inspect } from 'node:util';
import { fetchAuthSession } from 'aws-amplify/auth';
export async function debugSession() {
  const session = await fetchAuthSession();
  console.log(inspect(session, { depth: 5 }));
  return session.tokens?.accessToken?.toString();
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.log" },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 30,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "oidc-client-ts User",
      code: `
import { UserManager } from 'oidc-client-ts';
const userManager = new UserManager({ authority: 'https://idp', client_id: 'spa', redirect_uri: '/cb' });
export async function completeLogin() {
  const user = await userManager.signinRedirectCallback();
  console.log('signed in', user);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.log" },
          line: 6,
          column: 28,
          endLine: 6,
          endColumn: 32,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "MSAL AuthenticationResult",
      code: `
import { PublicClientApplication } from '@azure/msal-browser';
const msal = new PublicClientApplication(config);
export async function login() {
  const result = await msal.acquireTokenPopup({ scopes: ['User.Read'] });
  console.info(result);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.info" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 22,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "whole request headers in Express middleware",
      code: `
import express from 'express';
const app = express();
app.use((req, res, next) => {
  console.log(req.method, req.url, req.headers);
  next();
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 5,
          column: 36,
          endLine: 5,
          endColumn: 47,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Authorization header value in Express",
      code: `
export function authenticate(req, res, next) {
  console.log('auth header', req.headers.authorization);
  next();
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 3,
          column: 30,
          endLine: 3,
          endColumn: 55,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Next.js route handler headers.get",
      code: `
import { NextRequest } from 'next/server';
export async function GET(request: NextRequest) {
  console.log(request.headers.get('authorization'));
  return Response.json({ ok: true });
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 4,
          column: 15,
          endLine: 4,
          endColumn: 51,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "axios interceptor config.headers.Authorization",
      code: `
import axios from 'axios';
axios.interceptors.request.use((config) => {
  console.log('sending', config.headers.Authorization);
  return config;
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 4,
          column: 26,
          endLine: 4,
          endColumn: 54,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "token cut out of the Authorization header",
      code: `
export function verifyRequest(req, logger) {
  const token = req.headers.authorization?.split(' ')[1];
  logger.debug('verifying token', token);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "logger.debug" },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 40,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "destructured authorization header",
      code: `
export default async function handler(req, res) {
  const { authorization } = req.headers;
  console.log({ authorization });
  res.status(200).end();
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 30,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "window.console and globalThis.console",
      code: `
export function debugTokens(idToken: string, refreshToken: string) {
  window.console.log(idToken);
  globalThis.console.warn(refreshToken);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "ID token", logger: "console.log" },
          line: 3,
          column: 22,
          endLine: 3,
          endColumn: 29,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "console.warn" },
          line: 4,
          column: 27,
          endLine: 4,
          endColumn: 39,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "winston createLogger and default logger",
      code: `
import winston from 'winston';
const appLog = winston.createLogger({ transports: [new winston.transports.Console()] });
export function onTokens(tokens) {
  appLog.info('access', { token: tokens.access_token });
  winston.info(tokens.id_token);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "appLog.info" },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 53,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "ID token", logger: "winston.info" },
          line: 6,
          column: 16,
          endLine: 6,
          endColumn: 31,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "bunyan createLogger through require",
      code: `
const bunyan = require('bunyan');
const out = bunyan.createLogger({ name: 'auth' });
module.exports = function onRefresh(refreshToken) {
  out.info({ refreshToken }, 'refreshed');
};
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "out.info" },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 26,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "NestJS Logger field in a service",
      code: `
import { Injectable, Logger } from '@nestjs/common';
@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  async login(accessToken: string) {
    this.logger.log(\`Issued access token \${accessToken}\`);
  }
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "this.logger.log" },
          line: 7,
          column: 44,
          endLine: 7,
          endColumn: 55,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "NestJS Logger with an unconventional field name and static call",
      code: `
import { Logger as NestLogger } from '@nestjs/common';
export class TokenService {
  private readonly out = new NestLogger(TokenService.name);
  rotate(refreshToken: string, idToken: string) {
    this.out.verbose(refreshToken);
    NestLogger.warn(idToken);
  }
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "this.out.verbose" },
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 34,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "ID token", logger: "NestLogger.warn" },
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 28,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "debug instance",
      code: `
import createDebug from 'debug';
const trace = createDebug('app:auth');
export function onCallback(tokens) {
  trace('callback tokens %O', tokens.refresh_token);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "trace" },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 51,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Fastify request.log and fastify.log",
      code: `
import Fastify from 'fastify';
const fastify = Fastify({ logger: true });
fastify.post('/token', async (request) => {
  const { access_token } = request.body as { access_token: string };
  request.log.info({ access_token });
  fastify.log.debug(access_token);
  return { ok: true };
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "request.log.info" },
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 34,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "fastify.log.debug" },
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 33,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "pino-http req.log",
      code: `
export function handler(req, res) {
  req.log.warn('bad request', req.headers);
  res.end();
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "req.log.warn" },
          line: 3,
          column: 31,
          endLine: 3,
          endColumn: 42,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Bearer prefix in a logged string",
      code: `
export function logCall(logger, url: string, jwt: string) {
  logger.info('GET ' + url + ' Authorization: Bearer ' + jwt);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token", logger: "logger.info" },
          line: 3,
          column: 58,
          endLine: 3,
          endColumn: 61,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "token signed with jsonwebtoken",
      code: `
import jwt from 'jsonwebtoken';
export function issue(user, secret: string) {
  const token = jwt.sign({ sub: user.id }, secret, { expiresIn: '1h' });
  console.log('issued', token);
  return token;
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token", logger: "console.log" },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 30,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "reportUnknownTokens reports a generic token",
      code: `
export async function onLogin(token: string) {
  console.log('received token', token);
}
`,
      options: [{"reportUnknownTokens":true}],
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token", logger: "console.log" },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 38,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "loggerNames option",
      code: `
export class Billing {
  constructor(private readonly audit: { record(...args: unknown[]): void; info(...args: unknown[]): void }) {}
  charge(accessToken: string) {
    this.audit.info('charging with', accessToken);
  }
}
`,
      options: [{"loggerNames":["audit"]}],
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "this.audit.info" },
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 49,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "TS as, non-null and satisfies",
      code: `
export function debug(session: { accessToken?: string }) {
  console.log(session.accessToken! as string, (session.accessToken satisfies string | undefined));
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.log" },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 45,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.log" },
          line: 3,
          column: 48,
          endLine: 3,
          endColumn: 96,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "computed access to an access token",
      code: `
export function show(tokens: Record<string, string>) {
  console.log(tokens['access_token']);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.log" },
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 37,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "localStorage id_token logged in a Vue composable",
      code: `
import { onMounted } from 'vue';
export function useAuthDebug() {
  onMounted(() => {
    const idToken = localStorage.getItem('id_token');
    console.log('restored', idToken);
  });
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "ID token", logger: "console.log" },
          line: 6,
          column: 29,
          endLine: 6,
          endColumn: 36,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "logger.child bindings",
      code: `
import pino from 'pino';
const logger = pino();
export function requestLogger(accessToken: string) {
  return logger.child({ accessToken });
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "logger.child" },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 36,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "loglevel default import",
      code: `
import log from 'loglevel';
export function onRenew(tokens) {
  log.warn('renewed', tokens.refresh_token);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "log.warn" },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 43,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "log4js getLogger and consola",
      code: `
import log4js from 'log4js';
import { consola } from 'consola';
const out = log4js.getLogger('auth');
export function onToken(accessToken: string) {
  out.error(accessToken);
  consola.withTag('auth').info(accessToken);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "out.error" },
          line: 6,
          column: 13,
          endLine: 6,
          endColumn: 24,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "consola.withTag('auth').info" },
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 43,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Angular service with Keycloak",
      code: `
import { Injectable } from '@angular/core';
import Keycloak from 'keycloak-js';
@Injectable({ providedIn: 'root' })
export class AuthService {
  constructor(private readonly keycloak: Keycloak) {}
  debug() {
    console.log('token', this.keycloak.token, 'refresh', this.keycloak.refreshToken);
  }
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.log" },
          line: 8,
          column: 26,
          endLine: 8,
          endColumn: 45,
          suggestions: null,
        },
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "console.log" },
          line: 8,
          column: 58,
          endLine: 8,
          endColumn: 84,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "console.table of an object carrying tokens",
      code: `
export function dump(accessToken: string, expiresAt: number) {
  console.table({ accessToken, expiresAt });
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "access token", logger: "console.table" },
          line: 3,
          column: 19,
          endLine: 3,
          endColumn: 30,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Lambda authorizer event",
      code: `
export const handler = async (event) => {
  console.log('authorizer input', event.authorizationToken);
  return { principalId: 'user' };
};
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 59,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "header object literal with Authorization",
      code: `
export async function callApi(logger, accessToken: string) {
  const headers = { Authorization: \`Bearer \${accessToken}\`, Accept: 'application/json' };
  logger.debug('calling API', headers);
  return fetch('/api/orders', { headers });
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "logger.debug" },
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 38,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Koa ctx.request.headers spread into an object",
      code: `
import Router from '@koa/router';
const router = new Router();
router.get('/me', async (ctx) => {
  console.warn({ ...ctx.request.headers, path: ctx.path });
  ctx.body = {};
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.warn" },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 40,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Hono c.req.header in a middleware",
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.use('*', async (c, next) => {
  console.log('auth', c.req.header('Authorization'));
  await next();
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 52,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Object.fromEntries of Next.js request headers",
      code: `
export async function middleware(request) {
  console.log(Object.fromEntries(request.headers));
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 49,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "metadata object built in a variable, namespace winston import",
      code: `
import * as winston from 'winston';
export function onExchange(accessToken: string, userId: string) {
  const meta = { userId, accessToken };
  winston.info('token exchanged', meta);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "winston.info" },
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 39,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "consola createConsola instance in a Nuxt server route",
      code: `
import { createConsola } from 'consola';
const reporter = createConsola({ level: 4 });
export default defineEventHandler(async (event) => {
  const session = await getUserSession(event);
  reporter.debug('session refresh token', session.refreshToken);
  return { ok: true };
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "refresh token", logger: "reporter.debug" },
          line: 6,
          column: 43,
          endLine: 6,
          endColumn: 63,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "NestJS @Headers('authorization') parameter",
      code: `
import { Controller, Get, Headers, Logger } from '@nestjs/common';
@Controller('me')
export class MeController {
  @Get()
  me(@Headers('authorization') authorization: string) {
    Logger.debug(\`Authorization: \${authorization}\`, 'MeController');
    return { ok: true };
  }
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "Logger.debug" },
          line: 7,
          column: 36,
          endLine: 7,
          endColumn: 49,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "supabase onAuthStateChange session",
      code: `
import { supabase } from './supabaseClient';
supabase.auth.onAuthStateChange((event, session) => {
  console.log(event, session);
});
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.log" },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 29,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "auth0-js parseHash authResult",
      code: `
import auth0 from 'auth0-js';
const webAuth = new auth0.WebAuth({ domain: 'acme.auth0.com', clientID: 'abc', responseType: 'code' });
export function handleAuthentication() {
  webAuth.parseHash((err, authResult) => {
    if (authResult) console.log('authResult', authResult);
  });
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "token set", logger: "console.log" },
          line: 6,
          column: 47,
          endLine: 6,
          endColumn: 57,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "Google Identity Services callback declared by name",
      code: `
function handleCredentialResponse(response) {
  console.log('Encoded JWT ID token: ' + response.credential);
}
window.onload = function () {
  google.accounts.id.initialize({ client_id: 'YOUR_GOOGLE_CLIENT_ID', callback: handleCredentialResponse });
};
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "ID token", logger: "console.log" },
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 61,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: "google-auth-library request headers",
      code: `
const { GoogleAuth } = require('google-auth-library');
async function main() {
  const auth = new GoogleAuth({ scopes: 'https://www.googleapis.com/auth/cloud-platform' });
  const client = await auth.getClient();
  const headers = await client.getRequestHeaders();
  console.log(headers);
}
`,
      errors: [
        {
          messageId: 'tokenInLog',
          data: { kind: "Authorization header", logger: "console.log" },
          line: 7,
          column: 15,
          endLine: 7,
          endColumn: 22,
          suggestions: null,
        },
      ],
      output: null,
    },
  ],
});

describe('default parser (plain JavaScript)', () => {
  ESLintRuleTester.describe = describe;
  ESLintRuleTester.it = it;
  ESLintRuleTester.itOnly = it.only;
  new ESLintRuleTester().run('no-token-in-logs', rule as unknown as Parameters<ESLintRuleTester['run']>[1], {
      valid: [
        {
          name: "plain JS: token length",
          code: `
const logger = require('pino')();
module.exports = (accessToken) => logger.info('len', accessToken.length);
`,
        },
      ],
      invalid: [
        {
          name: "plain JS: require(pino)() and Authorization header",
          code: `
const logger = require('pino')();
module.exports = function auth(req, res, next) {
  logger.info({ auth: req.headers.authorization });
  next();
};
`,
          errors: [
            {
              messageId: 'tokenInLog',
              data: { kind: "Authorization header", logger: "logger.info" },
              line: 4,
              column: 23,
              endLine: 4,
              endColumn: 48,
              suggestions: [],
            },
          ],
          output: null,
        },
      ],
  });
});
