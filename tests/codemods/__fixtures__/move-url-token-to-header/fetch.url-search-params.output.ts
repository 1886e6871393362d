export async function search(query: string, accessToken: string) {
  const response = await fetch(`/api/search?${new URLSearchParams({ q: query })}`, { headers: { Authorization: `Bearer ${accessToken}` } });
  return response.json();
}
