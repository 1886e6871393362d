import Cookies from 'js-cookie';
import type { Response } from 'express';

export function setToken(res: Response, accessToken: string) {
  res.cookie('access_token', accessToken);
}

export const getToken = () => Cookies.get('access_token');
