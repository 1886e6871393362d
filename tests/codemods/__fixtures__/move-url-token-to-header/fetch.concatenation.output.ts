const BASE_URL = 'https://graph.example.com';

export function loadCalendar(tokens: { access_token: string }) {
  return fetch(BASE_URL + '/calendar', { credentials: 'omit', headers: { Authorization: `Bearer ${tokens.access_token}` } }).then((r) => r.json());
}
