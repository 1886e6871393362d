import { ESLintUtils } from '@typescript-eslint/utils';

/** Repository that hosts the rule documentation. */
export const REPOSITORY_URL = 'https://github.com/oauth-tokens/eslint-plugin-oauth-tokens';

/** Extra documentation metadata every rule of this plugin carries. */
export interface PluginDocs {
  /** Preset that enables the rule: `recommended` also implies `strict`. */
  recommended: 'recommended' | 'strict';
  /** Whether the rule needs type information (none of ours do). */
  requiresTypeChecking?: boolean;
  /** CWE identifiers (numbers only) used for SARIF tags. */
  cwe: readonly number[];
  /** GitHub code scanning `security-severity`, 0.0-10.0. */
  securitySeverity: number;
  /** SARIF `precision` of the rule on real code. */
  precision: 'very-high' | 'high' | 'medium' | 'low';
}

/** Documentation URL of a rule. */
export function getRuleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`;
}

/** Rule factory: adds the docs URL and the plugin's docs fields. */
export const createRule = ESLintUtils.RuleCreator<PluginDocs>(getRuleDocsUrl);
