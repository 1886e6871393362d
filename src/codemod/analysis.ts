import type { TSESLint } from '@typescript-eslint/utils';

import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { extname } from 'node:path';

/** Extensions the CLI lints; any other name is parsed as TypeScript. */
const EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);

const linter = new Linter({ configType: 'flat' });

const CONFIG: Linter.Config[] = [
  { files: ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tsParser as Linter.Parser } },
];

/**
 * Parses `text` as the file at `filePath` with the parsers `oauth-tokens check` uses and
 * returns ESLint's `SourceCode` (AST with parents, scopes), so that a codemod's project pass
 * or transform can run the shared matchers of `src/analysis/` on a file, the same matchers
 * the rules run. Returns `undefined` when the text does not parse. Pure: no file system.
 */
export function parseForAnalysis(text: string, filePath: string): TSESLint.SourceCode | undefined {
  const extension = extname(filePath).toLowerCase();
  // Only the extension picks the parser; a fixed base name keeps every path inside the config's reach.
  const messages = linter.verify(text, CONFIG, { filename: `file${EXTENSIONS.has(extension) ? extension : '.ts'}` });
  if (messages.some((message) => message.fatal)) return undefined;
  return linter.getSourceCode() as unknown as TSESLint.SourceCode;
}
