import express from 'express';
import session from 'express-session';

const app = express();

// Without `trust proxy`, a Secure session cookie would not be sent behind a TLS-terminating proxy.
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));
