import type { SarifLog } from '../../src/formatters/sarif.js';

import tsParser from '@typescript-eslint/parser';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { ESLint } from 'eslint';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

import sarifFormatter, { buildSarifLog, FINGERPRINT_KEY, formatSarif } from '../../src/formatters/sarif.js';
import plugin from '../../src/index.js';
import { rules } from '../../rules/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/sarif');
const exampleApp = join(root, 'examples/vulnerable-app');

/**
 * The SARIF 2.1.0 schema as shipped by Microsoft's SARIF SDK (`@microsoft/jest-sarif`, the
 * 2.1.0-rtm.5 text that SchemaStore serves). It is written in draft-04, which Ajv 8 reads once the
 * root `id` is spelled `$id`; the definitions are used unchanged. `unicodeRegExp: false` because the
 * schema's `language` pattern has a stray `]` that only non-Unicode regular expressions accept.
 */
function compileSarifSchema() {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { id, $schema: _draft, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ ...schema, $id: String(id) });
}

const validateSarif = compileSarifSchema();

function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, undefined, 2)).toEqual([]);
  expect(valid).toBe(true);
}

function createEslint(cwd: string): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,js,jsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.strict as unknown as ESLint.Options['overrideConfig'] & object,
      { rules: { 'no-debugger': 'warn' } },
    ] as ESLint.Options['overrideConfig'],
  });
}

async function lintFixtures(cwd: string): Promise<{ log: SarifLog; results: ESLint.LintResult[] }> {
  const eslint = createEslint(cwd);
  const results = await eslint.lintFiles(['.']);
  const log = JSON.parse(formatSarif(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) })) as SarifLog;
  return { log, results };
}

describe('SARIF formatter', () => {
  let log: SarifLog;

  beforeAll(async () => {
    ({ log } = await lintFixtures(fixtures));
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    expectValidSarif(log);
  });

  it('uses a schema that rejects malformed logs', () => {
    const broken = structuredClone(log) as unknown as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
    expect(validateSarif({ version: '2.1.0', runs: [{}] })).toBe(false);
  });

  it('describes every rule of the plugin, with the fields code scanning reads', () => {
    const driverRules = log.runs[0]!.tool.driver.rules;
    for (const [name, rule] of Object.entries(rules)) {
      const descriptor = driverRules.find((entry) => entry.id === `oauth-tokens/${name}`);
      expect(descriptor, name).toBeDefined();
      const docs = rule.meta.docs!;
      expect(descriptor).toMatchObject({
        shortDescription: { text: docs.description },
        helpUri: docs.url,
        defaultConfiguration: { level: 'error' },
        properties: {
          tags: ['security', ...docs.cwe.map((cwe) => `external/cwe/cwe-${cwe}`)],
          precision: docs.precision,
          'security-severity': docs.securitySeverity.toFixed(1),
        },
      });
      expect(descriptor!.fullDescription!.text.length).toBeGreaterThan(docs.description.length);
      expect(descriptor!.help!.markdown).toContain('## Examples');
      expect(descriptor!.help!.markdown).not.toContain('end auto-generated rule header');
      expect(descriptor!.help!.text.length).toBeGreaterThan(0);
    }
  });

  it('writes repo-relative locations against %SRCROOT%', () => {
    const run = log.runs[0]!;
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/.*\/tests\/fixtures\/sarif\/$/);
    const bearer = run.results.find((result) => result.ruleId === 'oauth-tokens/no-id-token-as-bearer' && !result.suppressions);
    expect(bearer).toMatchObject({
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'api-client.ts', uriBaseId: '%SRCROOT%' },
            region: { startLine: 7, startColumn: 69, endLine: 7, endColumn: 83 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[bearer!.ruleIndex]!.id).toBe(bearer!.ruleId);
  });

  it('keeps eslint-disable findings as in-source suppressions with their justification', () => {
    const suppressed = log.runs[0]!.results.filter((result) => result.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatchObject({
      ruleId: 'oauth-tokens/no-id-token-as-bearer',
      suppressions: [{ kind: 'inSource', justification: 'the legacy invoice API only accepts ID tokens' }],
      locations: [{ physicalLocation: { region: { startLine: 13 } } }],
    });
  });

  it('adds a minimal descriptor for rules of other plugins and maps severity to level', () => {
    const run = log.runs[0]!;
    const debuggerResult = run.results.find((result) => result.ruleId === 'no-debugger');
    expect(debuggerResult?.level).toBe('warning');
    expect(run.tool.driver.rules[debuggerResult!.ruleIndex]).toMatchObject({
      id: 'no-debugger',
      shortDescription: { text: expect.any(String) },
      helpUri: 'https://eslint.org/docs/latest/rules/no-debugger',
    });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('reports parse errors as tool execution notifications, not results', () => {
    const [invocation] = log.runs[0]!.invocations;
    expect(invocation!.toolExecutionNotifications).toEqual([
      expect.objectContaining({
        level: 'error',
        descriptor: { id: 'parse-error' },
        locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: { uri: 'broken.ts', uriBaseId: '%SRCROOT%' } }) })],
      }),
    ]);
    expect(log.runs[0]!.results.some((result) => result.locations[0]!.physicalLocation.artifactLocation.uri === 'broken.ts')).toBe(false);
  });

  it('is the default export as an ESLint formatter taking (results, context)', async () => {
    const eslint = createEslint(fixtures);
    const results = await eslint.lintFiles(['api-client.ts']);
    const output = sarifFormatter(results, { cwd: fixtures, rulesMeta: eslint.getRulesMetaForResults(results) });
    expect(JSON.parse(output)).toEqual(buildSarifLog(results, { cwd: fixtures, rulesMeta: eslint.getRulesMetaForResults(results) }));
  });

  it.runIf(existsSync(join(exampleApp, 'src')))('validates for the example app', async () => {
    const { log: exampleLog } = await lintFixtures(exampleApp);
    expectValidSarif(exampleLog);
    expect(exampleLog.runs[0]!.results.length).toBeGreaterThan(0);
  });
});

describe('SARIF partialFingerprints', () => {
  const code = `
import { UserManager } from 'oidc-client-ts';
const userManager = new UserManager(settings);
const user = await userManager.getUser();
await fetch('/a', { headers: { Authorization: \`Bearer \${user.id_token}\` } });
await fetch('/a', { headers: { Authorization: \`Bearer \${user.id_token}\` } });
`;

  async function fingerprints(text: string, filePath = join(fixtures, 'virtual.ts')): Promise<string[]> {
    const eslint = createEslint(fixtures);
    const results = await eslint.lintText(text, { filePath });
    return buildSarifLog(results, { cwd: fixtures }).runs[0]!.results.map((result) => result.partialFingerprints[FINGERPRINT_KEY]!);
  }

  it('tells identical findings apart by occurrence index', async () => {
    const prints = await fingerprints(code);
    expect(prints).toHaveLength(2);
    expect(prints[0]!.replace(/:\d+$/, '')).toBe(prints[1]!.replace(/:\d+$/, ''));
    expect(prints.map((print) => print.split(':')[1])).toEqual(['1', '2']);
  });

  it('survives unrelated edits above the finding and re-indentation', async () => {
    const before = await fingerprints(code);
    const moved = `// a new header comment\nconst unrelated = 1;\n${code.replaceAll('await fetch', '  await   fetch')}`;
    expect(await fingerprints(moved)).toEqual(before);
  });

  it('changes with the flagged line, the rule or the file', async () => {
    const before = await fingerprints(code);
    expect(await fingerprints(code.replaceAll("'/a'", "'/b'"))).not.toEqual(before);
    expect(await fingerprints(code, join(fixtures, 'other.ts'))).not.toEqual(before);
  });
});
