// Role checks for the navigation bar.
import { useMemo } from 'react';
import { jwtDecode } from 'jwt-decode';
import { useAuth } from 'react-oidc-context';

interface AccessTokenClaims {
  scope?: string;
  realm_access?: { roles?: string[] };
}

interface IdTokenClaims {
  name?: string;
  email?: string;
  picture?: string;
}

/** Reads the user's roles out of the access token. The access token is addressed to the API. */
export function useRoles(): string[] {
  const auth = useAuth();
  const accessToken = auth.user?.access_token;
  return useMemo(() => {
    if (!accessToken) return [];
    const claims = jwtDecode<AccessTokenClaims>(accessToken); // expect: no-access-token-decode
    return claims.realm_access?.roles ?? [];
  }, [accessToken]);
}

export function useHasRole(role: string): boolean {
  return useRoles().includes(role);
}

/** Reading the ID token is fine: it is addressed to this client (OIDC Core §2). */
export function useDisplayName(): string {
  const auth = useAuth();
  const idToken = auth.user?.id_token;
  if (!idToken) return 'Guest';
  const { name, email } = jwtDecode<IdTokenClaims>(idToken);
  return name ?? email ?? 'Guest';
}
