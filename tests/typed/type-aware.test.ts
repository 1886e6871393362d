/**
 * The optional type-aware layer (`recommended-type-checked`, docs/type-aware.md), linted through
 * the ESLint Node API with typescript-eslint's project service. The fixture tree
 * (tests/fixtures/typed) is copied to a temporary directory with `packages/` renamed to
 * `node_modules/`, so the minimal SDK declarations resolve as installed SDKs do.
 */
import type { Linter } from 'eslint';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { cpSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { resolveSettings } from '../../src/analysis/index.js';
import { getPackageName } from '../../src/analysis/types.js';
import plugin from '../../src/index.js';
import { TOKEN_TYPES } from '../../src/knowledge/token-types.js';

const fixtures = fileURLToPath(new URL('../fixtures/typed', import.meta.url));

type Finding = Pick<Linter.LintMessage, 'ruleId' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message'>;
type ConfigName = 'recommended' | 'recommended-type-checked';

let cwd: string;

async function lint(configName: ConfigName, extra: Linter.Config[] = []): Promise<Record<string, Finding[]>> {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
      plugin.configs[configName] as Linter.Config,
      { languageOptions: { parserOptions: { tsconfigRootDir: cwd } } },
      ...extra,
    ],
  });
  const results = await eslint.lintFiles(['src']);
  return Object.fromEntries(
    results.map((result) => [
      relative(cwd, result.filePath).split('\\').join('/'),
      result.messages.map(({ ruleId, line, column, endLine, endColumn, message }) => ({ ruleId, line, column, endLine, endColumn, message })),
    ]),
  );
}

function summary(findings: readonly Finding[] | undefined): string[] {
  return (findings ?? []).map((finding) => `${finding.line}:${finding.column} ${finding.ruleId ?? 'fatal'}`);
}

describe('recommended-type-checked', () => {
  let untyped: Record<string, Finding[]>;
  let typed: Record<string, Finding[]>;

  beforeAll(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'oauth-tokens-typed-'));
    cpSync(fixtures, cwd, { recursive: true });
    renameSync(join(cwd, 'packages'), join(cwd, 'node_modules'));
    untyped = await lint('recommended');
    typed = await lint('recommended-type-checked');
  });

  afterAll(() => {
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it('is the recommended rules plus the type-aware setting and the project service', () => {
    const config = plugin.configs['recommended-type-checked'];
    expect(config.name).toBe('oauth-tokens/recommended-type-checked');
    expect(config.rules).toEqual(plugin.configs.recommended.rules);
    expect(config.settings).toEqual({ 'oauth-tokens': { useTypeInformation: true } });
    expect(config.languageOptions?.parserOptions).toEqual({ projectService: true });
  });

  it('reports what only types reveal', () => {
    expect(summary(typed['src/typed-only.ts'])).toEqual([
      // `jwt: IdToken`, a user alias of `string`.
      '9:69 oauth-tokens/no-id-token-as-bearer',
      // `session.credential`, a property declared `IdToken` in another file.
      '13:65 oauth-tokens/no-id-token-as-bearer',
      // `currentCredential()`, declared in another file to return `IdToken`.
      '17:71 oauth-tokens/no-id-token-as-bearer',
      // `credential: OidcCredential`, an alias of oidc-client-ts `User['id_token']`.
      '21:67 oauth-tokens/no-id-token-as-bearer',
      // `result: AuthenticationResult` (MSAL) stored whole.
      '25:39 oauth-tokens/no-token-in-storage',
      // `auth.token` on a Keycloak instance created in another module: the access token.
      '29:10 oauth-tokens/no-access-token-decode',
    ]);
  });

  it('leaves the plain recommended config unchanged on the same code', () => {
    expect(untyped['src/typed-only.ts']).toEqual([]);
  });

  it('gives identical results with and without types where names already decide', () => {
    expect(summary(untyped['src/ordinary.ts'])).toEqual([
      '8:69 oauth-tokens/no-id-token-as-bearer',
      '18:46 oauth-tokens/no-token-in-storage',
    ]);
    expect(typed['src/ordinary.ts']).toEqual(untyped['src/ordinary.ts']);
  });

  it('does not report typed look-alikes (an access-token type, a lexer Token, Auth0 IdToken claims)', () => {
    expect(typed['src/look-alikes.ts']).toEqual([]);
    expect(untyped['src/look-alikes.ts']).toEqual([]);
  });

  it('drops a name-based report when the type says the value is not a credential', () => {
    // `token: IdToken` of @auth0/auth0-spa-js is the decoded claims object, not the ID token.
    expect(summary(untyped['src/claims-named-token.ts'])).toEqual(['5:35 oauth-tokens/no-token-in-storage']);
    expect(typed['src/claims-named-token.ts']).toEqual([]);
  });

  it('does not report on files that only declare types', () => {
    expect(typed['src/types.ts']).toEqual([]);
    expect(typed['src/auth.ts']).toEqual([]);
  });

  it('falls back silently to untyped results when the setting is on but there is no program', async () => {
    const withoutProgram = await lint('recommended-type-checked', [{ languageOptions: { parserOptions: { projectService: false } } }]);
    expect(withoutProgram).toEqual(untyped);
  });
});

describe('useTypeInformation setting', () => {
  it('defaults to off and accepts booleans', () => {
    expect(resolveSettings(undefined).useTypeInformation).toBe(false);
    expect(resolveSettings({ 'oauth-tokens': { useTypeInformation: true } }).useTypeInformation).toBe(true);
    expect(resolveSettings({ 'oauth-tokens': { useTypeInformation: false } }).useTypeInformation).toBe(false);
  });

  it('rejects a non-boolean value, naming the key', () => {
    expect(() => resolveSettings({ 'oauth-tokens': { useTypeInformation: 'yes' } })).toThrow(/"useTypeInformation" must be true or false/);
  });
});

describe('getPackageName', () => {
  it('reads the package of a declaration file', () => {
    expect(getPackageName('/app/node_modules/oidc-client-ts/dist/types/oidc-client-ts.d.ts')).toBe('oidc-client-ts');
    expect(getPackageName('/app/node_modules/@azure/msal-common/dist/response/AuthenticationResult.d.ts')).toBe('@azure/msal-common');
    expect(getPackageName('/app/node_modules/.pnpm/keycloak-js@26.0.0/node_modules/keycloak-js/lib/keycloak.d.ts')).toBe('keycloak-js');
    expect(getPackageName('C:\\app\\node_modules\\@types\\scope__pkg\\index.d.ts')).toBe('@scope/pkg');
    expect(getPackageName('/app/node_modules/@types/node/index.d.ts')).toBe('node');
  });

  it('gives nothing for the project own files', () => {
    expect(getPackageName('/app/src/types.ts')).toBeUndefined();
  });
});

describe('TOKEN_TYPES', () => {
  it('has unique kebab-case ids sorted alphabetically and https references', () => {
    const ids = TOKEN_TYPES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const entry of TOKEN_TYPES) {
      expect(entry.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(entry.reference, entry.id).toMatch(/^https:\/\/\S+$/);
    }
  });
});
