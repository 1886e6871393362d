// The newer services verify access tokens with jose, with issuer and audience: this is
// the pattern the other middleware should follow. Nothing here should be reported.
import type { NextFunction, Request, Response } from 'express';

import { createRemoteJWKSet, jwtVerify } from 'jose';

const ISSUER = process.env.OIDC_ISSUER!;
const AUDIENCE = process.env.API_AUDIENCE ?? 'https://orders-api.acme.example.com';
const JWKS = createRemoteJWKSet(new URL(`${ISSUER}/protocol/openid-connect/certs`));

export async function verifyAccessToken(req: Request, res: Response, next: NextFunction): Promise<void> {
  const [scheme, token] = (req.headers.authorization ?? '').split(' ');
  if (scheme !== 'Bearer' || !token) {
    res.status(401).set('WWW-Authenticate', 'Bearer').end();
    return;
  }
  try {
    const { payload } = await jwtVerify(token, JWKS, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['RS256'] });
    res.locals.subject = payload.sub;
    res.locals.scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    next();
  } catch {
    res.status(401).set('WWW-Authenticate', 'Bearer error="invalid_token"').end();
  }
}

export function requireScope(scope: string) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if ((res.locals.scopes as string[]).includes(scope)) next();
    else res.status(403).json({ error: 'insufficient_scope', scope });
  };
}
