import type { Rule } from 'eslint';

import { RuleTester as ESLintRuleTester } from 'eslint';
import { describe } from 'vitest';

import rule from '../../rules/no-unverified-jwt-decode.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('no-unverified-jwt-decode', rule, {
  valid: [
    {
      name: 'jwt-simple decode with a key verifies the signature',
      code: `
const jwt = require('jwt-simple');
module.exports = (req, res, next) => {
  const decoded = jwt.decode(req.headers['x-access-token'], process.env.SECRET);
  req.userId = decoded.sub;
  next();
};
`,
    },
    {
      name: 'verify with audience before decode of the same token',
      code: `
import { jwtVerify, createRemoteJWKSet, decodeJwt } from 'jose';

const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));

export async function GET(request: Request) {
  const token = request.headers.get('Authorization')?.replace('Bearer ', '') ?? '';
  await jwtVerify(token, JWKS, { audience: 'https://api.example.com', issuer: 'https://auth.example.com/' });
  const { sub } = decodeJwt(token);
  return Response.json({ sub });
}
`,
    },
    {
      name: 'jwt.verify of the same variable earlier, in a try with a returning catch',
      code: `
const jwt = require('jsonwebtoken');

module.exports = function auth(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    jwt.verify(token, process.env.JWT_SECRET, { audience: 'api' });
  } catch {
    return res.sendStatus(401);
  }
  req.user = jwt.decode(token);
  next();
};
`,
    },
    {
      name: 'decodeProtectedHeader to pick the key',
      code: `
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';

export async function POST(request: Request) {
  const token = request.headers.get('authorization')!.split(' ')[1]!;
  const { kid } = decodeProtectedHeader(token);
  const key = await importJWK(await getKey(kid), 'RS256');
  const { payload } = await jwtVerify(token, key, { audience: 'orders' });
  return Response.json(payload);
}
`,
    },
    {
      name: 'complete decode reading only header.kid',
      code: `
const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');
const client = jwksClient({ jwksUri: 'https://example.com/.well-known/jwks.json' });

module.exports = async (req, res, next) => {
  const token = req.headers.authorization.split(' ')[1];
  const decoded = jwt.decode(token, { complete: true });
  const key = await client.getSigningKey(decoded.header.kid);
  res.locals.kid = key.kid;
  next();
};
`,
    },
    {
      name: 'jwtDecode with header: true',
      code: `
import { jwtDecode } from 'jwt-decode';

export function middleware(request) {
  const token = request.cookies.get('token')?.value ?? '';
  const header = jwtDecode(token, { header: true });
  console.log(header.alg);
}
`,
    },
    {
      name: 'multi-tenant issuer routing then verify',
      code: `
import jwt from 'jsonwebtoken';
import { getIssuerConfig } from './tenants';

export async function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1] ?? '';
  const { iss } = jwt.decode(token) as { iss: string };
  const issuer = await getIssuerConfig(iss);
  req.user = jwt.verify(token, issuer.publicKey, { audience: issuer.audience, issuer: iss });
  next();
}
`,
    },
    {
      name: 'tenant claim used to pick the secret, then verified in the same block',
      code: `
const jwt = require('jsonwebtoken');

module.exports = async function auth(req, res, next) {
  const token = req.headers.authorization.replace('Bearer ', '');
  const unverified = jwt.decode(token);
  const tenant = await Tenant.findById(unverified.tenantId);
  req.user = jwt.verify(token, tenant.secret, { audience: tenant.clientId });
  next();
};
`,
    },
    {
      name: 'API Gateway authorizer claims are not a decode',
      code: `
export const handler = async (event) => {
  const claims = event.requestContext.authorizer.jwt.claims;
  return { statusCode: 200, body: JSON.stringify({ user: claims.sub }) };
};
`,
    },
    {
      name: 'Cognito authorizer claims in REST API',
      code: `
import type { APIGatewayProxyEvent } from 'aws-lambda';

export async function handler(event: APIGatewayProxyEvent) {
  const { email } = event.requestContext.authorizer!.claims;
  return { statusCode: 200, body: email };
}
`,
    },
    {
      name: 'exp only: decide whether to refresh before forwarding',
      code: `
import { jwtDecode } from 'jwt-decode';

export async function GET(request: Request) {
  const token = request.headers.get('authorization')!.slice(7);
  const { exp } = jwtDecode(token);
  const upstreamToken = exp * 1000 - Date.now() < 60_000 ? await refresh(token) : token;
  return fetch('https://api.internal/orders', { headers: { Authorization: \`Bearer \${upstreamToken}\` } });
}
`,
    },
    {
      name: 'only logged',
      code: `
import jwt from 'jsonwebtoken';

export function audit(req, res, next) {
  const accessToken = req.headers.authorization?.split(' ')[1];
  req.log.info({ sub: jwt.decode(accessToken)?.sub }, 'request');
  next();
}
`,
    },
    {
      name: 'client side: ID token from the SDK',
      code: `
import { jwtDecode } from 'jwt-decode';
import { useAuth } from 'react-oidc-context';

export function useEmail() {
  const auth = useAuth();
  return jwtDecode<{ email: string }>(auth.user?.id_token ?? '').email;
}
`,
    },
    {
      name: 'client side: token from localStorage',
      code: `
export function getRoles() {
  const token = localStorage.getItem('access_token') ?? '';
  return JSON.parse(atob(token.split('.')[1])).roles;
}
`,
    },
    {
      name: 'axios request interceptor reads its own outgoing header',
      code: `
import axios from 'axios';
import { jwtDecode } from 'jwt-decode';

const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((config) => {
  const token = config.headers.Authorization?.toString().split(' ')[1];
  if (token && jwtDecode(token).exp! * 1000 < Date.now()) window.location.href = '/login';
  const claims = jwtDecode(token!);
  config.headers['X-Tenant'] = claims.tenant;
  return config;
});
`,
    },
    {
      name: 'Angular HttpInterceptor on the outgoing request',
      code: `
import { Injectable } from '@angular/core';
import { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';
import { jwtDecode } from 'jwt-decode';

@Injectable()
export class TenantInterceptor implements HttpInterceptor {
  intercept(req: HttpRequest<unknown>, next: HttpHandler) {
    const token = req.headers.get('Authorization')?.split(' ')[1] ?? '';
    const { tenant } = jwtDecode<{ tenant: string }>(token);
    return next.handle(req.clone({ setHeaders: { 'X-Tenant': tenant } }));
  }
}
`,
    },
    {
      name: 'unrelated decode function (querystring)',
      code: `
import { decode } from 'querystring';

export function handler(req, res) {
  const params = decode(req.headers.authorization);
  res.json(params.user);
}
`,
    },
    {
      name: 'shadowed atob',
      code: `
const atob = (s) => s;

export default function handler(req, res) {
  const claims = JSON.parse(atob(req.headers.authorization.split('.')[1]));
  res.json(claims.sub);
}
`,
    },
    {
      name: 'TextDecoder.decode on a request body',
      code: `
export async function POST(request: Request) {
  const body = new TextDecoder().decode(await request.arrayBuffer());
  return Response.json(JSON.parse(body).user);
}
`,
    },
    {
      name: 'Buffer.from base64 of a basic auth header, not a JWT',
      code: `
export function basicAuth(req, res, next) {
  const encoded = (req.headers.authorization || '').split(' ')[1] || '';
  const [user, password] = Buffer.from(encoded, 'base64').toString().split(':');
  if (user !== 'admin' || password !== process.env.ADMIN_PASSWORD) return res.sendStatus(401);
  next();
}
`,
    },
    {
      name: 'token from a config file, not a request',
      code: `
import jwt from 'jsonwebtoken';
import { readFileSync } from 'node:fs';

const serviceToken = readFileSync('/var/run/secrets/token', 'utf8');
export const serviceAccount = (jwt.decode(serviceToken) as { sub: string }).sub;
`,
    },
    {
      name: 'route protected by express-jwt middleware',
      code: `
import express from 'express';
import { expressjwt } from 'express-jwt';
import jwt from 'jsonwebtoken';

const app = express();
app.use(expressjwt({ secret: process.env.SECRET!, algorithms: ['HS256'], audience: 'api' }));

app.get('/me', (req, res) => {
  const token = req.headers.authorization!.split(' ')[1];
  const claims = jwt.decode(token) as { sub: string };
  res.json({ id: claims.sub });
});
`,
    },
    {
      name: 'route with auth middleware before the handler',
      code: `
import { Router } from 'express';
import jwt from 'jsonwebtoken';
import { requireAuth } from '../middleware/auth';

const router = Router();

router.get('/profile', requireAuth, (req, res) => {
  const decoded = jwt.decode(req.headers.authorization.split(' ')[1]);
  res.json(decoded);
});

export default router;
`,
    },
    {
      name: 'passport.authenticate before the handler',
      code: `
const express = require('express');
const passport = require('passport');
const jwt = require('jsonwebtoken');
const router = express.Router();

router.get('/me', passport.authenticate('jwt', { session: false }), (req, res) => {
  const { sub } = jwt.decode(req.headers.authorization.split(' ')[1]);
  res.json({ sub });
});
`,
    },
    {
      name: 'verify callback encloses the decode',
      code: `
const jwt = require('jsonwebtoken');

module.exports = (req, res, next) => {
  const token = req.headers.authorization.split(' ')[1];
  jwt.verify(token, process.env.SECRET, { audience: 'api' }, (err) => {
    if (err) return res.sendStatus(401);
    req.user = jwt.decode(token);
    next();
  });
};
`,
    },
    {
      name: 'aws-jwt-verify verifier.verify before decoding',
      code: `
import { CognitoJwtVerifier } from 'aws-jwt-verify';
import { jwtDecode } from 'jwt-decode';

const verifier = CognitoJwtVerifier.create({ userPoolId: 'us-east-1_abc', tokenUse: 'access', clientId: 'client' });

export const handler = async (event) => {
  const token = event.headers.authorization.split(' ')[1];
  await verifier.verify(token);
  const { username } = jwtDecode(token);
  return { statusCode: 200, body: username };
};
`,
    },
    {
      name: 'firebase verifyIdToken of the same token first',
      code: `
import { getAuth } from 'firebase-admin/auth';
import { jwtDecode } from 'jwt-decode';

export async function POST(request: Request) {
  const idToken = request.headers.get('authorization')?.split('Bearer ')[1] ?? '';
  await getAuth().verifyIdToken(idToken);
  const { email } = jwtDecode<{ email: string }>(idToken);
  return Response.json({ email });
}
`,
    },
    {
      name: 'decoded but unused',
      code: `
import jwt from 'jsonwebtoken';

export function handler(req, res) {
  jwt.decode(req.headers.authorization);
  res.sendStatus(204);
}
`,
    },
    {
      name: 'hono verify with aud then decode',
      code: `
import { Hono } from 'hono';
import { decode, verify } from 'hono/jwt';

const app = new Hono();

app.get('/me', async (c) => {
  const token = c.req.header('Authorization')!.replace('Bearer ', '');
  await verify(token, c.env.JWT_SECRET, { alg: 'HS256', aud: 'api' });
  const { payload } = decode(token);
  return c.json({ id: payload.sub });
});
`,
    },
    {
      name: 'hono decode reading only the header',
      code: `
import { decode } from 'hono/jwt';

export default {
  async fetch(request) {
    const token = request.headers.get('Authorization')?.split(' ')[1] ?? '';
    const { header } = decode(token);
    return new Response(String(header.kid));
  },
};
`,
    },
    {
      name: 'NestJS guard using jwtService.verifyAsync',
      code: `
import { CanActivate, ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import * as jwt from 'jsonwebtoken';

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly jwtService: JwtService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(' ')[1];
    if (!token) throw new UnauthorizedException();
    await this.jwtService.verifyAsync(token, { audience: 'api' });
    request.user = jwt.decode(token);
    return true;
  }
}
`,
    },
    {
      name: "'use client' component decoding a token read from a header object",
      code: `
'use client';
import { jwtDecode } from 'jwt-decode';

export function Avatar({ request }) {
  const claims = jwtDecode(request.headers.authorization);
  return <img src={claims.picture} alt="" />;
}
`,
    },
    {
      name: 'Lambda: decoding to log the expiry only',
      code: `
const jwt = require('jsonwebtoken');

exports.handler = async (event) => {
  const decoded = jwt.decode(event.headers.Authorization.split(' ')[1]);
  console.log('token expires at', new Date(decoded.exp * 1000).toISOString());
  return { statusCode: 204 };
};
`,
    },
    {
      name: 'Node script decoding a CLI argument',
      code: `
import { decodeJwt } from 'jose';

const token = process.argv[2];
const claims = decodeJwt(token);
console.table(claims);
`,
    },
    {
      name: 'Vue composable decoding a stored token',
      code: `
import { computed } from 'vue';
import { jwtDecode } from 'jwt-decode';
import { useAuthStore } from '@/stores/auth';

export function useRoles() {
  const store = useAuthStore();
  return computed(() => jwtDecode<{ roles: string[] }>(store.accessToken).roles);
}
`,
    },
    {
      name: 'NestJS controller reading authorizer claims from the Lambda event',
      code: `
import { Controller, Get, Req } from '@nestjs/common';

@Controller('me')
export class MeController {
  @Get()
  me(@Req() req) {
    return req.apiGateway.event.requestContext.authorizer.claims;
  }
}
`,
    },
    {
      name: 'complete decode options by variable, header only',
      code: `
const jwt = require('jsonwebtoken');
const options = { complete: true };

module.exports = (req, res, next) => {
  const { header } = jwt.decode(req.headers.authorization.slice(7), options);
  req.keyId = header.kid;
  next();
};
`,
    },
    {
      name: 'NestJS handler behind @UseGuards(AuthGuard(jwt))',
      code: `
import { Controller, Get, Headers, UseGuards } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { JwtService } from '@nestjs/jwt';

@Controller('me')
export class MeController {
  constructor(private readonly jwtService: JwtService) {}

  @UseGuards(AuthGuard('jwt'))
  @Get()
  me(@Headers('authorization') authorization: string) {
    const claims = this.jwtService.decode(authorization.replace('Bearer ', ''));
    return { id: claims.sub };
  }
}
`,
    },
    {
      name: 'Fastify route with an onRequest authenticate hook in its options',
      code: `
import Fastify from 'fastify';

const app = Fastify();

app.get('/todos', { onRequest: [app.authenticate] }, async (request) => {
  const token = request.headers.authorization!.split(' ')[1];
  const claims = app.jwt.decode<{ sub: string }>(token);
  return { owner: claims?.sub };
});
`,
    },
    {
      name: 'Lambda behind an API Gateway JWT authorizer',
      code: `
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { jwtDecode } from 'jwt-decode';

export const handler = async (event: APIGatewayProxyEventV2WithJWTAuthorizer) => {
  const token = event.headers.authorization?.replace('Bearer ', '') ?? '';
  const claims = jwtDecode<{ email: string }>(token);
  return { statusCode: 200, body: JSON.stringify({ email: claims.email }) };
};
`,
    },
    {
      name: 'a token the server minted from request data is not a request token',
      code: `
import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();

app.post('/login', async (req, res) => {
  const token = await createSessionToken(req.body.email);
  const { sub } = jwt.decode(token);
  res.cookie('session', token, { httpOnly: true, secure: true, sameSite: 'lax' }).json({ sub });
});
`,
    },
  ],
  invalid: [
    {
      name: 'jwt-simple decode with noVerify = true in an Express route',
      code: `
const jwt = require('jwt-simple');
const express = require('express');
const app = express();
app.get('/api/orders', (req, res) => {
  const decoded = jwt.decode(req.headers['x-access-token'], process.env.SECRET, true);
  res.json({ userId: decoded.sub });
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 19, endLine: 6, endColumn: 86 }],
    },
    {
      name: 'Express route: jwt.decode of a query token wrapped in String()',
      code: `
import express from 'express';
import jwt from 'jsonwebtoken';
const app = express();
app.get('/download/:id', (req, res) => {
  const claims = jwt.decode(String(req.query.token)) as { fileIds?: string[] } | null;
  if (!claims?.fileIds?.includes(req.params.id)) return res.sendStatus(403);
  res.sendFile('/data/' + req.params.id);
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 18, endLine: 6, endColumn: 53 }],
    },
    {
      name: 'socket.io server middleware decodes the handshake auth token',
      code: `
import { Server } from 'socket.io';
import jwt from 'jsonwebtoken';
export function attach(io: Server) {
  io.use((socket, next) => {
    const user = jwt.decode(socket.handshake.auth.token) as { id: string };
    socket.data.userId = user.id;
    next();
  });
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 18, endLine: 6, endColumn: 57 }],
    },
    {
      name: 'callback-style jwt.verify does not guard a decode after it',
      code: `
import type { Request, Response, NextFunction } from 'express';
import jwt from 'jsonwebtoken';
export const isClient = (req: Request, res: Response, next: NextFunction) => {
  const token = req.headers.authorization?.split(' ')[1];
  if (!token) return res.status(401).json({ msg: 'Access denied' });
  jwt.verify(token, process.env.SECRET!, (err) => { if (err) res.status(401).end(); });
  const decodedToken = jwt.decode(token) as { role: string };
  if (decodedToken.role !== 'Client') return res.status(403).end();
  next();
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 8, column: 24, endLine: 8, endColumn: 41 }],
    },
    {
      name: 'Express middleware: jwt.decode of the bearer token into req.user',
      code: `
const jwt = require('jsonwebtoken');

module.exports = function authenticate(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  const decoded = jwt.decode(token);
  req.user = decoded;
  next();
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 19, endLine: 6, endColumn: 36, suggestions: null }],
      output: null,
    },
    {
      name: 'Express route: role check on decoded claims',
      code: `
import express from 'express';
import jwt from 'jsonwebtoken';

const router = express.Router();

router.delete('/users/:id', (req, res) => {
  const token = (req.headers.authorization || '').replace('Bearer ', '');
  const claims = jwt.decode(token) as { role?: string } | null;
  if (claims?.role !== 'admin') return res.sendStatus(403);
  return res.sendStatus(204);
});

export default router;
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 9, column: 18, endLine: 9, endColumn: 35, suggestions: null }],
      output: null,
    },
    {
      name: 'namespace import of jsonwebtoken, sub read',
      code: `
import * as jwt from 'jsonwebtoken';
import type { Request, Response } from 'express';

export async function getProfile(req: Request, res: Response) {
  const [, token] = (req.headers.authorization ?? '').split(' ');
  const userId = (jwt.decode(token) as jwt.JwtPayload).sub;
  res.json(await db.user.findUnique({ where: { id: userId } }));
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 7, column: 19, endLine: 7, endColumn: 36, suggestions: null }],
      output: null,
    },
    {
      name: 'destructured decode from jsonwebtoken via require',
      code: `
const { decode } = require('jsonwebtoken');

module.exports = (req, res, next) => {
  const { email, permissions } = decode(req.cookies.access_token);
  req.permissions = permissions;
  req.email = email;
  next();
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decode' }, line: 5, column: 34, endLine: 5, endColumn: 66, suggestions: null }],
      output: null,
    },
    {
      name: 'Next.js route handler: jose decodeJwt of the Authorization header',
      code: `
import { decodeJwt } from 'jose';
import { NextResponse } from 'next/server';

export async function GET(request: Request) {
  const token = request.headers.get('Authorization')?.replace('Bearer ', '') ?? '';
  const { sub } = decodeJwt(token);
  const orders = await db.order.findMany({ where: { userId: sub } });
  return NextResponse.json(orders);
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeJwt' }, line: 7, column: 19, endLine: 7, endColumn: 35, suggestions: null }],
      output: null,
    },
    {
      name: 'Next.js middleware.ts: jwtDecode of the session cookie',
      code: `
import { jwtDecode } from 'jwt-decode';
import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  const session = request.cookies.get('session')?.value;
  if (!session) return NextResponse.redirect(new URL('/login', request.url));
  const claims = jwtDecode<{ role: string }>(session);
  if (claims.role !== 'admin' && request.nextUrl.pathname.startsWith('/admin')) {
    return NextResponse.redirect(new URL('/403', request.url));
  }
  return NextResponse.next();
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 8, column: 18, endLine: 8, endColumn: 54, suggestions: null }],
      output: null,
    },
    {
      name: 'Next.js API route: default handler returns decoded claims',
      code: `
import jwtDecode from 'jwt-decode';
import type { NextApiRequest, NextApiResponse } from 'next';

export default function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = req.headers.authorization!.slice(7);
  const user = jwtDecode(token);
  res.status(200).json(user);
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 7, column: 16, endLine: 7, endColumn: 32, suggestions: null }],
      output: null,
    },
    {
      name: 'getServerSideProps: decode cookie and pass to props',
      code: `
import { jwtDecode } from 'jwt-decode';
import type { GetServerSideProps } from 'next';

export const getServerSideProps: GetServerSideProps = async (context) => {
  const token = context.req.cookies.token;
  if (!token) return { redirect: { destination: '/login', permanent: false } };
  const user = jwtDecode<{ name: string; email: string }>(token);
  return { props: { user } };
};

export default function Dashboard({ user }) {
  return <h1>{user.name}</h1>;
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 8, column: 16, endLine: 8, endColumn: 65, suggestions: null }],
      output: null,
    },
    {
      name: 'server action with cookies() from next/headers',
      code: `
'use server';
import { cookies } from 'next/headers';
import { decodeJwt } from 'jose';

export async function deleteProject(projectId: string) {
  const cookieStore = await cookies();
  const token = cookieStore.get('access_token')?.value ?? '';
  const { org_id: orgId } = decodeJwt(token);
  await db.project.delete({ where: { id: projectId, orgId } });
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeJwt' }, line: 9, column: 29, endLine: 9, endColumn: 45, suggestions: null }],
      output: null,
    },
    {
      name: 'AWS Lambda custom authorizer trusts decoded sub',
      code: `
const jwt = require('jsonwebtoken');

exports.handler = async (event) => {
  const token = event.authorizationToken.replace('Bearer ', '');
  const decoded = jwt.decode(token);
  return {
    principalId: decoded.sub,
    policyDocument: { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: 'Allow', Resource: event.methodArn }] },
  };
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 19, endLine: 6, endColumn: 36, suggestions: null }],
      output: null,
    },
    {
      name: 'AWS Lambda handler: Buffer.from base64 payload of event.headers.Authorization',
      code: `
import type { APIGatewayProxyEvent } from 'aws-lambda';

export const handler = async (event: APIGatewayProxyEvent) => {
  const token = event.headers.Authorization?.split(' ')[1] ?? '';
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64').toString('utf8'));
  return { statusCode: 200, body: JSON.stringify({ tenant: payload.tenant_id }) };
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'Buffer.from' }, line: 6, column: 30, endLine: 6, endColumn: 72, suggestions: null }],
      output: null,
    },
    {
      name: 'ALB x-amzn-oidc-data decoded by hand',
      code: `
import express from 'express';

const app = express();

app.get('/whoami', (req, res) => {
  const encoded = req.headers['x-amzn-oidc-data'] as string;
  const claims = JSON.parse(Buffer.from(encoded.split('.')[1], 'base64url').toString());
  res.send(\`Hello \${claims.email}\`);
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'Buffer.from' }, line: 8, column: 29, endLine: 8, endColumn: 76, suggestions: null }],
      output: null,
    },
    {
      name: 'Cloudflare Worker fetch handler with atob',
      code: `
export default {
  async fetch(request, env, ctx) {
    const auth = request.headers.get('Authorization') || '';
    const jwt = auth.replace(/^Bearer /, '');
    const claims = JSON.parse(atob(jwt.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    if (!claims.admin) return new Response('Forbidden', { status: 403 });
    return fetch(request);
  },
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'atob' }, line: 6, column: 31, endLine: 6, endColumn: 92, suggestions: null }],
      output: null,
    },
    {
      name: 'Hono decode of c.req.header',
      code: `
import { Hono } from 'hono';
import { decode } from 'hono/jwt';

const app = new Hono();

app.get('/me', (c) => {
  const token = c.req.header('Authorization')?.replace('Bearer ', '') ?? '';
  const { payload } = decode(token);
  return c.json({ id: payload.sub });
});

export default app;
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decode' }, line: 9, column: 23, endLine: 9, endColumn: 36, suggestions: null }],
      output: null,
    },
    {
      name: 'Hono middleware sets the decoded payload on the context',
      code: `
import { createMiddleware } from 'hono/factory';
import { Jwt } from 'hono/utils/jwt';

export const currentUser = createMiddleware(async (c, next) => {
  const token = c.req.header('authorization')?.split(' ')[1];
  if (token) c.set('user', Jwt.decode(token).payload);
  await next();
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'Jwt.decode' }, line: 7, column: 28, endLine: 7, endColumn: 45, suggestions: null }],
      output: null,
    },
    {
      name: 'Apollo Server context function',
      code: `
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import jwt from 'jsonwebtoken';

const server = new ApolloServer({ typeDefs, resolvers });

await startStandaloneServer(server, {
  context: async ({ req }) => {
    const token = req.headers.authorization || '';
    const user = jwt.decode(token.replace('Bearer ', ''));
    return { user };
  },
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 11, column: 18, endLine: 11, endColumn: 58, suggestions: null }],
      output: null,
    },
    {
      name: 'NestJS guard: decode with jwt-decode',
      code: `
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { jwtDecode } from 'jwt-decode';

@Injectable()
export class RolesGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest();
    const token = request.headers.authorization?.split(' ')[1];
    const payload = jwtDecode<{ roles: string[] }>(token);
    return payload.roles.includes('admin');
  }
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 10, column: 21, endLine: 10, endColumn: 58, suggestions: null }],
      output: null,
    },
    {
      name: 'NestJS param decorator returns decoded user',
      code: `
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import * as jwt from 'jsonwebtoken';

export const CurrentUser = createParamDecorator((data: unknown, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest();
  const token = request.headers['authorization']?.replace('Bearer ', '');
  return jwt.decode(token);
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 8, column: 10, endLine: 8, endColumn: 27, suggestions: null }],
      output: null,
    },
    {
      name: 'Koa middleware sets ctx.state.user',
      code: `
const jwt = require('jsonwebtoken');

module.exports = async (ctx, next) => {
  const token = ctx.request.header.authorization?.split(' ')[1];
  ctx.state.user = jwt.decode(token);
  await next();
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 20, endLine: 6, endColumn: 37, suggestions: null }],
      output: null,
    },
    {
      name: 'Fastify preHandler hook',
      code: `
import Fastify from 'fastify';
import { decodeJwt } from 'jose';

const fastify = Fastify();

fastify.addHook('preHandler', async (request, reply) => {
  const token = request.headers.authorization?.substring(7) ?? '';
  request.user = decodeJwt(token);
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeJwt' }, line: 9, column: 18, endLine: 9, endColumn: 34, suggestions: null }],
      output: null,
    },
    {
      name: 'same-file parseJwt helper called with the request token',
      code: `
import express from 'express';

function parseJwt(token) {
  const base64 = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(Buffer.from(base64, 'base64').toString());
}

const app = express();

app.use((req, res, next) => {
  const claims = parseJwt(req.headers.authorization.split(' ')[1]);
  res.locals.userId = claims.userId;
  next();
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'parseJwt' }, line: 12, column: 18, endLine: 12, endColumn: 67, suggestions: null }],
      output: null,
    },
    {
      name: 'decode falls back when verification fails (catch)',
      code: `
const jwt = require('jsonwebtoken');

module.exports = function auth(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  try {
    req.user = jwt.verify(token, process.env.JWT_SECRET, { audience: 'api' });
  } catch (err) {
    req.user = jwt.decode(token);
  }
  next();
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 9, column: 16, endLine: 9, endColumn: 33, suggestions: null }],
      output: null,
    },
    {
      name: 'decode when no secret is configured (else branch)',
      code: `
import jwt from 'jsonwebtoken';

export function authenticate(req, res, next) {
  const token = req.cookies.jwt;
  const payload = process.env.JWT_SECRET ? jwt.verify(token, process.env.JWT_SECRET, { audience: 'web' }) : jwt.decode(token);
  req.user = payload;
  next();
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 109, endLine: 6, endColumn: 126, suggestions: null }],
      output: null,
    },
    {
      name: 'branching only on the decode result authenticates anyone',
      code: `
const jwt = require('jsonwebtoken');

function requireUser(req, res, next) {
  const decoded = jwt.decode(req.query.token);
  if (!decoded) return res.status(401).json({ error: 'unauthorized' });
  next();
}

module.exports = { requireUser };
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 5, column: 19, endLine: 5, endColumn: 46, suggestions: null }],
      output: null,
    },
    {
      name: 'aliased jwtDecode import, claims passed to a service',
      code: `
import { jwtDecode as decodeToken } from 'jwt-decode';
import { Router } from 'express';
import { ordersService } from './orders.service';

export const ordersRouter = Router();

ordersRouter.get('/', async (req, res) => {
  const auth = req.get('Authorization');
  res.json(await ordersService.listFor(decodeToken(auth!.split(' ')[1])));
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeToken' }, line: 10, column: 40, endLine: 10, endColumn: 72, suggestions: null }],
      output: null,
    },
    {
      name: 'namespace import of jose, computed claim access',
      code: `
import * as jose from 'jose';

export async function POST(req: Request) {
  const bearer = req.headers.get('authorization') ?? '';
  const claims = jose.decodeJwt(bearer.slice('Bearer '.length));
  const { feature } = await req.json();
  return Response.json({ allowed: Boolean(claims['https://example.com/features']) && feature });
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jose.decodeJwt' }, line: 6, column: 18, endLine: 6, endColumn: 64, suggestions: null }],
      output: null,
    },
    {
      name: 'jwt-decode v3 default import via require, satisfies and template use',
      code: `
const jwt_decode = require('jwt-decode');

module.exports = (req, res) => {
  const claims = jwt_decode(req.headers.authorization.split(' ')[1]);
  res.send(\`Welcome back, \${claims.name}\`);
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt_decode' }, line: 5, column: 18, endLine: 5, endColumn: 69, suggestions: null }],
      output: null,
    },
    {
      name: 'verified middleware runs later: decode before the verify in another branch',
      code: `
const jwt = require('jsonwebtoken');

module.exports = function auth(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  if (process.env.SKIP_AUTH === 'true') {
    req.user = jwt.decode(token);
    return next();
  }
  req.user = jwt.verify(token, process.env.JWT_SECRET, { audience: 'api' });
  next();
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 7, column: 16, endLine: 7, endColumn: 33, suggestions: null }],
      output: null,
    },
    {
      name: 'Remix loader decodes the session cookie',
      code: `
import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { decodeJwt } from 'jose';

export async function loader({ request }: LoaderFunctionArgs) {
  const cookie = request.headers.get('Cookie') ?? '';
  const token = cookie.replace('token=', '');
  const claims = decodeJwt(request.headers.get('authorization')!);
  return json({ email: claims.email });
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeJwt' }, line: 8, column: 18, endLine: 8, endColumn: 66, suggestions: null }],
      output: null,
    },
    {
      name: 'Lambda handler: window-less globalThis.atob on the header',
      code: `
export const handler = async (event) => {
  const [, payload] = event.headers.authorization.split(' ')[1].split('.');
  const claims = JSON.parse(globalThis.atob(payload));
  return { statusCode: 200, body: JSON.stringify({ scope: claims.scope }) };
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'atob' }, line: 4, column: 29, endLine: 4, endColumn: 53, suggestions: null }],
      output: null,
    },
    {
      name: 'Express: complete decode, payload read',
      code: `
const jwt = require('jsonwebtoken');
const express = require('express');
const app = express();

app.get('/account', (req, res) => {
  const decoded = jwt.decode(req.headers.authorization.split(' ')[1], { complete: true });
  res.json({ account: decoded.payload.account_id });
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 7, column: 19, endLine: 7, endColumn: 90, suggestions: null }],
      output: null,
    },
    {
      name: 'token from the request body passed on',
      code: `
import jwt from 'jsonwebtoken';

export async function exchange(req, res) {
  const { idToken } = req.body;
  const profile = jwt.decode(idToken);
  const user = await upsertUser(profile);
  res.json(user);
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 6, column: 19, endLine: 6, endColumn: 38, suggestions: null }],
      output: null,
    },
    {
      name: 'SvelteKit hooks.server handle',
      code: `
import type { Handle } from '@sveltejs/kit';
import { jwtDecode } from 'jwt-decode';

export const handle: Handle = async ({ event, resolve }) => {
  const token = event.cookies.get('access_token');
  if (token) event.locals.user = jwtDecode(token);
  return resolve(event);
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 7, column: 34, endLine: 7, endColumn: 50, suggestions: null }],
      output: null,
    },
    {
      name: 'NestJS controller with @Headers(authorization)',
      code: `
import { Controller, Get, Headers } from '@nestjs/common';
import { decode } from 'jsonwebtoken';

@Controller('me')
export class MeController {
  @Get()
  me(@Headers('authorization') authorization: string) {
    const claims = decode(authorization.replace('Bearer ', '')) as { sub: string };
    return this.users.findOne(claims.sub);
  }
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decode' }, line: 9, column: 20, endLine: 9, endColumn: 64, suggestions: null }],
      output: null,
    },
    {
      name: 'options given by variable and spread still decode the payload',
      code: `
import jwt from 'jsonwebtoken';

const decodeOptions = { json: true };

export default function handler(req, res) {
  const payload = jwt.decode(req.headers['authorization'].split(' ')[1], { ...decodeOptions });
  if (payload.scope.includes('write')) return res.status(200).json({ ok: true });
  return res.status(403).end();
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 7, column: 19, endLine: 7, endColumn: 95, suggestions: null }],
      output: null,
    },
    {
      name: 'NestJS guard: JwtService.decode through a typed member and a token-extracting helper',
      code: `
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';

@Injectable()
export class AdminGuard implements CanActivate {
  constructor(private readonly jwt: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const token = this.extractTokenFromHeader(request);
    const payload = this.jwt.decode(token);
    return payload?.role === 'admin';
  }

  private extractTokenFromHeader(request: Request): string | undefined {
    const [type, token] = request.headers.authorization?.split(' ') ?? [];
    return type === 'Bearer' ? token : undefined;
  }
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 13, column: 21, endLine: 13, endColumn: 43, suggestions: null }],
      output: null,
    },
    {
      name: 'Fastify: the fastify.jwt.decode decorator on the bearer token',
      code: `
import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();
app.register(fastifyJwt, { secret: process.env.JWT_SECRET! });

app.get('/whoami', async (request) => {
  const token = request.headers.authorization!.replace('Bearer ', '');
  const decoded = app.jwt.decode<{ username: string }>(token);
  return { username: decoded?.username };
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 10, column: 19, endLine: 10, endColumn: 62, suggestions: null }],
      output: null,
    },
    {
      name: 'Express: custom token header read with req.header()',
      code: `
const express = require('express');
const jwtDecode = require('jwt-decode');

const app = express();

app.get('/api/cart', (req, res) => {
  const { userId } = jwtDecode(req.header('x-auth-token'));
  res.json({ userId });
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 8, column: 22, endLine: 8, endColumn: 59, suggestions: null }],
      output: null,
    },
    {
      name: 'edge handler: token from the query of new URL(req.url)',
      code: `
import { decodeJwt } from 'jose';

export const config = { runtime: 'edge' };

export default async function handler(req: Request) {
  const token = new URL(req.url).searchParams.get('token') ?? '';
  const { email } = decodeJwt(token);
  return Response.json({ email });
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeJwt' }, line: 8, column: 21, endLine: 8, endColumn: 37, suggestions: null }],
      output: null,
    },
    {
      name: 'Next.js route handler: token from req.nextUrl.searchParams',
      code: `
import { type NextRequest } from 'next/server';
import { jwtDecode } from 'jwt-decode';

export async function GET(req: NextRequest) {
  const token = req.nextUrl.searchParams.get('token') ?? '';
  const { email } = jwtDecode<{ email: string }>(token);
  await markVerified(email);
  return Response.redirect(new URL('/welcome', req.url));
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 7, column: 21, endLine: 7, endColumn: 56, suggestions: null }],
      output: null,
    },
    {
      name: 'Remix loader: token matched out of the Cookie header',
      code: `
import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { decodeJwt } from 'jose';

export async function loader({ request }: LoaderFunctionArgs) {
  const cookie = request.headers.get('Cookie') ?? '';
  const token = /(?:^|;\\s*)token=([^;]+)/.exec(cookie)?.[1] ?? '';
  const claims = decodeJwt(token);
  return json({ userId: claims.sub });
}
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeJwt' }, line: 8, column: 18, endLine: 8, endColumn: 34, suggestions: null }],
      output: null,
    },
    {
      name: 'node:http server: cookie parsed with cookie.parse',
      code: `
import { createServer } from 'node:http';
import { parse } from 'cookie';
import { decodeJwt } from 'jose';

createServer((req, res) => {
  const cookies = parse(req.headers.cookie ?? '');
  const claims = decodeJwt(cookies.session ?? '');
  res.end(\`hello \${claims.name}\`);
}).listen(3000);
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'decodeJwt' }, line: 8, column: 18, endLine: 8, endColumn: 50, suggestions: null }],
      output: null,
    },
    {
      name: 'helper that strips the Bearer prefix from the request header',
      code: `
import { Router } from 'express';
import jwt from 'jsonwebtoken';

const router = Router();

function getBearerToken(authorization?: string): string {
  return authorization?.startsWith('Bearer ') ? authorization.slice(7) : '';
}

router.post('/posts', (req, res) => {
  const decoded = jwt.decode(getBearerToken(req.headers.authorization)) as { sub: string } | null;
  if (!decoded) return res.sendStatus(401);
  res.status(201).json({ author: decoded.sub });
});
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwt.decode' }, line: 12, column: 19, endLine: 12, endColumn: 72, suggestions: null }],
      output: null,
    },
    {
      name: 'Lambda HTTP API: token from event.cookies',
      code: `
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { jwtDecode } from 'jwt-decode';

export const handler = async (event: APIGatewayProxyEventV2) => {
  const raw = event.cookies?.find((c) => c.startsWith('id_token='))?.split('=')[1] ?? '';
  const { email } = jwtDecode<{ email: string }>(raw);
  return { statusCode: 200, body: JSON.stringify({ email }) };
};
`,
      errors: [{ messageId: 'unverifiedDecode', data: { decoder: 'jwtDecode' }, line: 7, column: 21, endLine: 7, endColumn: 54, suggestions: null }],
      output: null,
    },
  ],
});

describe('default parser', () => {
  new ESLintRuleTester().run('no-unverified-jwt-decode', rule as unknown as Rule.RuleModule, {
    valid: [
      {
        name: 'plain JS: verified with jsonwebtoken before decoding',
        code: `
const jwt = require('jsonwebtoken');
module.exports = (req, res, next) => {
  const token = req.headers.authorization.split(' ')[1];
  jwt.verify(token, process.env.SECRET, { audience: 'api' });
  req.user = jwt.decode(token);
  next();
};
`,
      },
      {
        name: 'plain JS: client decodes a stored token',
        code: `
import { jwtDecode } from 'jwt-decode';
export const rolesOf = () => jwtDecode(sessionStorage.getItem('id_token')).roles;
`,
      },
    ],
    invalid: [
      {
        name: 'plain JS: Express middleware trusts jwt.decode',
        code: `
const jwt = require('jsonwebtoken');
module.exports = (req, res, next) => {
  req.user = jwt.decode(req.headers.authorization.split(' ')[1]);
  next();
};
`,
        errors: [{ messageId: 'unverifiedDecode', line: 4, column: 14, endLine: 4, endColumn: 65 }],
      },
      {
        name: 'plain JS: Lambda authorizer decodes by hand',
        code: `
exports.handler = async (event) => {
  const claims = JSON.parse(Buffer.from(event.authorizationToken.split('.')[1], 'base64').toString());
  return { principalId: claims.sub };
};
`,
        errors: [{ messageId: 'unverifiedDecode', line: 3, column: 29, endLine: 3, endColumn: 90 }],
      },
    ],
  });
});
