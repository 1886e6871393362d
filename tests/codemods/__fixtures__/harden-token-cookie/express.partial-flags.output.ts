import type { Response } from 'express';

export function storeRefreshToken(res: Response, refreshToken: string) {
  res.cookie('refresh_token', refreshToken, { httpOnly: true, path: '/auth/refresh', secure: true, sameSite: 'lax' });
}
