export async function listOrders(accessToken: string, page: number) {
  const response = await fetch(`https://api.example.com/orders?page=${page}&access_token=${accessToken}&sort=desc`, {
    method: 'GET',
    headers: {
      Accept: 'application/json',
    },
  });
  return response.json();
}
