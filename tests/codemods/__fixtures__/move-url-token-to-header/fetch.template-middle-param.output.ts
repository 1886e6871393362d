export async function listOrders(accessToken: string, page: number) {
  const response = await fetch(`https://api.example.com/orders?page=${page}&sort=desc`, {
    method: 'GET',
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${accessToken}`,
    },
  });
  return response.json();
}
