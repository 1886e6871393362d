import axios from 'axios';

export async function signIn(email: string, password: string) {
  const { data } = await axios.post('/api/login', { email, password });
  localStorage.token = data.token;
}

export const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((config) => {
  if (localStorage.token) config.headers.Authorization = `Bearer ${localStorage.token}`;
  return config;
});
