import type { Linter } from 'eslint';

import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

import plugin, { NAMESPACE } from '../index.js';

const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];

/** Lints one file's text with the plugin's `recommended` config. */
export interface PluginLinter {
  /** Messages of the plugin's rules plus fatal parse errors; other messages are dropped. */
  lintText(text: string, filePath: string): Promise<Linter.LintMessage[]>;
  /** The whole ESLint result, for formatters that want it (SARIF). */
  lintResult(text: string, filePath: string): Promise<ESLint.LintResult>;
}

/** Options of {@link createPluginLinter}. */
export interface PluginLinterOptions {
  /** Rule names (without the namespace) to enable on top of `recommended`: the rules of the selected codemods. */
  readonly extraRules?: readonly string[];
}

/**
 * An ESLint instance that needs no config in the target repository: `overrideConfigFile: true`
 * skips config lookup, TypeScript files get `@typescript-eslint/parser`, JavaScript files the
 * default parser with JSX, and every file gets the plugin's `recommended` rules and the given
 * `settings['oauth-tokens']`. `check` and `fix` share it, so they can never disagree.
 */
export function createPluginLinter(cwd: string, settings: unknown, options: PluginLinterOptions = {}): PluginLinter {
  const extraRules = Object.fromEntries((options.extraRules ?? []).map((rule) => [`${NAMESPACE}/${rule}`, 'error' as const]));
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: JS_FILES, languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: TS_FILES, languageOptions: { parser: tsParser as Linter.Parser } },
      {
        ...(plugin.configs.recommended as Linter.Config),
        files: [...TS_FILES, ...JS_FILES],
        rules: { ...plugin.configs.recommended.rules, ...extraRules },
        linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
        settings: settings === undefined ? {} : { [NAMESPACE]: settings },
      },
    ],
  });

  async function lintResult(text: string, filePath: string): Promise<ESLint.LintResult> {
    const [result] = await eslint.lintText(text, { filePath, warnIgnored: false });
    if (!result) return emptyResult(filePath, text);
    result.messages = result.messages.filter(isPluginMessage);
    result.errorCount = result.messages.filter((message) => message.severity === 2).length;
    result.warningCount = result.messages.filter((message) => message.severity === 1).length;
    return result;
  }

  return {
    lintResult,
    async lintText(text, filePath) {
      return (await lintResult(text, filePath)).messages;
    },
  };
}

function isPluginMessage(message: Linter.LintMessage): boolean {
  return message.fatal === true || (message.ruleId?.startsWith(`${NAMESPACE}/`) ?? false);
}

function emptyResult(filePath: string, source: string): ESLint.LintResult {
  return {
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    source,
  };
}
