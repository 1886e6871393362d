import { Hono } from 'hono';
import { jwt } from 'hono/jwt';

type Bindings = { JWT_SECRET: string };

const API_AUDIENCE = 'https://workers.example.com/api';

const app = new Hono<{ Bindings: Bindings }>();

app.use('/api/*', (c, next) => jwt({ secret: c.env.JWT_SECRET, alg: 'HS256' })(c, next));

export default app;
