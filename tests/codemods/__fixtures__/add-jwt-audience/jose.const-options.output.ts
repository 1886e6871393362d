import * as jose from 'jose';

const audience = process.env.API_AUDIENCE ?? 'api://default';

const verifyOptions = { issuer: 'https://login.example.com', clockTolerance: 5, audience };

export async function handler(request: Request) {
  const token = request.headers.get('authorization')?.slice(7) ?? '';
  const secret = new TextEncoder().encode(process.env.JWT_SECRET);
  const { payload } = await jose.jwtVerify(token, secret, verifyOptions);
  return Response.json({ sub: payload.sub });
}
