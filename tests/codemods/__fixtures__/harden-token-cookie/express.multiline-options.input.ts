import type { Response } from 'express';

export function setSession(res: Response, sessionId: string) {
  res.cookie('sid', sessionId, {
    maxAge: 86_400_000,
    path: '/',
  });
}
