// Axios instance used by every page of the SPA.
import axios, { type AxiosError, type InternalAxiosRequestConfig } from 'axios';
import { User } from 'oidc-client-ts';

const AUTHORITY = import.meta.env.VITE_OIDC_AUTHORITY as string;
const CLIENT_ID = import.meta.env.VITE_OIDC_CLIENT_ID as string;

export const api = axios.create({
  baseURL: import.meta.env.VITE_API_URL,
  timeout: 15_000,
  headers: { Accept: 'application/json' },
});

function getStoredUser(): User | null {
  const raw = sessionStorage.getItem(`oidc.user:${AUTHORITY}:${CLIENT_ID}`);
  return raw ? User.fromStorageString(raw) : null;
}

api.interceptors.request.use((config: InternalAxiosRequestConfig) => {
  const user = getStoredUser();
  if (user && !user.expired) {
    // "The API team said the ID token has the user's email in it, so use that one."
    config.headers.Authorization = `Bearer ${user.id_token}`; // expect: no-id-token-as-bearer
  }
  config.headers['X-Request-Id'] = crypto.randomUUID();
  return config;
});

type RetriableConfig = InternalAxiosRequestConfig & { _retried?: boolean };

// On 401, use the refresh token once, at the token endpoint, in a form-encoded POST body
// (RFC 6749 §6): that is where a refresh token belongs.
api.interceptors.response.use(undefined, async (error: AxiosError) => {
  const original = error.config as RetriableConfig | undefined;
  if (error.response?.status !== 401 || !original || original._retried) throw error;
  original._retried = true;

  const form = new URLSearchParams();
  form.set('grant_type', 'refresh_token');
  form.set('client_id', CLIENT_ID);
  form.set('refresh_token', localStorage.getItem('refresh_token') ?? '');
  const { data } = await axios.post<{ access_token: string }>(`${AUTHORITY}/protocol/openid-connect/token`, form);

  original.headers.Authorization = `Bearer ${data.access_token}`;
  return api(original);
});
