export function ensureToken(fetchToken: () => string) {
  localStorage.access_token ??= fetchToken();
}
