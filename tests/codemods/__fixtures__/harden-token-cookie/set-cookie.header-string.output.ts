import type { ServerResponse } from 'node:http';

export function issue(res: ServerResponse, accessToken: string) {
  res.setHeader('Set-Cookie', `access_token=${accessToken}; Path=/; HttpOnly; Secure; SameSite=Lax`);
}
