export async function loadSession(tokens: { id_token: string }) {
  const response = await fetch(`https://api.example.com/session?id_token=${tokens.id_token}`);
  return response.json();
}
