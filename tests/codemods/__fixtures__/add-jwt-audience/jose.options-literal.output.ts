import { createRemoteJWKSet, jwtVerify } from 'jose';

const { AUTH0_AUDIENCE } = process.env;
const JWKS = createRemoteJWKSet(new URL('https://tenant.example.com/.well-known/jwks.json'));

export async function verifyAccessToken(token: string) {
  const { payload } = await jwtVerify(token, JWKS, {
    issuer: 'https://tenant.example.com/',
    algorithms: ['RS256'], // pinned on purpose
    audience: AUTH0_AUDIENCE,
  });
  return payload;
}
