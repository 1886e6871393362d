import Fastify from 'fastify';
import fastifyJwt from '@fastify/jwt';

const JWT_AUDIENCE = 'api.example.com';

const app = Fastify();

app.register(fastifyJwt, {
  secret: { public: process.env.JWT_PUBLIC_KEY! },
  verify: { allowedAud: JWT_AUDIENCE },
});

export default app;
