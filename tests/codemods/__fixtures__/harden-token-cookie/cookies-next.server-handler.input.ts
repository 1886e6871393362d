import { setCookie } from 'cookies-next';
import type { NextApiRequest, NextApiResponse } from 'next';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const { access_token } = await exchange(req.query.code as string);
  setCookie('access_token', access_token, { req, res, maxAge: 3600 });
  res.redirect('/');
}
