import type { Response } from 'express';

const COOKIE_OPTIONS = { maxAge: 3600_000, path: '/' };

export function setToken(res: Response, accessToken: string) {
  res.cookie('access_token', accessToken, COOKIE_OPTIONS);
}

export function setRefreshToken(res: Response, refreshToken: string) {
  res.cookie('refresh_token', refreshToken, COOKIE_OPTIONS);
}
