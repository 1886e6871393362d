// Backend-for-frontend for the mobile web app: runs the code flow on the server and keeps
// the tokens in the server-side session.
import type { Request, Response } from 'express';

import { Router } from 'express';
import * as client from 'openid-client';

declare module 'express-session' {
  interface SessionData {
    pkceVerifier?: string;
    oauthState?: string;
    tokens?: { access_token: string; refresh_token?: string; id_token?: string; expires_at: number };
  }
}

const APP_URL = process.env.MOBILE_APP_URL ?? 'https://m.acme.example.com';
const REDIRECT_URI = `${process.env.PUBLIC_URL}/bff/callback`;
const config = await client.discovery(new URL(process.env.OIDC_ISSUER!), process.env.BFF_CLIENT_ID!, process.env.BFF_CLIENT_SECRET!);

export const bffRouter = Router();

bffRouter.get('/bff/login', async (req: Request, res: Response) => {
  const pkceVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  req.session.pkceVerifier = pkceVerifier;
  req.session.oauthState = state;
  const authorizeUrl = client.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT_URI,
    scope: 'openid profile offline_access orders:read',
    code_challenge: await client.calculatePKCECodeChallenge(pkceVerifier),
    code_challenge_method: 'S256',
    state,
  });
  res.redirect(authorizeUrl.href);
});

bffRouter.get('/bff/callback', async (req: Request, res: Response) => {
  const currentUrl = new URL(req.originalUrl, process.env.PUBLIC_URL);
  const tokens = await client.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: req.session.pkceVerifier,
    expectedState: req.session.oauthState,
  });
  req.session.tokens = {
    access_token: tokens.access_token,
    refresh_token: tokens.refresh_token,
    id_token: tokens.id_token,
    expires_at: Date.now() + (tokens.expires_in ?? 300) * 1000,
  };

  // The old native shell still reads the token from the fragment of the redirect.
  if (req.query.shell === 'legacy') {
    res.redirect(`${APP_URL}/auth/complete#access_token=${tokens.access_token}`); // expect: no-token-in-url
    return;
  }
  res.redirect(`${APP_URL}/orders`);
});

bffRouter.post('/bff/logout', (req: Request, res: Response) => {
  const idToken = req.session.tokens?.id_token;
  req.session.destroy(() => {
    const endSession = client.buildEndSessionUrl(config, { id_token_hint: idToken ?? '', post_logout_redirect_uri: APP_URL });
    res.redirect(endSession.href);
  });
});
