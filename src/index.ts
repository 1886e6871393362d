import type { TSESLint } from '@typescript-eslint/utils';

import { rules } from '../rules/index.js';

/** Package name and version; `tests/package.test.ts` keeps them equal to package.json. */
const name = 'eslint-plugin-oauth-tokens';
const version = '0.1.0';

type RuleName = keyof typeof rules;

/** Namespace under which the rules are registered in a flat config. */
export const NAMESPACE = 'oauth-tokens';

function configRules(level: 'recommended' | 'strict'): Record<string, 'error'> {
  const entries = Object.entries(rules) as [RuleName, (typeof rules)[RuleName]][];
  return Object.fromEntries(
    entries
      .filter(([, rule]) => level === 'strict' || rule.meta.docs?.recommended === 'recommended')
      .map(([ruleName]) => [`${NAMESPACE}/${ruleName}`, 'error'] as const),
  );
}

const plugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules,
  configs: {} as Record<'recommended' | 'recommended-type-checked' | 'strict', TSESLint.FlatConfig.Config>,
};

plugin.configs.recommended = {
  name: `${NAMESPACE}/recommended`,
  plugins: { [NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: configRules('recommended'),
};
/**
 * The recommended rules with the optional type-aware layer (docs/type-aware.md): typescript-eslint's
 * project service builds a program, and the rules also classify values by their declared types.
 */
plugin.configs['recommended-type-checked'] = {
  name: `${NAMESPACE}/recommended-type-checked`,
  plugins: { [NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  languageOptions: { parserOptions: { projectService: true } },
  settings: { [NAMESPACE]: { useTypeInformation: true } },
  rules: configRules('recommended'),
};
plugin.configs.strict = {
  name: `${NAMESPACE}/strict`,
  plugins: { [NAMESPACE]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: configRules('strict'),
};

export default plugin;
export { plugin as 'module.exports' };
export { rules };
