export async function fetchInvoices(accessToken: string) {
  const url = `https://billing.example.com/invoices?status=open&access_token=${encodeURIComponent(accessToken)}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Invoices: ${response.status}`);
  return response.json();
}
