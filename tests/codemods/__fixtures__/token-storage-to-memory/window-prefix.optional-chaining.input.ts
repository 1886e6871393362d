import { useEffect } from 'react';
import { useAuth } from 'react-oidc-context';

export function useRememberToken() {
  const auth = useAuth();
  useEffect(() => {
    if (auth.user) window.sessionStorage?.setItem('id_token', auth.user.id_token);
  }, [auth.user]);
  return window.sessionStorage?.getItem('id_token') ?? undefined;
}
