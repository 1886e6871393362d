import express from 'express';

import { exchangeCode } from './oauth.js';

const app = express();

app.get('/callback', async (req, res) => {
  const tokens = await exchangeCode(String(req.query.code));
  res.cookie('access_token', tokens.access_token, { maxAge: 3600 * 1000, httpOnly: true, secure: true, sameSite: 'lax' });
  res.redirect('/');
});
