import { PublicClientApplication } from '@azure/msal-browser';

const msalInstance = new PublicClientApplication({ auth: { clientId: 'spa-client-id' } });

export async function getProfile() {
  const account = msalInstance.getAllAccounts()[0];
  const result = await msalInstance.acquireTokenSilent({ scopes: ['User.Read'], account });
  const headers = new Headers();
  headers.set('Authorization', `Bearer ${result.accessToken}`);
  return fetch('https://graph.microsoft.com/v1.0/me', { headers });
}
