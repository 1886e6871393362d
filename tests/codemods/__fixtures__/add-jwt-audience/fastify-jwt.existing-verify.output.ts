import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const app = Fastify();

app.register(fastifyJwt, {
  secret: process.env.JWT_SECRET!,
  verify: { maxAge: '15m', allowedIss: 'https://auth.example.com', allowedAud: process.env.JWT_AUDIENCE },
});

app.get('/me', { onRequest: [(request) => request.jwtVerify()] }, async (request) => request.user);

export const expectedAudience = process.env.JWT_AUDIENCE;
export default app;
