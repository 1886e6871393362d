export async function search(query: string, accessToken: string) {
  const response = await fetch(`/api/search?${new URLSearchParams({ q: query, access_token: accessToken })}`);
  return response.json();
}
