const BASE_URL = 'https://graph.example.com';

export function loadCalendar(tokens: { access_token: string }) {
  return fetch(BASE_URL + '/calendar?access_token=' + tokens.access_token, { credentials: 'omit' }).then((r) => r.json());
}
