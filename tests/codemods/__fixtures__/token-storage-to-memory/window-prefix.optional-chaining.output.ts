import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';
import { tokenMemoryStore } from './token-memory-store';

export function useRememberToken() {
  const auth = useAuth();
  useEffect(() => {
    if (auth.user) tokenMemoryStore.set('id_token', auth.user.id_token);
  }, [auth.user]);
  return tokenMemoryStore.get('id_token') ?? undefined;
}
