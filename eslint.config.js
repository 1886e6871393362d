// Lints this repository: TypeScript sources with typescript-eslint's parser, rule files
// with eslint-plugin-eslint-plugin, and dogfoods the plugin's own recommended config.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tsParser from '@typescript-eslint/parser';

export default [
  { ignores: ['dist/**', 'node_modules/**', 'examples/**', 'tests/**/__fixtures__/**', 'tests/fixtures/**', '.scratch/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' } },
  },
  {
    files: ['rules/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce) ' }],
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/no-property-in-node': 'off',
      'eslint-plugin/require-meta-docs-url': 'off',
    },
  },
  {
    files: ['tests/rules/*.test.ts'],
    plugins: { 'eslint-plugin': eslintPlugin },
    rules: {
      'eslint-plugin/require-test-error-positions': 'off',
    },
  },
];
