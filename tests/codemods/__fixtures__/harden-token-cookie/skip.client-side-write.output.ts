import Cookies from 'js-cookie';

export function rememberToken(accessToken: string) {
  Cookies.set('access_token', accessToken, { expires: 1 });
}
