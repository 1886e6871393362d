import { fetchAuthSession } from 'aws-amplify/auth';

export async function listInvoices() {
  const { tokens } = await fetchAuthSession();
  const response = await fetch('https://api.example.com/invoices', {
    headers: { Authorization: `Bearer ${tokens?.accessToken?.toString()}` },
  });
  return response.json();
}
