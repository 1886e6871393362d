import type { TokenKind } from '../knowledge/types.js';

/** Shape of `settings['oauth-tokens']` in an ESLint config. Plain JSON so it survives `--concurrency`. */
export interface OAuthTokensSettings {
  /** Functions (by name) that return a token of a kind: `{ "getApiJwt": "access" }`. */
  readonly tokenFunctions?: Readonly<Record<string, 'id' | 'access' | 'refresh'>>;
  /** Properties (by name) that hold a token of a kind: `{ "bffToken": "access" }`. */
  readonly tokenProperties?: Readonly<Record<string, 'id' | 'access' | 'refresh'>>;
  /** Expected audience(s) of your APIs, as source expressions (`"process.env.API_AUDIENCE"`) or string literals. */
  readonly audience?: string;
  /** Extra HTTP client function names whose options carry `headers`. */
  readonly httpClients?: readonly string[];
  /**
   * Also classify values by their TypeScript types where the parser has a program
   * (`parserOptions.projectService`); set by the `recommended-type-checked` config. Without a
   * program (untyped parsing, oxlint) it has no effect. See docs/type-aware.md.
   */
  readonly useTypeInformation?: boolean;
}

/** Settings after validation, in lookup-friendly form. */
export interface ResolvedSettings {
  readonly tokenFunctions: ReadonlyMap<string, TokenKind>;
  readonly tokenProperties: ReadonlyMap<string, TokenKind>;
  readonly audience: string | undefined;
  readonly httpClients: ReadonlySet<string>;
  readonly useTypeInformation: boolean;
}

const KINDS = new Set(['id', 'access', 'refresh']);
const KNOWN_KEYS = new Set(['tokenFunctions', 'tokenProperties', 'audience', 'httpClients', 'useTypeInformation']);

const cache = new WeakMap<object, ResolvedSettings>();

const EMPTY: ResolvedSettings = {
  tokenFunctions: new Map(),
  tokenProperties: new Map(),
  audience: undefined,
  httpClients: new Set(),
  useTypeInformation: false,
};

function fail(message: string): never {
  throw new Error(`eslint-plugin-oauth-tokens: invalid settings['oauth-tokens']: ${message}`);
}

function readKindMap(value: unknown, key: string): Map<string, TokenKind> {
  const map = new Map<string, TokenKind>();
  if (value === undefined) return map;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(`"${key}" must be an object mapping names to "id", "access" or "refresh".`);
  }
  for (const [name, kind] of Object.entries(value)) {
    if (typeof kind !== 'string' || !KINDS.has(kind)) {
      fail(`"${key}.${name}" must be "id", "access" or "refresh", got ${JSON.stringify(kind)}.`);
    }
    map.set(name, kind as TokenKind);
  }
  return map;
}

/**
 * Validates and resolves `settings['oauth-tokens']`. Throws an error that names the bad key,
 * so a typo in a config fails loudly instead of silently disabling detection.
 */
export function resolveSettings(settings: Readonly<Record<string, unknown>> | undefined): ResolvedSettings {
  const raw = settings?.['oauth-tokens'];
  if (raw === undefined) return EMPTY;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) fail('expected an object.');
  const cached = cache.get(raw);
  if (cached) return cached;
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.has(key)) fail(`unknown key "${key}"; allowed keys: ${[...KNOWN_KEYS].join(', ')}.`);
  }
  const value = raw as OAuthTokensSettings;
  if (value.audience !== undefined && (typeof value.audience !== 'string' || value.audience.trim() === '')) {
    fail('"audience" must be a non-empty string (a source expression or a quoted string literal).');
  }
  if (value.httpClients !== undefined && (!Array.isArray(value.httpClients) || value.httpClients.some((c) => typeof c !== 'string'))) {
    fail('"httpClients" must be an array of function names.');
  }
  if (value.useTypeInformation !== undefined && typeof value.useTypeInformation !== 'boolean') {
    fail('"useTypeInformation" must be true or false.');
  }
  const resolved: ResolvedSettings = {
    tokenFunctions: readKindMap(value.tokenFunctions, 'tokenFunctions'),
    tokenProperties: readKindMap(value.tokenProperties, 'tokenProperties'),
    audience: value.audience,
    httpClients: new Set(value.httpClients ?? []),
    useTypeInformation: value.useTypeInformation === true,
  };
  cache.set(raw, resolved);
  return resolved;
}
