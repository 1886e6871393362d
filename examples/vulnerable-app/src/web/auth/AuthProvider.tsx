// Wraps the SPA in react-oidc-context (oidc-client-ts underneath): authorization code
// flow with PKCE against the company IdP.
import type { ReactNode } from 'react';
import type { User } from 'oidc-client-ts';

import { AuthProvider as OidcAuthProvider, useAuth } from 'react-oidc-context';

const oidcConfig = {
  authority: import.meta.env.VITE_OIDC_AUTHORITY,
  client_id: import.meta.env.VITE_OIDC_CLIENT_ID,
  redirect_uri: `${window.location.origin}/callback`,
  post_logout_redirect_uri: window.location.origin,
  scope: 'openid profile email offline_access orders:read orders:write',
  automaticSilentRenew: true,
};

function onSigninCallback(user: User | void): void {
  if (user) {
    // The legacy pages (jQuery, not React) still read the tokens from here.
    localStorage.setItem('access_token', user.access_token); // expect: no-token-in-storage
    window.localStorage.setItem('refresh_token', user.refresh_token ?? ''); // expect: no-token-in-storage
    localStorage.setItem('last_login_at', String(Date.now()));
  }
  window.history.replaceState({}, document.title, window.location.pathname);
}

export function AppAuthProvider({ children }: { children: ReactNode }) {
  return (
    <OidcAuthProvider {...oidcConfig} onSigninCallback={onSigninCallback}>
      {children}
    </OidcAuthProvider>
  );
}

export function RequireLogin({ children }: { children: ReactNode }) {
  const auth = useAuth();
  if (auth.isLoading) return <p className="spinner">Signing you in…</p>;
  if (auth.error) return <p role="alert">Sign-in failed: {auth.error.message}</p>;
  if (!auth.isAuthenticated) {
    void auth.signinRedirect({ state: { returnTo: window.location.pathname } });
    return null;
  }
  return <>{children}</>;
}
