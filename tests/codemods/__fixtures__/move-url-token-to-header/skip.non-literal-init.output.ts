const defaultInit: RequestInit = { credentials: 'include' };

export async function loadFeed(accessToken: string) {
  const response = await fetch(`https://api.example.com/feed?access_token=${accessToken}`, defaultInit);
  return response.json();
}
