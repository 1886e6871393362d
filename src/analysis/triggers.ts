/**
 * Words without which no rule of this plugin can report. The CLI tests a file's text
 * against {@link FILE_PREFILTER} before parsing it, so files that cannot produce a finding
 * cost one regex scan instead of a parse (~8 ms per file on real code).
 *
 * Contract: every rule's `TRIGGERS` regex must be covered by this one (any text that a
 * rule's trigger matches must match here). `tests/analysis/triggers.test.ts` checks this
 * for every file in `rules/`. A rule whose detection needs a new word adds it here.
 */

/** Lower-case word fragments; a file mentioning none of them is skipped. Sorted. */
export const TRIGGER_WORDS = [
  'atob',
  'auth0',
  'authoriz',
  'base64',
  'bearer',
  'challenge',
  'cookie',
  'decode',
  'headers',
  'implicit',
  'jwt',
  'keycloak',
  'msal',
  'oauth',
  'oidc',
  'okta',
  'openid',
  'pkce',
  'response_type',
  'responsetype',
  'session',
  'storage',
  'token',
  'verify',
] as const;

/** One case-insensitive alternation of {@link TRIGGER_WORDS}. Stateless (no `g` flag). */
export const FILE_PREFILTER = new RegExp(TRIGGER_WORDS.join('|'), 'i');

/** `true` when `text` may contain something a rule of this plugin reports. */
export function mayContainFindings(text: string): boolean {
  return FILE_PREFILTER.test(text);
}
