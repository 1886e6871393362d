import { useAuth0 } from '@auth0/auth0-react';

export function useReportLink() {
  const { getAccessTokenSilently, getIdTokenClaims } = useAuth0();
  // The callback is not async: an `await` cannot be inserted here.
  const open = () =>
    getIdTokenClaims().then((claims) => fetch('/api/report', { headers: { Authorization: `Bearer ${claims?.__raw}` } }));
  return { open, getAccessTokenSilently };
}
