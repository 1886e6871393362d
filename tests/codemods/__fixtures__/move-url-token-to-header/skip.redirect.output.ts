import express from 'express';

const app = express();

app.get('/callback/done', (req, res) => {
  const accessToken = req.session.accessToken;
  res.redirect(`https://dashboard.example.com/start?access_token=${accessToken}`);
});
