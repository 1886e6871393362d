/**
 * Rule registry. `tests/package.test.ts` checks that it lists exactly the files in `rules/`.
 */
import noAccessTokenDecode from './no-access-token-decode.js';
import noIdTokenAsBearer from './no-id-token-as-bearer.js';
import noTokenInLogs from './no-token-in-logs.js';
import noTokenInStorage from './no-token-in-storage.js';
import noTokenInUrl from './no-token-in-url.js';
import noUnverifiedJwtDecode from './no-unverified-jwt-decode.js';
import requireJwtAudience from './require-jwt-audience.js';
import requirePkce from './require-pkce.js';
import requireSecureTokenCookie from './require-secure-token-cookie.js';

export const rules = {
  'no-access-token-decode': noAccessTokenDecode,
  'no-id-token-as-bearer': noIdTokenAsBearer,
  'no-token-in-logs': noTokenInLogs,
  'no-token-in-storage': noTokenInStorage,
  'no-token-in-url': noTokenInUrl,
  'no-unverified-jwt-decode': noUnverifiedJwtDecode,
  'require-jwt-audience': requireJwtAudience,
  'require-pkce': requirePkce,
  'require-secure-token-cookie': requireSecureTokenCookie,
};
