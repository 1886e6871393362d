import { RuleTester as ESLintRuleTester } from 'eslint';
import * as vitest from 'vitest';

import rule from '../../rules/require-jwt-audience.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('require-jwt-audience', rule, {
  valid: [
    {
      name: 'jose jwtVerify with remote JWKS, issuer and audience (Next.js route handler)',
      code: `
import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));
export async function GET(request: Request) {
  const token = request.headers.get('authorization')?.slice(7) ?? '';
  const { payload } = await jwtVerify(token, JWKS, {
    issuer: 'https://auth.example.com/',
    audience: 'https://api.example.com',
  });
  return Response.json({ sub: payload.sub });
}
`,
    },
    {
      name: 'jose options through a same-file const with shorthand audience',
      code: `
import { jwtVerify } from 'jose';
const issuer = process.env.OIDC_ISSUER!;
const audience = process.env.API_AUDIENCE!;
const verifyOptions = { issuer, audience };
export async function verifyAccessToken(token: string, key: CryptoKey) {
  return jwtVerify(token, key, verifyOptions);
}
`,
    },
    {
      name: 'jose options spread with audience added',
      code: `
import * as jose from 'jose';
const baseOptions = { issuer: 'https://issuer.example.com', algorithms: ['RS256'] };
export const verify = (token: string, jwks: jose.JWTVerifyGetKey) =>
  jose.jwtVerify(token, jwks, { ...baseOptions, audience: 'orders-api' });
`,
    },
    {
      name: 'jose options spread from an imported object (unknown, not missing)',
      code: `
import { jwtVerify } from 'jose';
import { baseVerifyOptions } from './auth-config';
export async function verify(token: string, key: Uint8Array) {
  return jwtVerify(token, key, { ...baseVerifyOptions });
}
`,
    },
    {
      name: 'jose options from a function parameter (unknown)',
      code: `
import { jwtVerify, type JWTVerifyOptions } from 'jose';
export async function verifyWith(token: string, key: CryptoKey, options: JWTVerifyOptions) {
  return jwtVerify(token, key, options);
}
`,
    },
    {
      name: 'jose options from an imported object',
      code: `
import { jwtVerify } from 'jose';
import { verifyOptions } from '@/lib/auth';
export async function middleware(token: string, key: CryptoKey) {
  await jwtVerify(token, key, verifyOptions);
}
`,
    },
    {
      name: 'jose audience read from a same-file config object member',
      code: `
import { jwtVerify, createRemoteJWKSet } from 'jose';
const config = { jwt: { issuer: 'https://id.example.com', audience: 'billing' } };
const JWKS = createRemoteJWKSet(new URL(\`\${config.jwt.issuer}/jwks\`));
export const check = (token: string) => jwtVerify(token, JWKS, config.jwt);
`,
    },
    {
      name: 'unrelated local verify function named jwtVerify',
      code: `
async function jwtVerify(token: string) {
  return token.length > 0;
}
export const ok = jwtVerify('abc');
`,
    },
    {
      name: 'jsonwebtoken verify with audience and issuer (Express middleware)',
      code: `
import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';
export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.sendStatus(401);
  try {
    req.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'], audience: 'api://orders' });
    next();
  } catch {
    res.sendStatus(401);
  }
}
`,
    },
    {
      name: 'jsonwebtoken options object mutated to add the audience',
      code: `
const jwt = require('jsonwebtoken');
const options = { algorithms: ['HS256'] };
options.audience = process.env.JWT_AUDIENCE;
module.exports = (token) => jwt.verify(token, process.env.JWT_SECRET, options);
`,
    },
    {
      name: 'jsonwebtoken result checked manually for aud',
      code: `
import jwt, { type JwtPayload } from 'jsonwebtoken';
export function decodeSession(token: string) {
  const decoded = jwt.verify(token, process.env.SECRET!) as JwtPayload;
  if (decoded.aud !== 'web-app') throw new Error('wrong audience');
  return decoded;
}
`,
    },
    {
      name: 'jsonwebtoken.decode and sign are not verifiers',
      code: `
import jwt from 'jsonwebtoken';
export const issue = (userId: string) => jwt.sign({ sub: userId }, process.env.SECRET!, { expiresIn: '1h' });
export const peek = (token: string) => jwt.decode(token);
`,
    },
    {
      name: 'Node crypto.verify is not a JWT verifier',
      code: `
import crypto from 'node:crypto';
export function verifyWebhook(payload: Buffer, signature: string, publicKey: string) {
  return crypto.verify('sha256', payload, publicKey, Buffer.from(signature, 'base64'));
}
`,
    },
    {
      name: 'createVerify().verify for a webhook signature',
      code: `
const { createVerify } = require('crypto');
function verifySignature(body, signature, key) {
  const verifier = createVerify('RSA-SHA256');
  verifier.update(body);
  return verifier.verify(key, signature, 'base64');
}
module.exports = { verifySignature };
`,
    },
    {
      name: 'argon2 and bcrypt verify',
      code: `
import argon2 from 'argon2';
import bcrypt from 'bcrypt';
export async function checkPassword(hash: string, password: string) {
  return (await argon2.verify(hash, password)) || bcrypt.compare(password, hash);
}
`,
    },
    {
      name: 'jws.verify has no audience option',
      code: `
const jws = require('jws');
const valid = jws.verify(signature, 'HS256', secret);
`,
    },
    {
      name: 'firebase-admin verifyIdToken checks aud itself',
      code: `
import { getAuth } from 'firebase-admin/auth';
export async function authenticate(idToken: string) {
  const decoded = await getAuth().verifyIdToken(idToken, true);
  return decoded.uid;
}
`,
    },
    {
      name: 'google-auth-library verifyIdToken with audience',
      code: `
import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client(process.env.GOOGLE_CLIENT_ID);
export async function POST(request: Request) {
  const { credential } = await request.json();
  const ticket = await client.verifyIdToken({ idToken: credential, audience: process.env.GOOGLE_CLIENT_ID });
  return Response.json(ticket.getPayload());
}
`,
    },
    {
      name: 'okta jwt verifier takes the audience positionally and throws without it',
      code: `
const OktaJwtVerifier = require('@okta/jwt-verifier');
const oktaJwtVerifier = new OktaJwtVerifier({ issuer: 'https://dev-1.okta.com/oauth2/default' });
async function authenticationRequired(req, res, next) {
  const jwt = await oktaJwtVerifier.verifyAccessToken(req.token, 'api://default');
  req.jwt = jwt;
  next();
}
`,
    },
    {
      name: 'next-auth getToken (self-issued session)',
      code: `
import { getToken } from 'next-auth/jwt';
export async function middleware(req) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  return token ? undefined : Response.redirect('/login');
}
`,
    },
    {
      name: 'jwks-rsa is a key provider, express-jwt has audience',
      code: `
import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';
export const checkJwt = expressjwt({
  secret: jwksRsa.expressJwtSecret({ cache: true, rateLimit: true, jwksUri: 'https://tenant.auth0.com/.well-known/jwks.json' }) as any,
  audience: 'https://api.example.com',
  issuer: 'https://tenant.auth0.com/',
  algorithms: ['RS256'],
});
`,
    },
    {
      name: 'passport-jwt strategy with audience',
      code: `
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
passport.use(new JwtStrategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
  issuer: 'accounts.example.com',
  audience: 'example.com',
}, (payload, done) => done(null, payload)));
`,
    },
    {
      name: 'NestJS JwtStrategy with audience from ConfigService',
      code: `
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(config: ConfigService) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.get('JWT_SECRET'),
      audience: config.get('JWT_AUDIENCE'),
    });
  }
  validate(payload: { sub: string }) {
    return { userId: payload.sub };
  }
}
`,
    },
    {
      name: 'NestJS JwtService.verifyAsync with audience',
      code: `
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthGuard {
  constructor(private readonly jwtService: JwtService) {}
  async canActivate(token: string) {
    const payload = await this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET, audience: 'admin-api' });
    if (!payload) throw new UnauthorizedException();
    return true;
  }
}
`,
    },
    {
      name: 'NestJS JwtModule in the same file supplies verifyOptions.audience',
      code: `
import { Module, Injectable } from '@nestjs/common';
import { JwtModule, JwtService } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { audience: 'admin-api' } })] })
export class AuthModule {}
@Injectable()
export class TokenService {
  constructor(private jwtService: JwtService) {}
  read(token: string) {
    return this.jwtService.verify(token);
  }
}
`,
    },
    {
      name: 'NestJS JwtModule.register without verifyOptions (signing only)',
      code: `
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({ imports: [JwtModule.register({ global: true, secret: process.env.JWT_SECRET, signOptions: { expiresIn: '60s' } })] })
export class AuthModule {}
`,
    },
    {
      name: 'Fastify plugin registered with verify.allowedAud',
      code: `
import fp from 'fastify-plugin';
import fastifyJwt from '@fastify/jwt';
export default fp(async (fastify) => {
  fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET!, verify: { allowedAud: 'orders-api' } });
  fastify.decorate('authenticate', async (request) => {
    await request.jwtVerify();
  });
});
`,
    },
    {
      name: 'Koa app with koa-jwt and an audience',
      code: `
const Koa = require('koa');
const jwt = require('koa-jwt');
const app = new Koa();
app.use(jwt({ secret: process.env.JWT_SECRET, audience: 'koa-api', issuer: 'https://issuer' }).unless({ path: [/^\\/public/] }));
`,
    },
    {
      name: 'fast-jwt createVerifier with allowedAud',
      code: `
import { createVerifier } from 'fast-jwt';
const verifyToken = createVerifier({ key: async () => process.env.JWT_SECRET!, allowedAud: ['api'], allowedIss: 'https://issuer' });
export default verifyToken;
`,
    },
    {
      name: 'hono verify with aud and the jwt middleware with verification.aud (Cloudflare Worker)',
      code: `
import { Hono } from 'hono';
import { jwt, verify } from 'hono/jwt';
const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();
app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256', verification: { aud: 'worker-api' } })(c, next));
app.get('/me', async (c) => {
  const payload = await verify(c.req.header('x-token') ?? '', c.env.JWT_SECRET, { alg: 'HS256', aud: 'worker-api' });
  return c.json(payload);
});
export default app;
`,
    },
    {
      name: 'aws-jwt-verify Cognito verifier without clientId fails closed',
      code: `
import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({ userPoolId: process.env.USER_POOL_ID!, tokenUse: 'access', clientId: process.env.CLIENT_ID! });
export const handler = async (event: { authorizationToken: string }) => {
  const payload = await verifier.verify(event.authorizationToken);
  return { principalId: payload.sub };
};
`,
    },
    {
      name: 'express-oauth2-jwt-bearer auth() reads AUDIENCE from the environment',
      code: `
import express from 'express';
import { auth } from 'express-oauth2-jwt-bearer';
const app = express();
app.use(auth());
app.use(auth({ issuerBaseURL: 'https://tenant.auth0.com/', audience: 'https://api' }));
`,
    },
    {
      name: 'shadowed jwt parameter with its own verify',
      code: `
import jwt from 'jsonwebtoken';
export function check(jwt: { verify(token: string): boolean }, token: string) {
  return jwt.verify(token);
}
`,
    },
    {
      name: 'jwtDecrypt of a self-issued session JWE (EncryptJWT in the same file)',
      code: `
import { EncryptJWT, jwtDecrypt } from 'jose';
const key = new TextEncoder().encode(process.env.SESSION_SECRET);
export const seal = (data: object) => new EncryptJWT({ ...data }).setProtectedHeader({ alg: 'dir', enc: 'A256GCM' }).encrypt(key);
export const open = async (session: string) => (await jwtDecrypt(session, key)).payload;
`,
    },
    {
      name: 'jsonwebtoken options from a ternary (unknown)',
      code: `
import jwt from 'jsonwebtoken';
export const verify = (token: string, strict: boolean) =>
  jwt.verify(token, process.env.KEY!, strict ? strictOptions : looseOptions);
`,
    },
    {
      name: 'passport-jwt options filled step by step, audience assigned',
      code: `
const passport = require('passport');
const { Strategy, ExtractJwt } = require('passport-jwt');

const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = process.env.JWT_SECRET;
opts.audience = 'orders-api';
passport.use(new Strategy(opts, (payload, done) => done(null, payload)));
`,
    },
    {
      name: 'passport-jwt options filled step by step and handed to a helper (unknown)',
      code: `
const passport = require('passport');
const { Strategy, ExtractJwt } = require('passport-jwt');
const applyAudience = require('./apply-audience');

const opts = {};
opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
opts.secretOrKey = process.env.JWT_SECRET;
applyAudience(opts);
passport.use(new Strategy(opts, (payload, done) => done(null, payload)));
`,
    },
  ],
  invalid: [
    {
      name: 'passport-jwt options filled step by step without audience',
      code: `
const passport = require('passport');
const JwtStrategy = require('passport-jwt').Strategy;
const ExtractJwt = require('passport-jwt').ExtractJwt;

module.exports = function configurePassport(User) {
  const opts = {};
  opts.jwtFromRequest = ExtractJwt.fromAuthHeaderAsBearerToken();
  opts.secretOrKey = process.env.SECRET_OR_KEY;
  passport.use(new JwtStrategy(opts, (jwtPayload, done) => {
    User.findById(jwtPayload.id).then((user) => done(null, user || false));
  }));
};
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'passport-jwt Strategy', option: 'audience' },
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 18,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose jwtVerify with remote JWKS and only issuer (Next.js middleware)',
      code: `
import { NextResponse, type NextRequest } from 'next/server';
import { createRemoteJWKSet, jwtVerify } from 'jose';
const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));
export async function middleware(request: NextRequest) {
  const token = request.cookies.get('access_token')?.value ?? '';
  await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com/' });
  return NextResponse.next();
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 7,
          column: 32,
          endLine: 7,
          endColumn: 71,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose jwtVerify without options',
      code: `
import { jwtVerify } from 'jose';
export async function verifySession(token: string, secret: Uint8Array) {
  const { payload } = await jwtVerify(token, secret);
  return payload;
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 53,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose namespace import',
      code: `
import * as jose from 'jose';
const JWKS = jose.createRemoteJWKSet(new URL(process.env.JWKS_URI!));
export const verify = (token: string) => jose.jwtVerify(token, JWKS, { algorithms: ['RS256'] });
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 4,
          column: 70,
          endLine: 4,
          endColumn: 95,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose aliased import',
      code: `
import { jwtVerify as verifyJwt, createRemoteJWKSet } from 'jose';
const jwks = createRemoteJWKSet(new URL('https://login.example.com/jwks'));
export async function getUser(token: string) {
  const { payload } = await verifyJwt(token, jwks);
  return payload.sub;
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 5,
          column: 29,
          endLine: 5,
          endColumn: 51,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose via require',
      code: `
const { jwtVerify, createRemoteJWKSet } = require('jose');
const JWKS = createRemoteJWKSet(new URL('https://issuer.example.com/jwks'));
module.exports.verify = async (token) => (await jwtVerify(token, JWKS, { issuer: 'https://issuer.example.com' })).payload;
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 4,
          column: 72,
          endLine: 4,
          endColumn: 112,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose options through a same-file const lacking audience',
      code: `
import { jwtVerify } from 'jose';
const verifyOptions = { issuer: 'https://issuer.example.com', algorithms: ['ES256'] };
export async function verify(token: string, key: CryptoKey) {
  return jwtVerify(token, key, verifyOptions);
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 3,
          column: 23,
          endLine: 3,
          endColumn: 86,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose options spread from a same-file const lacking audience',
      code: `
import { jwtVerify } from 'jose';
const baseOptions = { issuer: 'https://issuer.example.com' };
export const verify = (token: string, key: CryptoKey) => jwtVerify(token, key, { ...baseOptions, clockTolerance: 5 });
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 4,
          column: 80,
          endLine: 4,
          endColumn: 117,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose audience explicitly undefined',
      code: `
import { jwtVerify } from 'jose';
export const verify = (token: string, key: CryptoKey) => jwtVerify(token, key, { issuer: 'https://i', audience: undefined });
`,
      output: null,
      errors: [
        {
          messageId: 'audienceDisabled',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 3,
          column: 103,
          endLine: 3,
          endColumn: 122,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose options with TS satisfies and as',
      code: `
import { jwtVerify, type JWTVerifyOptions } from 'jose';
const options = { issuer: 'https://issuer' } satisfies JWTVerifyOptions;
export const verify = (token: string, key: CryptoKey) => jwtVerify(token, key, options as JWTVerifyOptions);
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 3,
          column: 17,
          endLine: 3,
          endColumn: 45,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose dynamic import in an edge function',
      code: `
export default async function handler(request: Request) {
  const { jwtVerify } = await import('jose');
  const token = request.headers.get('authorization')!.replace('Bearer ', '');
  await jwtVerify(token, new TextEncoder().encode(process.env.SECRET));
  return new Response('ok');
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtVerify', option: 'audience' },
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 71,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jose jwtDecrypt of a third-party token without audience',
      code: `
import { jwtDecrypt } from 'jose';
export async function readPartnerToken(jwe: string, privateKey: CryptoKey) {
  const { payload } = await jwtDecrypt(jwe, privateKey, { issuer: 'https://partner.example.com' });
  return payload;
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwtDecrypt', option: 'audience' },
          line: 4,
          column: 57,
          endLine: 4,
          endColumn: 98,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken default import in Express middleware',
      code: `
import jwt from 'jsonwebtoken';
import type { Request, Response, NextFunction } from 'express';
export function authenticate(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
  res.locals.user = jwt.verify(token, process.env.JWT_SECRET!, { algorithms: ['HS256'] });
  next();
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 6,
          column: 64,
          endLine: 6,
          endColumn: 89,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken require with a callback as third argument',
      code: `
const jwt = require('jsonwebtoken');
function authenticateToken(req, res, next) {
  const token = req.headers['authorization'] && req.headers['authorization'].split(' ')[1];
  jwt.verify(token, process.env.TOKEN_SECRET, (err, user) => {
    if (err) return res.sendStatus(403);
    req.user = user;
    next();
  });
}
module.exports = authenticateToken;
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 5,
          column: 3,
          endLine: 9,
          endColumn: 5,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken destructured require',
      code: `
const { verify } = require('jsonwebtoken');
exports.handler = async (event) => {
  const claims = verify(event.headers.Authorization.split(' ')[1], process.env.PUBLIC_KEY, { algorithms: ['RS256'] });
  return { statusCode: 200, body: JSON.stringify(claims) };
};
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 4,
          column: 92,
          endLine: 4,
          endColumn: 117,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken namespace import without options',
      code: `
import * as jwt from 'jsonwebtoken';
export const decodeUser = (token: string) => jwt.verify(token, process.env.SECRET!) as { sub: string };
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 3,
          column: 46,
          endLine: 3,
          endColumn: 84,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken audience empty string',
      code: `
import jwt from 'jsonwebtoken';
export const verify = (token: string) => jwt.verify(token, process.env.SECRET!, { audience: '', issuer: 'me' });
`,
      output: null,
      errors: [
        {
          messageId: 'audienceDisabled',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 95,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken audience from an empty env fallback const',
      code: `
import jwt from 'jsonwebtoken';
const AUDIENCE = '';
export const verify = (token: string) => jwt.verify(token, process.env.SECRET!, { audience: AUDIENCE });
`,
      output: null,
      errors: [
        {
          messageId: 'audienceDisabled',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 4,
          column: 83,
          endLine: 4,
          endColumn: 101,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken options spread of a same-file const lacking audience',
      code: `
import jwt from 'jsonwebtoken';
const baseOptions = { algorithms: ['RS256'] as jwt.Algorithm[], issuer: 'https://issuer' };
export function verifyToken(token: string, key: string) {
  return jwt.verify(token, key, { ...baseOptions });
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 51,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken verify with options and callback',
      code: `
import jwt from 'jsonwebtoken';
export function verifyAsync(token: string, getKey: jwt.GetPublicKeyOrSecret) {
  return new Promise((resolve, reject) => {
    jwt.verify(token, getKey, { algorithms: ['RS256'] }, (err, decoded) => (err ? reject(err) : resolve(decoded)));
  });
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 56,
          suggestions: null,
        },
      ],
    },
    {
      name: 'jsonwebtoken import-equals require',
      code: `
import jwt = require('jsonwebtoken');
export const check = (token: string) => jwt.verify(token, process.env.SECRET!);
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jsonwebtoken.verify', option: 'audience' },
          line: 3,
          column: 41,
          endLine: 3,
          endColumn: 79,
          suggestions: null,
        },
      ],
    },
    {
      name: 'express-jwt v7 named import',
      code: `
import express from 'express';
import { expressjwt } from 'express-jwt';
const app = express();
app.use('/api', expressjwt({ secret: process.env.JWT_SECRET!, algorithms: ['HS256'] }));
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'expressjwt', option: 'audience' },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 86,
          suggestions: null,
        },
      ],
    },
    {
      name: 'express-jwt v6 default require',
      code: `
const jwt = require('express-jwt');
const jwksRsa = require('jwks-rsa');
const checkJwt = jwt({
  secret: jwksRsa.expressJwtSecret({ jwksUri: 'https://tenant.auth0.com/.well-known/jwks.json' }),
  issuer: 'https://tenant.auth0.com/',
  algorithms: ['RS256'],
});
module.exports = checkJwt;
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'express-jwt', option: 'audience' },
          line: 4,
          column: 22,
          endLine: 8,
          endColumn: 2,
          suggestions: null,
        },
      ],
    },
    {
      name: 'passport-jwt strategy without audience',
      code: `
const passport = require('passport');
const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');
const opts = { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: process.env.JWT_SECRET };
passport.use(new JwtStrategy(opts, (payload, done) => done(null, payload)));
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'passport-jwt Strategy', option: 'audience' },
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 111,
          suggestions: null,
        },
      ],
    },
    {
      name: 'passport-jwt jsonWebTokenOptions.audience alone is overwritten',
      code: `
import passport from 'passport';
import { Strategy, ExtractJwt } from 'passport-jwt';
passport.use(new Strategy({
  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
  secretOrKey: process.env.JWT_SECRET,
  jsonWebTokenOptions: { audience: 'api' },
}, (payload, done) => done(null, payload)));
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'passport-jwt Strategy', option: 'audience' },
          line: 4,
          column: 27,
          endLine: 8,
          endColumn: 2,
          suggestions: null,
        },
      ],
    },
    {
      name: 'NestJS PassportStrategy(Strategy) subclass without audience',
      code: `
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      secretOrKey: process.env.JWT_SECRET,
    });
  }
  async validate(payload: { sub: string; username: string }) {
    return { userId: payload.sub, username: payload.username };
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'passport-jwt Strategy', option: 'audience' },
          line: 8,
          column: 11,
          endLine: 12,
          endColumn: 6,
          suggestions: null,
        },
      ],
    },
    {
      name: 'NestJS JwtService.verifyAsync without audience',
      code: `
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private jwtService: JwtService) {}
  async canActivate(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest();
    const [, token] = request.headers.authorization?.split(' ') ?? [];
    request.user = await this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET });
    return true;
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'JwtService.verifyAsync', option: 'audience' },
          line: 10,
          column: 61,
          endLine: 10,
          endColumn: 95,
          suggestions: null,
        },
      ],
    },
    {
      name: 'NestJS JwtService typed under another name, verify without options',
      code: `
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
@Injectable()
export class SessionService {
  constructor(private readonly tokens: JwtService) {}
  read(token: string) {
    return this.tokens.verify(token);
  }
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'JwtService.verify', option: 'audience' },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 37,
          suggestions: null,
        },
      ],
    },
    {
      name: 'NestJS JwtModule.register with verifyOptions lacking audience',
      code: `
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
@Module({
  imports: [JwtModule.register({ secret: process.env.JWT_SECRET, verifyOptions: { algorithms: ['HS256'] } })],
})
export class AuthModule {}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'JwtModule.register', option: 'verifyOptions.audience' },
          line: 5,
          column: 81,
          endLine: 5,
          endColumn: 106,
          suggestions: null,
        },
      ],
    },
    {
      name: 'Koa app with koa-jwt without audience',
      code: `
import Koa from 'koa';
import jwt from 'koa-jwt';
const app = new Koa();
app.use(jwt({ secret: process.env.JWT_SECRET! }).unless({ path: [/^\\/public/] }));
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'koa-jwt', option: 'audience' },
          line: 5,
          column: 13,
          endLine: 5,
          endColumn: 48,
          suggestions: null,
        },
      ],
    },
    {
      name: 'Fastify plugin registered without verify options',
      code: `
import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';
const fastify = Fastify({ logger: true });
fastify.register(fastifyJwt, { secret: process.env.JWT_SECRET! });
fastify.get('/me', async (request) => {
  await request.jwtVerify();
  return request.user;
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: '@fastify/jwt', option: 'verify.allowedAud' },
          line: 5,
          column: 30,
          endLine: 5,
          endColumn: 65,
          suggestions: null,
        },
      ],
    },
    {
      name: 'Fastify plugin required inline with verify options lacking allowedAud',
      code: `
const fastify = require('fastify')();
fastify.register(require('@fastify/jwt'), {
  secret: process.env.JWT_SECRET,
  verify: { maxAge: '15m', allowedIss: 'https://issuer' },
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: '@fastify/jwt', option: 'verify.allowedAud' },
          line: 5,
          column: 11,
          endLine: 5,
          endColumn: 58,
          suggestions: null,
        },
      ],
    },
    {
      name: 'fast-jwt createVerifier without allowedAud',
      code: `
const { createVerifier } = require('fast-jwt');
const verifyToken = createVerifier({ key: process.env.JWT_SECRET, allowedIss: 'https://issuer' });
module.exports = (request) => verifyToken(request.headers.authorization.slice(7));
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'createVerifier', option: 'allowedAud' },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 97,
          suggestions: null,
        },
      ],
    },
    {
      name: 'hono verify with an algorithm string (no options)',
      code: `
import { Hono } from 'hono';
import { verify } from 'hono/jwt';
const app = new Hono<{ Bindings: { JWT_SECRET: string } }>();
app.get('/me', async (c) => {
  const payload = await verify(c.req.header('x-token') ?? '', c.env.JWT_SECRET, 'HS256');
  return c.json(payload);
});
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'verify', option: 'aud' },
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 89,
          suggestions: null,
        },
      ],
    },
    {
      name: 'hono verify options without aud',
      code: `
import { verify } from 'hono/jwt';
export const readToken = (token: string, secret: string) => verify(token, secret, { alg: 'HS256', iss: 'https://issuer' });
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'verify', option: 'aud' },
          line: 3,
          column: 83,
          endLine: 3,
          endColumn: 122,
          suggestions: null,
        },
      ],
    },
    {
      name: 'hono jwt middleware without verification.aud',
      code: `
import { Hono } from 'hono';
import { jwt } from 'hono/jwt';
const app = new Hono();
app.use('/auth/*', jwt({ secret: 'it-is-very-secret', alg: 'HS256' }));
export default app;
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'jwt', option: 'verification.aud' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 69,
          suggestions: null,
        },
      ],
    },
    {
      name: 'aws-jwt-verify Cognito clientId null in a Lambda authorizer',
      code: `
import { CognitoJwtVerifier } from 'aws-jwt-verify';
const verifier = CognitoJwtVerifier.create({
  userPoolId: process.env.USER_POOL_ID!,
  tokenUse: 'access',
  clientId: null,
});
export const handler = async (event: { authorizationToken: string }) => {
  const payload = await verifier.verify(event.authorizationToken);
  return { principalId: payload.sub, policyDocument: {} };
};
`,
      output: null,
      errors: [
        {
          messageId: 'audienceDisabled',
          data: { api: 'CognitoJwtVerifier.create', option: 'clientId' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          suggestions: null,
        },
      ],
    },
    {
      name: 'aws-jwt-verify generic JwtVerifier audience null',
      code: `
const { JwtVerifier } = require('aws-jwt-verify');
const verifier = JwtVerifier.create({ issuer: 'https://example.com/', audience: null, jwksUri: 'https://example.com/jwks' });
module.exports = verifier;
`,
      output: null,
      errors: [
        {
          messageId: 'audienceDisabled',
          data: { api: 'JwtVerifier.create', option: 'audience' },
          line: 3,
          column: 71,
          endLine: 3,
          endColumn: 85,
          suggestions: null,
        },
      ],
    },
    {
      name: 'express-oauth2-jwt-bearer with the aud validator turned off',
      code: `
import express from 'express';
import { auth } from 'express-oauth2-jwt-bearer';
const app = express();
app.use(auth({ issuerBaseURL: 'https://tenant.auth0.com/', validators: { aud: false } }));
`,
      output: null,
      errors: [
        {
          messageId: 'audienceDisabled',
          data: { api: 'auth', option: 'validators.aud' },
          line: 5,
          column: 74,
          endLine: 5,
          endColumn: 84,
          suggestions: null,
        },
      ],
    },
    {
      name: 'google-auth-library verifyIdToken without audience',
      code: `
import { OAuth2Client } from 'google-auth-library';
const client = new OAuth2Client();
export async function POST(request: Request) {
  const { credential } = await request.json();
  const ticket = await client.verifyIdToken({ idToken: credential });
  return Response.json({ email: ticket.getPayload()?.email });
}
`,
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'verifyIdToken', option: 'audience' },
          line: 6,
          column: 45,
          endLine: 6,
          endColumn: 68,
          suggestions: null,
        },
      ],
    },
    {
      name: 'additionalVerifiers: in-house wrapper package',
      code: `
import { verifyToken } from '@acme/auth';
export const check = (token: string) => verifyToken(token, { issuer: 'https://acme' });
`,
      options: [{"additionalVerifiers":[{"from":"package","package":"@acme/auth","name":"verifyToken","optionsArgument":1,"audienceOption":"audience"}]}],
      output: null,
      errors: [
        {
          messageId: 'missingAudience',
          data: { api: 'verifyToken', option: 'audience' },
          line: 3,
          column: 60,
          endLine: 3,
          endColumn: 86,
          suggestions: null,
        },
      ],
    },
  ],
});

ESLintRuleTester.describe = vitest.describe;
ESLintRuleTester.it = vitest.it;
ESLintRuleTester.itOnly = vitest.it.only;

vitest.describe('default parser', () => {
  const jsRuleTester = new ESLintRuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
  jsRuleTester.run('require-jwt-audience', rule as never, {
    valid: [
      {
        name: 'jsonwebtoken with audience (CommonJS)',
        code: `
const jwt = require('jsonwebtoken');
module.exports = (token) => jwt.verify(token, process.env.SECRET, { audience: 'api' });
`,
      },
      {
        name: 'local verify helper that is not a JWT verifier',
        code: `
function verify(token) { return Boolean(token); }
export default verify('x');
`,
      },
    ],
    invalid: [
      {
        name: 'jose jwtVerify without audience (ESM)',
        code: `
import { jwtVerify } from 'jose';
export const check = (token, key) => jwtVerify(token, key, { issuer: 'https://issuer' });
`,
        errors: [
          {
            messageId: 'missingAudience',
            data: { api: 'jwtVerify', option: 'audience' },
            line: 3,
            column: 60,
            endLine: 3,
            endColumn: 88,
          },
        ],
      },
      {
        name: 'express-jwt v6 default require without audience',
        code: `
const jwt = require('express-jwt');
module.exports = jwt({ secret: process.env.SECRET, algorithms: ['HS256'] });
`,
        errors: [
          {
            messageId: 'missingAudience',
            data: { api: 'express-jwt', option: 'audience' },
            line: 3,
            column: 22,
            endLine: 3,
            endColumn: 75,
          },
        ],
      },
    ],
  });
});
