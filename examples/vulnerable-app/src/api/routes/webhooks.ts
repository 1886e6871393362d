// Incoming webhooks from the payment provider, signed with its private key. `verify`
// here is a signature check from node:crypto, not a JWT verification.
import type { Request, Response } from 'express';

import crypto from 'node:crypto';
import express, { Router } from 'express';

const PROVIDER_PUBLIC_KEY = crypto.createPublicKey(process.env.PAYMENTS_WEBHOOK_PUBLIC_KEY!);

export const webhookRouter = Router();

webhookRouter.post('/webhooks/payments', express.raw({ type: 'application/json' }), (req: Request, res: Response) => {
  const signature = Buffer.from(String(req.headers['x-signature'] ?? ''), 'base64');
  const valid = crypto.verify('sha256', req.body as Buffer, PROVIDER_PUBLIC_KEY, signature);
  if (!valid) {
    res.status(400).send('bad signature');
    return;
  }
  const event = JSON.parse((req.body as Buffer).toString('utf8')) as { type: string; data: unknown };
  console.info('payment webhook', event.type);
  res.status(204).end();
});
