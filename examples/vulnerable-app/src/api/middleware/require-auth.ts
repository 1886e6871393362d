// Authentication middleware of the orders API (Express).
import type { NextFunction, Request, Response } from 'express';
import type { JwtHeader, SigningKeyCallback } from 'jsonwebtoken';

import jwt from 'jsonwebtoken';
import jwksClient, { expressJwtSecret } from 'jwks-rsa';
import { expressjwt, type GetVerificationKey } from 'express-jwt';

const ISSUER = process.env.OIDC_ISSUER!;

const keys = jwksClient({ jwksUri: `${ISSUER}/protocol/openid-connect/certs`, cache: true, rateLimit: true });

function getSigningKey(header: JwtHeader, callback: SigningKeyCallback): void {
  keys.getSigningKey(header.kid, (err, key) => callback(err, key?.getPublicKey()));
}

/** Any token this IdP issued, for any client, passes: there is no audience check. */
export function requireAuth(req: Request, res: Response, next: NextFunction): void {
  const header = req.headers.authorization ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : undefined;
  if (!token) {
    res.status(401).json({ error: 'missing_token' });
    return;
  }
  jwt.verify(token, getSigningKey, { algorithms: ['RS256'], issuer: ISSUER }, (err, claims) => { // expect: require-jwt-audience
    if (err) {
      res.status(401).json({ error: 'invalid_token' });
      return;
    }
    res.locals.claims = claims;
    next();
  });
}

/** The reporting endpoints use express-jwt; same problem. */
export const requireReportingAuth = expressjwt({ // expect: require-jwt-audience
  secret: expressJwtSecret({ jwksUri: `${ISSUER}/protocol/openid-connect/certs`, cache: true }) as GetVerificationKey,
  algorithms: ['RS256'],
  issuer: ISSUER,
});
