/**
 * The rules run unchanged under oxlint's `jsPlugins` (oxlint pinned in devDependencies). Both
 * linters load the built plugin from dist/, so `npm run build` must run first (.ci/run builds
 * before it tests). See docs/oxlint.md for the configuration users copy and what differs.
 */
import type { TSESLint } from '@typescript-eslint/utils';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtPlugin = join(root, 'dist/src/index.js');
const exampleApp = join(root, 'examples/vulnerable-app');
/** The bundled example app; the concurrency fixture tree stands in where the app is absent. */
const target = existsSync(join(exampleApp, 'src')) ? exampleApp : join(root, 'tests/fixtures/concurrency/src');
const SOURCE_FILES = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';

interface OxlintOutput {
  diagnostics: { code: string; filename: string; labels: { span: { line: number; column: number } }[] }[];
}

type Plugin = { meta: { name: string }; configs: Record<'strict', TSESLint.FlatConfig.Config> };

let plugin: Plugin;
let configDirectory: string;

beforeAll(async () => {
  if (!existsSync(builtPlugin)) throw new Error('dist/ is missing: run `npm run build` before this test.');
  plugin = ((await import(pathToFileURL(builtPlugin).href)) as { default: Plugin }).default;
  configDirectory = mkdtempSync(join(tmpdir(), 'oauth-tokens-oxlint-'));
});

afterAll(() => {
  if (configDirectory) rmSync(configDirectory, { recursive: true, force: true });
});

/** `rule file:line` for each oxlint diagnostic; oxlint writes `oauth-tokens(rule)` codes. */
async function runOxlint(rules: Record<string, unknown>, directory = target, settings: Record<string, unknown> = {}): Promise<string[]> {
  const configFile = join(configDirectory, '.oxlintrc.json');
  // Built-in rules off (`plugins: []`, no categories) so that only the plugin's rules report.
  writeFileSync(configFile, JSON.stringify({ plugins: [], categories: { correctness: 'off' }, jsPlugins: [builtPlugin], settings, rules }, undefined, 2));
  const binary = join(root, 'node_modules/.bin/oxlint');
  const { stdout } = await promisify(execFile)(binary, ['-c', configFile, '-f', 'json', directory], { cwd: root }).catch(
    // oxlint exits 1 when it reports errors; the JSON is on stdout all the same.
    (error: { stdout?: string; code?: number }) => {
      if (error.code === 1 && error.stdout) return { stdout: error.stdout };
      throw error;
    },
  );
  const output = JSON.parse(stdout) as OxlintOutput;
  return output.diagnostics
    .map((diagnostic) => {
      const rule = diagnostic.code.replace(/^([^()]+)\((.+)\)$/, '$1/$2');
      const file = relative(directory, resolve(root, diagnostic.filename)).split('\\').join('/');
      return `${rule} ${file}:${diagnostic.labels[0]?.span.line}:${diagnostic.labels[0]?.span.column}`;
    })
    .sort();
}

async function runEslint(): Promise<string[]> {
  const eslint = new ESLint({
    cwd: target,
    overrideConfigFile: true,
    overrideConfig: [
      { files: [SOURCE_FILES], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.strict,
    ] as ESLint.Options['overrideConfig'],
  });
  const results = await eslint.lintFiles(['.']);
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        const file = relative(target, result.filePath).split('\\').join('/');
        return `${message.ruleId ?? 'parse-error'} ${file}:${message.line}:${message.column}`;
      }),
    )
    .sort();
}

describe('oxlint jsPlugins', () => {
  it('derives the plugin prefix from meta.name', () => {
    expect(plugin.meta.name).toBe('eslint-plugin-oauth-tokens');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toMatchObject({ devDependencies: { oxlint: '1.94.0' } });
  });

  it(`reports what ESLint reports on ${relative(root, target)}`, async () => {
    const rules = plugin.configs.strict.rules ?? {};
    const [oxlint, eslint] = await Promise.all([runOxlint(rules), runEslint()]);
    expect(eslint.length).toBeGreaterThan(0);
    expect(oxlint).toEqual(eslint);
  });

  it('applies meta.defaultOptions and rule options from .oxlintrc.json', async () => {
    const fixtures = join(root, 'tests/fixtures/concurrency/src');
    const defaults = await runOxlint({ 'oauth-tokens/no-id-token-as-bearer': 'error' }, fixtures);
    const withoutRefreshTokens = await runOxlint({ 'oauth-tokens/no-id-token-as-bearer': ['error', { checkRefreshTokens: false }] }, fixtures);
    // api/reports.ts sends a refresh token, the other files ID tokens.
    expect(defaults).toContain('oauth-tokens/no-id-token-as-bearer api/reports.ts:8:42');
    expect(withoutRefreshTokens).toEqual(defaults.filter((finding) => !finding.includes('api/reports.ts')));
  });

  it("reads settings['oauth-tokens'] from .oxlintrc.json", async () => {
    const sources = join(configDirectory, 'src');
    mkdirSync(sources, { recursive: true });
    writeFileSync(
      join(sources, 'partner.ts'),
      "export function callPartner(session: { partnerCredential: string }) {\n  return fetch('/partner', { headers: { Authorization: `Bearer ${session.partnerCredential}` } });\n}\n",
    );
    const rules = { 'oauth-tokens/no-id-token-as-bearer': 'error' };
    expect(await runOxlint(rules, sources)).toEqual([]);
    expect(await runOxlint(rules, sources, { 'oauth-tokens': { tokenProperties: { partnerCredential: 'id' } } })).toEqual([
      'oauth-tokens/no-id-token-as-bearer partner.ts:2:66',
    ]);
  });
});
