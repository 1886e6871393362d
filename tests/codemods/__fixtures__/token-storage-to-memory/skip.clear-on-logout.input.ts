export function storeSession(accessToken: string) {
  localStorage.setItem('access_token', accessToken);
}

export function logout() {
  // Removes the token with everything else.
  localStorage.clear();
}
