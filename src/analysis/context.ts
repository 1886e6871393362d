import type { TSESLint } from '@typescript-eslint/utils';
import type { ResolvedSettings } from './settings.js';
import type { TokenFlow } from './token-flow.js';

import { resolveSettings } from './settings.js';
import { getTokenFlow } from './token-flow.js';
import { matchesTriggers } from './triggers.js';

/** What every rule needs for one file. */
export interface FileAnalysis {
  readonly settings: ResolvedSettings;
  readonly flow: TokenFlow;
}

/**
 * Returns the shared analysis of the file being linted, or `undefined` when the file text
 * matches none of `triggers`, or not every one of `requires`: such files cannot produce a
 * finding, so the rule returns no listeners and costs nothing. `triggers` must stay a plain
 * word list covered by the CLI prefilter (`src/analysis/triggers.ts`); `requires` narrows
 * further, e.g. "a decoder word AND a token word".
 */
export function getFileAnalysis(
  context: Readonly<TSESLint.RuleContext<string, readonly unknown[]>>,
  triggers: RegExp,
  requires: readonly RegExp[] = [],
): FileAnalysis | undefined {
  const { sourceCode } = context;
  if (!matchesTriggers(sourceCode.ast, sourceCode.text, triggers)) return undefined;
  for (const required of requires) if (!required.test(sourceCode.text)) return undefined;
  const settings = resolveSettings(context.settings);
  return { settings, flow: getTokenFlow(sourceCode, settings) };
}
