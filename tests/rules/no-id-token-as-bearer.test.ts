import rule from '../../rules/no-id-token-as-bearer.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

ruleTester.run('no-id-token-as-bearer', rule, {
  valid: [
    {
      name: 'oidc-client-ts access token in a fetch header',
      code: `
import { UserManager } from 'oidc-client-ts';
const userManager = new UserManager(settings);
export async function loadOrders() {
  const user = await userManager.getUser();
  return fetch('/api/orders', { headers: { Authorization: \`Bearer \${user?.access_token}\` } });
}
`,
    },
    {
      name: 'Firebase ID token sent to its own backend (documented design)',
      code: `
import { getAuth } from 'firebase/auth';
export async function callBackend() {
  const token = await getAuth().currentUser?.getIdToken();
  return fetch('/api/profile', { headers: { Authorization: \`Bearer \${token}\` } });
}
`,
    },
  ],
  invalid: [
    {
      name: 'openid-client token set: id_token in a bearer header',
      code: `
import * as client from 'openid-client';
export async function callback(config, url) {
  const tokens = await client.authorizationCodeGrant(config, url);
  return fetch('https://api.example.com/me', {
    headers: { Authorization: \`Bearer \${tokens.id_token}\` },
  });
}
`,
      errors: [
        {
          messageId: 'idTokenAsBearer',
          line: 6,
          column: 41,
          endLine: 6,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useAccessToken',
              data: { replacement: 'access_token', library: 'token-response-fields' },
              output: `
import * as client from 'openid-client';
export async function callback(config, url) {
  const tokens = await client.authorizationCodeGrant(config, url);
  return fetch('https://api.example.com/me', {
    headers: { Authorization: \`Bearer \${tokens.access_token}\` },
  });
}
`,
            },
          ],
        },
      ],
      output: null,
    },
  ],
});
