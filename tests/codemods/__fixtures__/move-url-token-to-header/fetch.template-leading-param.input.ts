import type { NextRequest } from 'next/server';

const API = process.env.ORDERS_API_URL;

export async function GET(request: NextRequest) {
  const accessToken = request.cookies.get('access_token')?.value;
  const response = await fetch(`${API}/orders?access_token=${accessToken}&limit=20`, {
    cache: 'no-store',
  });
  return Response.json(await response.json());
}
