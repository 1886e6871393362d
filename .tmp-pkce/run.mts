import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import rule from '/work/main/rules/require-pkce.ts';
const linter = new Linter({ configType: 'flat' });
const cases = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { name: string; code: string }[];
for (const c of cases) {
  const messages = linter.verify(c.code, [{ files: ['**/*.tsx'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } }, plugins: { p: { rules: { r: rule as never } } }, rules: { 'p/r': 'error' } }], { filename: 'x.tsx' });
  console.log(`## ${c.name}: ${messages.length}`);
  for (const m of messages) console.log(`   ${m.messageId ?? m.message} ${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${JSON.stringify((m as any).data ?? '')} ${m.fatal ? m.message : ''}`);
}
