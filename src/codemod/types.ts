import type { SourceFile } from 'ts-morph';
import type { ResolvedSettings } from '../analysis/settings.js';

/** A text edit in the file handed to the codemod: replace `[start, end)` with `text`. */
export interface FindingEdit {
  /** Start offset (UTF-16 code units, BOM excluded). */
  readonly start: number;
  /** End offset, exclusive. */
  readonly end: number;
  /** Replacement text. */
  readonly text: string;
}

/** A suggestion the rule offered with its finding. */
export interface FindingSuggestion {
  /** The suggestion's messageId (for example `useAccessToken`). */
  readonly messageId: string | undefined;
  /** The suggestion's rendered description. */
  readonly description: string;
  /** The edit the suggestion applies. */
  readonly fix: FindingEdit;
}

/**
 * One lint message of the rule a codemod fixes, located in the text of the `SourceFile`
 * the codemod receives. Lines and columns are 1-based, as ESLint reports them; `start` and
 * `end` are the same range as offsets. ESLint does not expose a message's `data`: a codemod
 * that needs more than the range and the suggestions reads it from the node at the range.
 */
export interface Finding {
  /** Full rule id, `oauth-tokens/<rule>`. */
  readonly ruleId: string;
  /** The rule's messageId. */
  readonly messageId: string | undefined;
  /** The rendered message. */
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Start offset of the reported node. */
  readonly start: number;
  /** End offset of the reported node, exclusive. */
  readonly end: number;
  /** Suggestions offered with the finding, in the rule's order. */
  readonly suggestions: readonly FindingSuggestion[];
}

/** A finding the codemod left for a human, with the reason. */
export interface SkippedFinding {
  readonly finding: Finding;
  /** Why the rewrite is not certain, and what to do instead. Starts with a lower-case letter, no final period. */
  readonly reason: string;
}

/** What a transform did to one file. */
export interface CodemodResult {
  /** `true` when the source file was edited. */
  readonly changed: boolean;
  /** Findings left unchanged. */
  readonly skipped: readonly SkippedFinding[];
}

/** Values the user passed on the command line or in settings. */
export interface CodemodContext {
  /** `--audience <expression>`: source text of the expected audience, if given. */
  readonly audience?: string;
  /** `settings['oauth-tokens']`, resolved. */
  readonly settings: ResolvedSettings;
}

/**
 * A codemod. `transform` edits the given `SourceFile` and nothing else: no file system,
 * no output, no exit. It never re-detects: `findings` are the lint messages of `fixesRule`
 * in this file, and the transform only decides, per finding, whether the rewrite is certain.
 */
export interface Codemod {
  /** Kebab-case, verb first; equals the file name in `codemods/`. */
  readonly name: string;
  /** One sentence, no final period. */
  readonly description: string;
  /** Rule name (without the `oauth-tokens/` prefix) whose findings this codemod fixes. */
  readonly fixesRule: string;
  /** `true` when it runs by default: it never changes behaviour other than fixing the finding. */
  readonly safe: boolean;
  transform(sourceFile: SourceFile, findings: readonly Finding[], context: CodemodContext): CodemodResult;
}
