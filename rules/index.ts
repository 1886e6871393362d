/**
 * Rule registry. `tests/package.test.ts` checks that it lists exactly the files in `rules/`.
 */
import noAccessTokenDecode from './no-access-token-decode.js';
import noIdTokenAsBearer from './no-id-token-as-bearer.js';
import noTokenInStorage from './no-token-in-storage.js';
import noTokenInUrl from './no-token-in-url.js';
import requireJwtAudience from './require-jwt-audience.js';

export const rules = {
  'no-access-token-decode': noAccessTokenDecode,
  'no-id-token-as-bearer': noIdTokenAsBearer,
  'no-token-in-storage': noTokenInStorage,
  'no-token-in-url': noTokenInUrl,
  'require-jwt-audience': requireJwtAudience,
};
