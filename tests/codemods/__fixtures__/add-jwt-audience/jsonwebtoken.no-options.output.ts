import jwt from 'jsonwebtoken';
import type { NextFunction, Request, Response } from 'express';

const API_AUDIENCE = 'https://orders.example.com';

export function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace(/^Bearer /, '') ?? '';
  try {
    res.locals.user = jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { audience: API_AUDIENCE });
    next();
  } catch {
    res.status(401).end();
  }
}
