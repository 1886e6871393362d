import Koa from 'koa';

const app = new Koa();

app.use(async (ctx) => {
  const accessToken = await ctx.state.auth.getAccessToken();
  ctx.cookies.set('access_token', accessToken, { signed: true });
});
