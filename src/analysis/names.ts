import type { TokenKind } from '../knowledge/types.js';

import {
  GETTER_VERBS,
  KIND_QUALIFIERS,
  METADATA_SUFFIXES,
  NON_OAUTH_QUALIFIERS,
  PAGINATION_QUALIFIERS,
} from '../knowledge/token-names.js';

/**
 * Splits an identifier, property name or storage key into lower-case words:
 * `rawIdToken` -> `['raw', 'id', 'token']`, `ID_TOKEN` -> `['id', 'token']`,
 * `oidc.user:https://idp` -> `['oidc', 'user', 'https', 'idp']`.
 */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** Splits glued lower-case forms such as `idtoken` or `accesstoken` (MSAL cache keys, header names). */
function expandGluedWords(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const match = /^(id|access|refresh|bearer|auth)(token|jwt)(s?)$/.exec(word);
    if (match?.[1] !== undefined && match[2] !== undefined) {
      out.push(match[1], match[2]);
      if (match[3]) out.push('s');
    } else {
      out.push(word);
    }
  }
  return out;
}

/** What a name says about the value it holds. */
export interface NameClassification {
  /** The kind the name indicates. */
  readonly kind: TokenKind;
  /** `true` when the name says which token it is (`idToken`), `false` for generic names (`token`, `jwt`). */
  readonly specific: boolean;
}

const TOKEN_WORD = /^(tokens?|jwts?)$/;

/**
 * Reads a name. Returns `undefined` when the name says nothing about tokens at all.
 *
 * The word before the last `token` decides the kind (`id`, `access`, `refresh`), words
 * after it may turn the name into metadata (`accessTokenExpiresAt`, `idTokenClaims`), and
 * known non-OAuth qualifiers (`pageToken`, `csrfToken`, `fcmToken`) rule it out.
 */
export function classifyName(name: string, options: { asCall?: boolean } = {}): NameClassification | undefined {
  let words = expandGluedWords(splitWords(name));
  if (options.asCall === true) {
    while (words.length > 1 && GETTER_VERBS.has(words[0]!)) words = words.slice(1);
  }
  let index = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (TOKEN_WORD.test(words[i]!)) {
      index = i;
      break;
    }
  }
  if (index === -1) return undefined;
  const tokenWord = words[index]!;
  const before = words.slice(0, index);
  const after = words.slice(index + 1);

  const qualifier = before.at(-1);
  const kindNamed = qualifier !== undefined && KIND_QUALIFIERS[qualifier] !== undefined;
  for (const word of before) {
    if (!NON_OAUTH_QUALIFIERS.has(word)) continue;
    if (kindNamed && PAGINATION_QUALIFIERS.has(word)) continue;
    return { kind: 'not-a-token', specific: true };
  }
  let kind: TokenKind = 'unknown-token';
  let specific = false;
  if (qualifier !== undefined && KIND_QUALIFIERS[qualifier] !== undefined) {
    kind = KIND_QUALIFIERS[qualifier];
    specific = true;
  } else if (qualifier === 'provider' || (qualifier === 'refresh' && before.at(-2) === 'provider')) {
    kind = qualifier === 'provider' ? 'access' : 'refresh';
    specific = true;
  }
  if (tokenWord.endsWith('s') && after.length === 0) {
    // `tokens`, `idTokens`: a collection or a token response, not one credential.
    return { kind: 'token-set', specific: false };
  }
  for (const word of after) {
    const meaning = METADATA_SUFFIXES[word];
    if (meaning === undefined || meaning === 'value') continue;
    if (meaning === 'claims') return { kind: 'claims', specific };
    return { kind: meaning, specific };
  }
  if (after.some((word) => METADATA_SUFFIXES[word] === undefined)) {
    // An unknown trailing word (`tokenizer`-like compounds, `idTokenFoo`): stay generic.
    return specific ? { kind, specific } : { kind: 'unknown-token', specific: false };
  }
  return { kind, specific };
}

/** `true` when a name denotes one of the three OAuth token kinds specifically. */
export function isSpecificTokenName(name: string): boolean {
  const result = classifyName(name);
  return result !== undefined && result.specific && isCredentialKind(result.kind);
}

/** `true` for the kinds that are credentials: `id`, `access`, `refresh`, `unknown-token`. */
export function isCredentialKind(kind: TokenKind): boolean {
  return kind === 'id' || kind === 'access' || kind === 'refresh' || kind === 'unknown-token';
}
