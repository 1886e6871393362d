/**
 * Codemod registry, sorted by name. The CLI, the docs and the tests read it; the default
 * `fix` run applies every codemod with `safe: true`, in this order.
 */
import type { Codemod } from '../src/codemod/types.js';

import idTokenToAccessToken from './id-token-to-access-token.js';

export type { Codemod, CodemodContext, CodemodResult, Finding, FindingSuggestion, SkippedFinding } from '../src/codemod/types.js';

export const codemods: Readonly<Record<string, Codemod>> = {
  'id-token-to-access-token': idTokenToAccessToken,
};

/** The codemods in registry order. */
export const CODEMOD_LIST: readonly Codemod[] = Object.values(codemods);
