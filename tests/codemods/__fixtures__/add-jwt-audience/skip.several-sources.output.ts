import { jwtVerify } from 'jose';

const ORDERS_AUDIENCE = 'https://orders.example.com';
const BILLING_AUDIENCE = 'https://billing.example.com';

export async function verify(token: string, key: CryptoKey) {
  return jwtVerify(token, key, { issuer: 'https://auth.example.com' });
}
