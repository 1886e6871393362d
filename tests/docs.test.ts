import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import plugin from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docs = readdirSync(join(root, 'docs/rules'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -3))
  .filter((name) => name in plugin.rules)
  .sort();

interface Example {
  readonly verdict: 'bad' | 'good';
  readonly code: string;
  readonly line: number;
}

/** Extracts ```ts / ```tsx / ```js blocks whose first line is a `// ❌` or `// ✅` comment. */
function collectExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  const pattern = /^```(?:ts|tsx|js|jsx|typescript|javascript)\n([\s\S]*?)^```/gm;
  for (const match of markdown.matchAll(pattern)) {
    const code = match[1] ?? '';
    const first = code.split('\n', 1)[0] ?? '';
    const verdict = first.includes('❌') ? 'bad' : first.includes('✅') ? 'good' : undefined;
    if (verdict === undefined) continue;
    examples.push({ verdict, code, line: markdown.slice(0, match.index).split('\n').length });
  }
  return examples;
}

const linter = new Linter({ configType: 'flat' });

describe.each(docs)('docs/rules/%s.md', (name) => {
  const markdown = readFileSync(join(root, 'docs/rules', `${name}.md`), 'utf8');
  const examples = collectExamples(markdown);

  it('has at least one ❌ and one ✅ example', () => {
    expect(examples.some((example) => example.verdict === 'bad')).toBe(true);
    expect(examples.some((example) => example.verdict === 'good')).toBe(true);
  });

  it.each(examples.map((example) => [example.line, example] as const))('example at line %i behaves as marked', (_line, example) => {
    const messages = linter.verify(
      example.code,
      [
        {
          files: ['**/*.tsx'],
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          plugins: { 'oauth-tokens': plugin as never },
          rules: { [`oauth-tokens/${name}`]: 'error' },
        },
      ],
      { filename: 'example.tsx' },
    );
    const fatal = messages.filter((message) => message.fatal);
    expect(fatal, 'example must parse').toEqual([]);
    const own = messages.filter((message) => message.ruleId === `oauth-tokens/${name}`);
    if (example.verdict === 'bad') expect(own.length, example.code).toBeGreaterThan(0);
    else expect(own, example.code).toEqual([]);
  });
});
