import type { Response } from 'express';

export function setToken(res: Response, accessToken: string) {
  res.cookie('access_token', accessToken, { maxAge: 3600_000 });
}

export function readTokenInBrowser() {
  return document.cookie.split('; ').find((row) => row.startsWith('access_token='))?.split('=')[1];
}
