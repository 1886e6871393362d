import Keycloak from 'keycloak-js';

const keycloak = new Keycloak({ url: 'https://sso.example.com', realm: 'shop', clientId: 'web' });

export async function loadCart() {
  await keycloak.updateToken(30);
  return fetch('/api/cart', {
    headers: {
      Authorization: `Bearer ${keycloak.token}`, // sent on every request
    },
  });
}
