/**
 * Codemod registry, sorted by name. The CLI, the docs and the tests read it; the default
 * `fix` run applies every codemod with `safe: true`, in this order.
 */
import type { Codemod } from '../src/codemod/types.js';

import addJwtAudience from './add-jwt-audience.js';
import hardenTokenCookie from './harden-token-cookie.js';
import idTokenToAccessToken from './id-token-to-access-token.js';
import moveUrlTokenToHeader from './move-url-token-to-header.js';
import tokenStorageToMemory from './token-storage-to-memory.js';

export type { Codemod, CodemodContext, CodemodResult, Finding, FindingSuggestion, SkippedFinding } from '../src/codemod/types.js';

export const codemods: Readonly<Record<string, Codemod>> = {
  'add-jwt-audience': addJwtAudience,
  'harden-token-cookie': hardenTokenCookie,
  'id-token-to-access-token': idTokenToAccessToken,
  'move-url-token-to-header': moveUrlTokenToHeader,
  'token-storage-to-memory': tokenStorageToMemory,
};

/** The codemods in registry order. */
export const CODEMOD_LIST: readonly Codemod[] = Object.values(codemods);
