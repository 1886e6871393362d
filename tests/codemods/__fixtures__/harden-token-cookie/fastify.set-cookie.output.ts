import Fastify from 'fastify';

const fastify = Fastify();

fastify.post('/login', async (request, reply) => {
  const accessToken = await issueToken(request.body);
  reply.setCookie('access_token', accessToken, { path: '/', httpOnly: true, secure: true });
  return { ok: true };
});
