function onLogin(response: { access_token: string }) {
  localStorage.setItem('access_token', response.access_token);
}
