export function saveToken(accessToken: string) {
  localStorage.setItem('access_token', accessToken);
}

// Log out in every tab when another tab removes the token.
window.addEventListener('storage', (event) => {
  if (event.key === 'access_token' && event.newValue === null) location.assign('/login');
});
