// Next.js route handler that proxies one order from the orders API.
import { NextResponse, type NextRequest } from 'next/server';

import { auth } from '../../../../auth';

const ORDERS_API = process.env.ORDERS_API_URL ?? 'https://orders-api.acme.example.com';
const INVOICES_URL = process.env.INVOICES_URL ?? 'https://invoices.acme.example.com';

export async function GET(_request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session) return NextResponse.json({ error: 'unauthenticated' }, { status: 401 });
  const { id } = await params;

  const upstream = await fetch(`${ORDERS_API}/orders/${encodeURIComponent(id)}`, {
    headers: { Authorization: `Bearer ${session.idToken}` }, // expect: no-id-token-as-bearer
    cache: 'no-store',
  });
  return NextResponse.json(await upstream.json(), { status: upstream.status });
}

/** Sends the browser to the invoice PDF, which the invoices service renders. */
export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  if (!session?.accessToken) return NextResponse.redirect(new URL('/login', request.url));
  const { id } = await params;
  return NextResponse.redirect(`${INVOICES_URL}/orders/${id}/invoice.pdf?access_token=${session.accessToken}`, 303); // expect: no-token-in-url
}
