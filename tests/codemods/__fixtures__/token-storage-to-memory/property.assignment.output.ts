import axios from 'axios';
import { tokenMemoryStore } from './token-memory-store';

export async function signIn(email: string, password: string) {
  const { data } = await axios.post('/api/login', { email, password });
  tokenMemoryStore.set('token', data.token);
}

export const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((config) => {
  if (tokenMemoryStore.get('token') ?? undefined) config.headers.Authorization = `Bearer ${tokenMemoryStore.get('token') ?? undefined}`;
  return config;
});
