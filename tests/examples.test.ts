/**
 * End-to-end check of the bundled example app: lints `examples/vulnerable-app` with the
 * plugin's `recommended` config through the ESLint Node API and requires the findings to
 * equal the `// expect: <rule-name>` comments in its sources, line by line. A planted
 * issue that is not reported is a recall failure; a report on a line without a comment
 * (the app's safe look-alikes) is a precision failure.
 *
 * Only rules that the recommended config enables are compared, so a rule starts being
 * held to its `// expect:` lines as soon as it is registered.
 */
import type { Linter } from 'eslint';

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

import plugin, { NAMESPACE } from '../src/index.js';

const APP_ROOT = fileURLToPath(new URL('../examples/vulnerable-app/', import.meta.url));

/** Rules planned for the plugin; an `// expect:` naming anything else is a typo. */
const PLANNED_RULES = [
  'no-access-token-decode',
  'no-id-token-as-bearer',
  'no-token-in-storage',
  'no-token-in-url',
  'require-jwt-audience',
];

/** `// expect: rule-a` or `// expect: rule-a, rule-b` at the end of a line. */
const EXPECT_COMMENT = /\/\/\s*expect:\s*([a-z][a-z-]*(?:\s*,\s*[a-z][a-z-]*)*)\s*$/;

/** A row of the README's "Planted issues" table: `| \`file\` | line | \`rule\` | ... |`. */
const README_ROW = /^\| `([^`]+)` \| (\d+) \| `([a-z-]+)` \|/gm;

const RULE_PREFIX = `${NAMESPACE}/`;

/** One finding, as `file:line rule`, so that failures print as a readable list. */
function key(file: string, line: number, rule: string): string {
  return `${file}:${line} ${rule}`;
}

function collectExpectations(file: string, text: string): { rule: string; line: number }[] {
  return text.split(/\r?\n/).flatMap((lineText, index) => {
    const match = EXPECT_COMMENT.exec(lineText);
    if (!match) return [];
    return match[1]!.split(',').map((rule) => ({ rule: rule.trim(), line: index + 1 }));
  });
}

async function lintExampleApp(): Promise<ESLint.LintResult[]> {
  const eslint = new ESLint({
    cwd: APP_ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.tsx'],
        languageOptions: { parser: tsParser as Linter.Parser, sourceType: 'module' },
      },
      plugin.configs.recommended as Linter.Config,
    ],
  });
  return eslint.lintFiles(['.']);
}

describe('examples/vulnerable-app', () => {
  let results: ESLint.LintResult[] = [];

  beforeAll(async () => {
    results = await lintExampleApp();
  });

  it('lints every source file of the app without a parse error', () => {
    expect(results.length).toBeGreaterThanOrEqual(15);
    const fatal = results.flatMap((result) =>
      result.messages
        .filter((message) => message.fatal === true || message.ruleId === null)
        .map((message) => `${path.relative(APP_ROOT, result.filePath)}:${message.line} ${message.message}`),
    );
    expect(fatal).toEqual([]);
  });

  it('names only planned rules in its `// expect:` comments', () => {
    const known = new Set([...PLANNED_RULES, ...Object.keys(plugin.rules)]);
    const unknown = results.flatMap((result) =>
      collectExpectations(path.relative(APP_ROOT, result.filePath), readFileSync(result.filePath, 'utf8'))
        .filter(({ rule }) => !known.has(rule))
        .map(({ rule, line }) => key(path.relative(APP_ROOT, result.filePath), line, rule)),
    );
    expect(unknown).toEqual([]);
  });

  it('documents every planted issue in its README table', () => {
    const planted = results
      .flatMap((result) => {
        const file = path.relative(APP_ROOT, result.filePath).split(path.sep).join('/');
        return collectExpectations(file, readFileSync(result.filePath, 'utf8')).map(({ rule, line }) => key(file, line, rule));
      })
      .sort();
    const documented = [...readFileSync(path.join(APP_ROOT, 'README.md'), 'utf8').matchAll(README_ROW)]
      .map((match) => key(match[1]!, Number(match[2]), match[3]!))
      .sort();
    expect(documented).toEqual(planted);
  });

  it('reports exactly the planted issues of every enabled rule', () => {
    const enabled = new Set(
      Object.keys(plugin.configs.recommended.rules ?? {})
        .filter((ruleId) => ruleId.startsWith(RULE_PREFIX))
        .map((ruleId) => ruleId.slice(RULE_PREFIX.length)),
    );
    expect(enabled.size).toBeGreaterThan(0);

    const expected = new Set<string>();
    const actual = new Set<string>();
    for (const result of results) {
      const file = path.relative(APP_ROOT, result.filePath).split(path.sep).join('/');
      for (const { rule, line } of collectExpectations(file, readFileSync(result.filePath, 'utf8'))) {
        if (enabled.has(rule)) expected.add(key(file, line, rule));
      }
      for (const message of result.messages) {
        if (message.ruleId?.startsWith(RULE_PREFIX)) {
          actual.add(key(file, message.line, message.ruleId.slice(RULE_PREFIX.length)));
        }
      }
    }

    const missed = [...expected].filter((finding) => !actual.has(finding)).sort();
    const unexpected = [...actual].filter((finding) => !expected.has(finding)).sort();
    expect({ missed, unexpected }).toEqual({ missed: [], unexpected: [] });
    expect(expected.size).toBeGreaterThan(0);
  });
});
