import express from 'express';
import session from 'express-session';

const app = express();
// TLS ends at the load balancer; trust its X-Forwarded-Proto.
app.set('trust proxy', 1);

app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));
