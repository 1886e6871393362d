export async function loadProfile() {
  const idToken = localStorage.getItem('id_token');
  return fetch('/api/profile', { headers: { Authorization: `Bearer ${idToken}` } });
}
