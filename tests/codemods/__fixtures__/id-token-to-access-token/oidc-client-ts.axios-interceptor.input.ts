import axios from 'axios';
import { UserManager } from 'oidc-client-ts';

const userManager = new UserManager({ authority: 'https://id.example.com', client_id: 'spa', redirect_uri: location.origin });

export const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use(async (config) => {
  const user = await userManager.getUser();
  if (user) {
    config.headers.Authorization = 'Bearer ' + user.id_token;
  }
  return config;
});
