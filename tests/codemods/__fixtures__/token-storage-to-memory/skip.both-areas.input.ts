export function keep(accessToken: string, remember: boolean) {
  if (remember) localStorage.setItem('access_token', accessToken);
  else sessionStorage.setItem('access_token', accessToken);
}
