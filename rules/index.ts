/**
 * Rule registry. `tests/package.test.ts` checks that it lists exactly the files in `rules/`.
 */
import noIdTokenAsBearer from './no-id-token-as-bearer.js';

export const rules = {
  'no-id-token-as-bearer': noIdTokenAsBearer,
};
