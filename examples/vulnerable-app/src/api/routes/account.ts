// Password accounts for partners who do not use SSO. Reset, verification and invite
// tokens are one-time link tokens, not OAuth tokens: nothing here should be reported.
import type { Request, Response } from 'express';

import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { Router } from 'express';

import { db } from '../services/db.js';
import { mailer } from '../services/mailer.js';

const APP_URL = process.env.APP_URL ?? 'https://app.acme.example.com';

export const accountRouter = Router();

accountRouter.post('/account/login', async (req: Request, res: Response) => {
  const account = await db.accounts.findByEmail(String(req.body.email));
  if (!account || !(await argon2.verify(account.passwordHash, String(req.body.password)))) {
    res.status(401).json({ error: 'invalid_credentials' });
    return;
  }
  req.session.regenerate(() => {
    req.session.accountId = account.id;
    res.status(204).end();
  });
});

accountRouter.post('/account/password-reset', async (req: Request, res: Response) => {
  const account = await db.accounts.findByEmail(String(req.body.email));
  if (account) {
    const resetToken = randomBytes(32).toString('base64url');
    await db.passwordResets.insert({ accountId: account.id, resetToken, expiresAt: Date.now() + 3_600_000 });
    await mailer.send(account.email, 'Reset your password', `${APP_URL}/reset-password?token=${resetToken}`);
  }
  res.status(202).end();
});

accountRouter.post('/account/invite', async (req: Request, res: Response) => {
  const inviteToken = randomBytes(24).toString('base64url');
  await db.invites.insert({ email: String(req.body.email), inviteToken });
  const link = new URL('/accept-invite', APP_URL);
  link.searchParams.set('invite_token', inviteToken);
  await mailer.send(String(req.body.email), 'You are invited to Acme Orders', link.href);
  res.status(201).json({ sent: true });
});

accountRouter.get('/account/verify-email', async (req: Request, res: Response) => {
  const verificationToken = String(req.query.token ?? '');
  const ok = await db.emailVerifications.consume(verificationToken);
  res.redirect(ok ? `${APP_URL}/welcome` : `${APP_URL}/verify-email?error=expired`);
});
