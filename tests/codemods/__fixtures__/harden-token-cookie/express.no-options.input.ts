import type { Request, Response } from 'express';

export function login(req: Request, res: Response, idToken: string) {
  res.cookie('id_token', idToken);
  res.sendStatus(204);
}
