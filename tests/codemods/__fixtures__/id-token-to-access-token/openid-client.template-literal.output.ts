import * as client from 'openid-client';

export async function callback(config: client.Configuration, currentUrl: URL) {
  const tokens = await client.authorizationCodeGrant(config, currentUrl);
  // Call the API with the user's credential.
  return fetch('https://api.example.com/me', {
    headers: { Authorization: `Bearer ${tokens.access_token}` },
  });
}
