export async function fetchInvoices(accessToken: string) {
  const url = `https://billing.example.com/invoices?status=open`;
  const response = await fetch(url, { headers: { Authorization: `Bearer ${accessToken}` } });
  if (!response.ok) throw new Error(`Invoices: ${response.status}`);
  return response.json();
}
