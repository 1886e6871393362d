import type { Account } from 'next-auth';

export async function linkAccount(account: Account) {
  const res = await fetch(`${process.env.API_URL}/accounts/link`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Authorization: `Bearer ${account.access_token!}`,
    },
  });
  return res.ok;
}
