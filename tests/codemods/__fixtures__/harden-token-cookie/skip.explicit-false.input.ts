import type { Response } from 'express';

export function setToken(res: Response, accessToken: string) {
  res.cookie('access_token', accessToken, { httpOnly: false, secure: true, sameSite: 'lax' });
}
