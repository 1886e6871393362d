import { useAuth } from 'react-oidc-context';

export function useOrders() {
  const auth = useAuth();
  return async () => {
    const response = await fetch('/api/orders', {
      headers: { Authorization: `Bearer ${auth.user?.access_token}` },
    });
    return response.json();
  };
}
