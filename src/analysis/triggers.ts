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

/** {@link TRIGGER_WORDS} as one global alternation, for collecting which ones occur. */
const TRIGGER_SCAN = new RegExp(TRIGGER_WORDS.join('|'), 'gi');

const PRESENT_WORDS = new WeakMap<object, ReadonlySet<string>>();

/**
 * The trigger words that occur in a file, from one scan of its text, cached per file (keyed by
 * its AST). Nine rules testing their own regex against the text of every file cost nine
 * scans; this costs one, and most files contain no trigger word at all.
 */
export function getPresentTriggerWords(key: object, text: string): ReadonlySet<string> {
  let present = PRESENT_WORDS.get(key);
  if (!present) {
    const found = new Set<string>();
    for (const match of text.matchAll(TRIGGER_SCAN)) found.add(match[0].toLowerCase());
    present = found;
    PRESENT_WORDS.set(key, present);
  }
  return present;
}

const WORDS_OF_REGEX = new WeakMap<RegExp, readonly string[] | null>();

/**
 * The trigger words that a plain word-list regex (`/jwt|decode|atob/i`) can only match
 * through: a file containing none of them cannot match it. `null` when the regex is not a
 * plain word list (then nothing can be concluded without running it).
 */
function getTriggerWordsOf(regex: RegExp): readonly string[] | null {
  let words = WORDS_OF_REGEX.get(regex);
  if (words === undefined) {
    const alternatives = regex.source.split('|');
    words = alternatives.every((alternative) => /^[\w-]+$/.test(alternative)) && regex.flags.includes('i')
      ? TRIGGER_WORDS.filter((word) => alternatives.some((alternative) => alternative.toLowerCase().includes(word)))
      : null;
    WORDS_OF_REGEX.set(regex, words);
  }
  return words;
}

/**
 * `true` when `text` matches `triggers`, answered from the per-file word scan when the file
 * contains none of the trigger words the regex depends on.
 */
export function matchesTriggers(key: object, text: string, triggers: RegExp): boolean {
  const words = getTriggerWordsOf(triggers);
  if (words !== null) {
    const present = getPresentTriggerWords(key, text);
    if (!words.some((word) => present.has(word))) return false;
  }
  return triggers.test(text);
}
