import express from 'express';
import { expressjwt } from 'express-jwt';
import jwksRsa from 'jwks-rsa';

if (!process.env.AUTH0_AUDIENCE) throw new Error('AUTH0_AUDIENCE is required');

const app = express();

app.use(
  '/api',
  expressjwt({
    secret: jwksRsa.expressJwtSecret({ jwksUri: `https://${process.env.AUTH0_DOMAIN}/.well-known/jwks.json` }),
    algorithms: ['RS256'],
    issuer: `https://${process.env.AUTH0_DOMAIN}/`,
    audience: process.env.AUTH0_AUDIENCE,
  }),
);

app.get('/api/health', (_req, res) => res.json({ ok: true }));
