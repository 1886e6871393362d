import type { Options } from '../../rules/no-token-in-storage.js';

import { RuleTester as ESLintRuleTester } from 'eslint';
import { describe, it } from 'vitest';

import rule from '../../rules/no-token-in-storage.js';
import { createTsRuleTester } from '../rule-tester.js';

const ruleTester = createTsRuleTester();

const options: Options = [{ allowedKeys: ['demo_access_token'] }];
const baseOptions: Options[0] = { checkSessionStorage: true };

ruleTester.run('no-token-in-storage', rule, {
  valid: [
    {
      name: 'count of tokenizer output under a token-named key',
      code: `
import { encode } from 'gpt-tokenizer';
export function saveDraft(text: string) {
  const tokens = encode(text);
  localStorage.setItem('draft', text);
  localStorage.setItem('draftTokens', String(tokens.length));
}
`,
    },
    {
      name: 'Chakra semantic tokens cached in localStorage',
      code: `
import { extendTheme } from '@chakra-ui/react';
const semanticTokens = { colors: { primary: { default: 'blue.500', _dark: 'blue.200' } } };
export const theme = extendTheme({ semanticTokens });
window.localStorage.setItem('chakra-semantic-tokens', JSON.stringify(semanticTokens));
`,
    },
    {
      name: 'theme preference in localStorage',
      code: `
export function useTheme() {
  const [theme, setTheme] = useState(() => localStorage.getItem('theme') ?? 'light');
  useEffect(() => {
    localStorage.setItem('theme', theme);
  }, [theme]);
  return [theme, setTheme] as const;
}
`,
    },
    {
      name: 'PKCE code_verifier kept in sessionStorage across the redirect',
      code: `
import { generateCodeVerifier, generateCodeChallenge } from './pkce';
export async function login() {
  const verifier = generateCodeVerifier();
  sessionStorage.setItem('pkce_code_verifier', verifier);
  const challenge = await generateCodeChallenge(verifier);
  window.location.assign(\`\${AUTHORIZE_URL}?code_challenge=\${challenge}&code_challenge_method=S256\`);
}
`,
    },
    {
      name: 'OAuth state and nonce in sessionStorage',
      code: `
export function startLogin() {
  const state = crypto.randomUUID();
  const nonce = crypto.randomUUID();
  sessionStorage.setItem('oauth_state', state);
  sessionStorage.setItem('oidc_nonce', nonce);
}
`,
    },
    {
      name: 'token expiry timestamp',
      code: `
export function rememberExpiry(expiresIn: number) {
  const expiresAt = Date.now() + expiresIn * 1000;
  localStorage.setItem('tokenExpiresAt', String(expiresAt));
}
`,
    },
    {
      name: 'token_expires_at computed from Date.now()',
      code: `
axios.interceptors.response.use((response) => {
  localStorage.setItem('token_expires_at', String(Date.now() + response.data.expires_in * 1000));
  return response;
});
`,
    },
    {
      name: 'design tokens from a theme module',
      code: `
import { tokens } from '@/theme';
export function cacheDesignTokens() {
  localStorage.setItem('design-tokens', JSON.stringify(tokens));
}
`,
    },
    {
      name: 'design tokens under a generic key, imported from a design-system module',
      code: `
import tokens from '../design/tokens.json';
localStorage.setItem('ds-cache', JSON.stringify(tokens));
`,
    },
    {
      name: 'React Native AsyncStorage is not Web Storage',
      code: `
import AsyncStorage from '@react-native-async-storage/async-storage';
export async function persistToken(token: string) {
  await AsyncStorage.setItem('token', token);
}
`,
    },
    {
      name: 'shadowed localStorage parameter in a test helper',
      code: `
export function seedStorage(localStorage: Storage, token: string) {
  localStorage.setItem('access_token', token);
}
`,
    },
    {
      name: 'local localStorage mock',
      code: `
const localStorage = new Map<string, string>();
export function fakeLogin(accessToken: string) {
  localStorage.set('access_token', accessToken);
  (localStorage as any).setItem?.('access_token', accessToken);
}
`,
    },
    {
      name: 'chrome.storage is not Web Storage',
      code: `
export async function saveToken(accessToken: string) {
  await chrome.storage.local.set({ accessToken });
  localStorage.setItem('lastSync', new Date().toISOString());
}
`,
    },
    {
      name: 'hasToken flag stored as a string boolean',
      code: `
export function markSignedIn(token: string) {
  localStorage.setItem('hasToken', 'true');
  localStorage.setItem('isTokenValid', String(!!token));
}
`,
    },
    {
      name: 'removeItem and clear on logout',
      code: `
export function logout() {
  localStorage.removeItem('access_token');
  sessionStorage.removeItem('id_token');
  localStorage.clear();
}
`,
    },
    {
      name: 'getItem only',
      code: `
export function getAuthHeader() {
  const token = localStorage.getItem('access_token');
  return token ? { Authorization: \`Bearer \${token}\` } : {};
}
`,
    },
    {
      name: 'CSRF token for double-submit',
      code: `
export async function loadCsrf() {
  const { csrfToken } = await (await fetch('/api/csrf')).json();
  sessionStorage.setItem('csrfToken', csrfToken);
  localStorage.setItem('XSRF-TOKEN', csrfToken);
}
`,
    },
    {
      name: 'pagination token',
      code: `
export async function loadMore(res: { nextPageToken?: string }) {
  if (res.nextPageToken) sessionStorage.setItem('nextPageToken', res.nextPageToken);
}
`,
    },
    {
      name: 'FCM push token',
      code: `
import { getMessaging, getToken } from 'firebase/messaging';
export async function registerPush() {
  const fcmToken = await getToken(getMessaging(), { vapidKey: VAPID_KEY });
  localStorage.setItem('fcmToken', fcmToken);
}
`,
    },
    {
      name: 'LLM token count',
      code: `
export function trackUsage(usage: { total_tokens: number }) {
  localStorage.setItem('tokenCount', String(usage.total_tokens));
}
`,
    },
    {
      name: 'redirect-after-login path',
      code: `
export function rememberReturnTo() {
  sessionStorage.setItem('redirectAfterLogin', window.location.pathname + window.location.search);
}
`,
    },
    {
      name: 'locale and feature flags',
      code: `
export function savePrefs(locale: string, flags: Record<string, boolean>) {
  localStorage.setItem('locale', locale);
  window.localStorage.setItem('feature-flags', JSON.stringify(flags));
}
`,
    },
    {
      name: 'decoded ID-token claims (profile) are not a credential',
      code: `
import { jwtDecode } from 'jwt-decode';
export function cacheProfile(idToken: string) {
  const claims = jwtDecode(idToken);
  localStorage.setItem('profile', JSON.stringify(claims));
}
`,
    },
    {
      name: 'checkSessionStorage: false ignores sessionStorage',
      code: `
export function onLogin(tokens: { access_token: string }) {
  sessionStorage.setItem('access_token', tokens.access_token);
}
`,
      options: [{ checkSessionStorage: false }],
    },
    {
      name: 'allowedKeys by variable',
      code: `
export function storeDemoToken(demo: { access_token: string }) {
  localStorage.setItem('demo_access_token', demo.access_token);
}
`,
      options: options,
    },
    {
      name: 'allowedKeys by spread',
      code: `
export function seedE2e(token: string) {
  window.localStorage.setItem('e2e_token', token);
}
`,
      options: [{ ...baseOptions, allowedKeys: ['e2e_token'] }],
    },
    {
      name: 'wrapper only called with non-token values',
      code: `
function save(key: string, value: string) {
  localStorage.setItem(key, value);
}
save('theme', 'dark');
save('sidebar', JSON.stringify({ open: true }));
`,
    },
    {
      name: 'storage object wrapper used for a locale',
      code: `
const storage = {
  set: (key: string, value: string) => window.localStorage.setItem(key, value),
};
storage.set('locale', navigator.language);
`,
    },
    {
      name: 'session key names a session id cookie flag, not a token',
      code: `
export function rememberDevice(deviceId: string) {
  localStorage.setItem('deviceId', deviceId);
  localStorage.setItem('tokenType', 'Bearer');
}
`,
    },
    {
      name: 'unrelated setItem on a custom store',
      code: `
import { createStore } from './kv';
const store = createStore();
export function cache(accessToken: string) {
  store.setItem('access_token', accessToken);
}
`,
    },
    {
      name: 'cookies are not Web Storage',
      code: `
import Cookies from 'js-cookie';
export function onLogin(accessToken: string) {
  Cookies.set('access_token', accessToken, { secure: true, sameSite: 'strict' });
}
`,
    },
    {
      name: 'Vue Pinia store persists only the user profile name',
      code: `
export const useUserStore = defineStore('user', {
  state: () => ({ displayName: '' }),
  actions: {
    setName(name: string) {
      this.displayName = name;
      localStorage.setItem('displayName', name);
    },
  },
});
`,
    },
    {
      name: 'reading a token from storage into memory',
      code: `
export class TokenService {
  private accessToken = sessionStorage.getItem('access_token');
  get token() {
    return this.accessToken;
  }
}
`,
    },
    {
      name: 'timestamp of the last token refresh',
      code: `
export function onRefreshed() {
  localStorage.setItem('lastTokenRefresh', Date.now().toString());
}
`,
    },
    {
      name: 'tokenVersion counter is not the token',
      code: `
export function bumpSchema(version: number) {
  localStorage.setItem('tokenVersion', \`\${version}\`);
}
`,
    },
    {
      name: 'wrapper called with a null token on logout',
      code: `
function setToken(token: string | null) {
  if (token) localStorage.setItem('token', token);
}
export function logout() {
  setToken(null);
}
`,
    },
  ],
  invalid: [
    {
      name: 'supabase onAuthStateChange session serialised to localStorage',
      code: `
import { supabase } from './supabaseClient';
supabase.auth.onAuthStateChange((event, session) => {
  if (session) localStorage.setItem('sb-backup', JSON.stringify(session));
});
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token set', storage: 'localStorage' },
          line: 4,
          column: 50,
          endLine: 4,
          endColumn: 73,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Google Identity Services credential stored by a callback declared by name',
      code: `
function handleCredentialResponse(response) {
  sessionStorage.setItem('google', response.credential);
}
google.accounts.id.initialize({ client_id: 'CLIENT_ID.apps.googleusercontent.com', callback: handleCredentialResponse });
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'sessionStorage' },
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 55,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'axios refresh interceptor stores the new access token',
      code: `
import axios from 'axios';
api.interceptors.response.use(undefined, async (error) => {
  const { data } = await axios.post('/oauth/token', { grant_type: 'refresh_token', refresh_token: localStorage.getItem('refresh_token') });
  localStorage.setItem('access_token', data.access_token);
  return api(error.config);
});
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 5,
          column: 40,
          endLine: 5,
          endColumn: 57,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'axios refresh interceptor stores the rotated refresh token',
      code: `
export async function refresh() {
  const { data } = await http.post('/token', { refresh_token: currentRefreshToken });
  localStorage.setItem('refresh_token', data.refresh_token);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'refresh token', storage: 'localStorage' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 59,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Google Identity Services credential in a React onSuccess handler',
      code: `
import { GoogleLogin } from '@react-oauth/google';
export function SignIn() {
  return <GoogleLogin onSuccess={(r) => localStorage.setItem('token', r.credential!)} />;
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'localStorage' },
          line: 4,
          column: 71,
          endLine: 4,
          endColumn: 84,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'oidc-client-ts user serialised into sessionStorage',
      code: `
import { UserManager } from 'oidc-client-ts';
const userManager = new UserManager(settings);
export async function cacheUser() {
  const user = await userManager.getUser();
  sessionStorage.setItem('user', JSON.stringify(user));
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token set', storage: 'sessionStorage' },
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 54,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'oidc-client-ts signinRedirectCallback user stored in localStorage',
      code: `
import { UserManager } from 'oidc-client-ts';
export async function callback(mgr: UserManager) {
  const user = await mgr.signinRedirectCallback();
  localStorage.setItem('session', JSON.stringify(user));
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token set', storage: 'localStorage' },
          line: 5,
          column: 35,
          endLine: 5,
          endColumn: 55,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'oidc-client-ts signinPopup ID token',
      code: `
export async function popup(mgr) {
  const user = await mgr.signinPopup();
  localStorage.setItem('idt', user.id_token);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'localStorage' },
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 44,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Angular service stores the angular-oauth2-oidc access token',
      code: `
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
@Injectable({ providedIn: 'root' })
export class AuthService {
  constructor(private oauthService: OAuthService) {}
  persist() {
    localStorage.setItem('token', this.oauthService.getAccessToken());
  }
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 8,
          column: 35,
          endLine: 8,
          endColumn: 69,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Angular service with a class-field alias of window.localStorage',
      code: `
export class SessionService {
  private readonly storage = window.localStorage;
  save(result: AuthenticationResult) {
    this.storage.setItem('idToken', result.idToken);
  }
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'localStorage' },
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 51,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'MSAL acquireTokenSilent access token',
      code: `
import { PublicClientApplication } from '@azure/msal-browser';
export async function getToken(msal: PublicClientApplication, account) {
  const response = await msal.acquireTokenSilent({ scopes: ['User.Read'], account });
  localStorage.setItem('graph', response.accessToken);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 5,
          column: 33,
          endLine: 5,
          endColumn: 53,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Amplify v6 fetchAuthSession ID token string',
      code: `
import { fetchAuthSession } from 'aws-amplify/auth';
export async function keepIdToken() {
  const session = await fetchAuthSession();
  localStorage.setItem('cognito_jwt', session.tokens?.idToken?.toString() ?? '');
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'localStorage' },
          line: 5,
          column: 39,
          endLine: 5,
          endColumn: 80,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Okta authState access token object value',
      code: `
export function onAuth(authState) {
  sessionStorage.setItem('okta_at', authState.accessToken.accessToken);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'sessionStorage' },
          line: 3,
          column: 37,
          endLine: 3,
          endColumn: 70,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Keycloak refresh token',
      code: `
import Keycloak from 'keycloak-js';
const keycloak = new Keycloak({ url, realm, clientId });
keycloak.onAuthSuccess = () => {
  localStorage.setItem('kc_refresh', keycloak.refreshToken!);
};
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'refresh token', storage: 'localStorage' },
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 60,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Supabase session access token in an auth state listener',
      code: `
supabase.auth.onAuthStateChange((_event, session) => {
  if (session) window.localStorage.setItem('supabase_token', session.access_token);
});
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 3,
          column: 62,
          endLine: 3,
          endColumn: 82,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Vue Pinia store action',
      code: `
export const useAuthStore = defineStore('auth', {
  state: () => ({ accessToken: '' }),
  actions: {
    async login(credentials) {
      const { data } = await api.post('/login', credentials);
      this.accessToken = data.accessToken;
      localStorage.setItem('accessToken', data.accessToken);
    },
  },
});
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 8,
          column: 43,
          endLine: 8,
          endColumn: 59,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'generic token key with an unknown value (key names the token)',
      code: `
export async function login(form) {
  const res = await fetch('/api/login', { method: 'POST', body: JSON.stringify(form) });
  const body = await res.json();
  localStorage.setItem('auth_token', body.result);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token', storage: 'localStorage' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 36,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'generically named jwt value',
      code: `
export function onLogin(jwt: string) {
  localStorage.setItem('session', jwt);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token', storage: 'localStorage' },
          line: 3,
          column: 35,
          endLine: 3,
          endColumn: 38,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'property assignment',
      code: `
export function keep(tokens: { id_token: string }) {
  localStorage.idToken = tokens.id_token;
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'localStorage' },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 41,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'bracket assignment with a spec key',
      code: `
export function keep(accessToken: string) {
  window.sessionStorage['access_token'] = accessToken;
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'sessionStorage' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 54,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'computed setItem call',
      code: `
export function keep(tokenResponse) {
  localStorage['setItem']('rt', tokenResponse.refresh_token);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'refresh token', storage: 'localStorage' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 60,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'optional chaining on globalThis',
      code: `
export function keep(user) {
  globalThis.localStorage?.setItem('access_token', user?.access_token);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 3,
          column: 52,
          endLine: 3,
          endColumn: 70,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'self prefix in a worker',
      code: `
self.addEventListener('message', (event) => {
  self.sessionStorage.setItem('id_token', event.data.id_token);
});
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'sessionStorage' },
          line: 3,
          column: 43,
          endLine: 3,
          endColumn: 62,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'alias of window.localStorage',
      code: `
const store = window.localStorage;
export function save(idToken: string) {
  store.setItem('user_id_token', idToken);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'localStorage' },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 41,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'destructured localStorage from window',
      code: `
const { localStorage: ls } = window;
export function save(refreshToken: string) {
  ls.setItem('rt', refreshToken);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'refresh token', storage: 'localStorage' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 32,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'remember-me: localStorage or sessionStorage',
      code: `
export function persist(remember: boolean, tokens: { access_token: string }) {
  const storage = remember ? localStorage : sessionStorage;
  storage.setItem('access_token', tokens.access_token);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 4,
          column: 35,
          endLine: 4,
          endColumn: 54,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Object.assign into localStorage',
      code: `
export function persist(tokens) {
  Object.assign(localStorage, { theme: 'dark', refresh_token: tokens.refresh_token });
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'refresh token', storage: 'localStorage' },
          line: 3,
          column: 63,
          endLine: 3,
          endColumn: 83,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'same-file save(key, value) wrapper called with a token',
      code: `
function save(key: string, value: string) {
  localStorage.setItem(key, value);
}
export function onLogin(res: { data: { access_token: string } }) {
  save('token', res.data.access_token);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 38,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'object wrapper with an arrow setter',
      code: `
const storage = {
  set: (k: string, v: string) => localStorage.setItem(k, v),
};
export function onLogin(accessToken: string) {
  storage.set('at', accessToken);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 32,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'JSON.stringify of a token response object literal',
      code: `
export function persist(data) {
  localStorage.setItem('auth', JSON.stringify({ accessToken: data.access_token, expiresAt: data.expires_at }));
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token set', storage: 'localStorage' },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 110,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'JSON.stringify of a tokens variable under a tokens key',
      code: `
export function persist(tokens) {
  localStorage.setItem('tokens', JSON.stringify(tokens));
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token set', storage: 'localStorage' },
          line: 3,
          column: 34,
          endLine: 3,
          endColumn: 56,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'key from a const and TS as / non-null',
      code: `
const ACCESS_TOKEN_KEY = 'access_token';
export function persist(res: unknown) {
  localStorage.setItem(ACCESS_TOKEN_KEY, (res as { accessToken: string }).accessToken!);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 87,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'key from an imported constant, template value',
      code: `
import { STORAGE_KEYS } from './constants';
export function persist(token: string) {
  localStorage.setItem(STORAGE_KEYS.ACCESS_TOKEN, \`\${token}\`);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 4,
          column: 51,
          endLine: 4,
          endColumn: 61,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'oidc-client-ts user key with a template',
      code: `
export function persist(user, authority: string, clientId: string) {
  localStorage.setItem(\`oidc.user:\${authority}:\${clientId}\`, user.toStorageString());
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token set', storage: 'localStorage' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 60,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'legacy MSAL msal.idtoken key',
      code: `
export function persist(value: string) {
  localStorage.setItem('msal.idtoken', value);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'ID token', storage: 'localStorage' },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 38,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'satisfies and concatenated key',
      code: `
export function persist(prefix: string, token: string) {
  localStorage.setItem(prefix + '_refresh_token', token satisfies string);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'refresh token', storage: 'localStorage' },
          line: 3,
          column: 51,
          endLine: 3,
          endColumn: 73,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Next.js client component stores an Auth0 token',
      code: `
'use client';
import { useAuth0 } from '@auth0/auth0-react';
export default function Page() {
  const { getAccessTokenSilently } = useAuth0();
  useEffect(() => {
    getAccessTokenSilently().then((token) => localStorage.setItem('auth0_token', token));
  }, [getAccessTokenSilently]);
  return null;
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 7,
          column: 82,
          endLine: 7,
          endColumn: 87,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'require-based module still writes to the global localStorage',
      code: `
const axios = require('axios');
async function login(user, pass) {
  const { data } = await axios.post('/auth/login', { user, pass });
  window.localStorage.setItem('jwt', data.token);
}
module.exports = { login };
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token', storage: 'localStorage' },
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 48,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'wrapper that serialises its value, called with a token response',
      code: `
function persist(key: string, value: unknown) {
  window.localStorage.setItem(key, JSON.stringify(value));
}
export async function onCallback(tokenResponse) {
  persist('auth', tokenResponse);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token set', storage: 'localStorage' },
          line: 6,
          column: 19,
          endLine: 6,
          endColumn: 32,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'exported setToken helper with no caller in the file',
      code: `
export function setToken(token: string) {
  localStorage.setItem('token', token);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'token', storage: 'localStorage' },
          line: 3,
          column: 33,
          endLine: 3,
          endColumn: 38,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'setToken wrapper called from a login handler',
      code: `
const setToken = (token: string) => sessionStorage.setItem('jwt', token);
export async function handleLogin(res: Response) {
  const { accessToken } = await res.json();
  setToken(accessToken);
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'sessionStorage' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 23,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Amplify v5 Cognito refresh token',
      code: `
import { Auth } from 'aws-amplify';
export async function keepSession() {
  const session = await Auth.currentSession();
  localStorage.setItem('cognito_rt', session.getRefreshToken().getToken());
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'refresh token', storage: 'localStorage' },
          line: 5,
          column: 38,
          endLine: 5,
          endColumn: 74,
          suggestions: null,
        },
      ],
      output: null,
    },
    {
      name: 'Auth0 React popup token in a click handler',
      code: `
import { useAuth0 } from '@auth0/auth0-react';
export function ConnectButton() {
  const { getAccessTokenWithPopup } = useAuth0();
  const onClick = async () => {
    const token = await getAccessTokenWithPopup({ authorizationParams: { audience: API_AUDIENCE } });
    localStorage.setItem('api_token', token!);
  };
  return <button onClick={onClick}>Connect</button>;
}
`,
      errors: [
        {
          messageId: 'tokenInStorage',
          data: { kind: 'access token', storage: 'localStorage' },
          line: 7,
          column: 39,
          endLine: 7,
          endColumn: 45,
          suggestions: null,
        },
      ],
      output: null,
    },
  ],
});

describe('default parser (plain JavaScript)', () => {
  ESLintRuleTester.describe = describe;
  ESLintRuleTester.it = it;
  ESLintRuleTester.itOnly = it.only;
  const jsTester = new ESLintRuleTester({ languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } });
  jsTester.run('no-token-in-storage', rule as unknown as Parameters<ESLintRuleTester['run']>[1], {
    valid: [
      {
        name: 'theme in localStorage',
        code: "localStorage.setItem('theme', 'dark');",
      },
      {
        name: 'shadowed localStorage parameter',
        code: "export function seed(localStorage, token) { localStorage.setItem('token', token); }",
      },
    ],
    invalid: [
      {
        name: 'access token from a token response',
        code: "export const save = (data) => window.localStorage.setItem('access_token', data.access_token);",
        errors: [{ messageId: 'tokenInStorage', data: { kind: 'access token', storage: 'localStorage' }, line: 1, column: 75, endLine: 1, endColumn: 92 }],
      },
      {
        name: 'CommonJS module, property assignment on sessionStorage',
        code: "const api = require('./api');\nmodule.exports = async () => { const res = await api.login(); sessionStorage.idToken = res.id_token; };",
        errors: [{ messageId: 'tokenInStorage', data: { kind: 'ID token', storage: 'sessionStorage' }, line: 2, column: 88, endLine: 2, endColumn: 100 }],
      },
    ],
  });
});
