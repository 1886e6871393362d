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

/** One file of the run, as a codemod's `prepare` phase sees it. */
export interface ProjectFile {
  /** Absolute path. */
  readonly path: string;
  /** The file text without the BOM: finding offsets refer to it. */
  readonly text: string;
  /** The findings of the codemod's `fixesRule` in this file (may be empty). */
  readonly findings: readonly Finding[];
}

/** Every file of the run that parses, handed to `prepare` before any transform runs. */
export interface CodemodProject {
  /** The directory the run started in (absolute); created files are usually placed under it. */
  readonly root: string;
  readonly files: readonly ProjectFile[];
}

/** A new file a codemod asks the runner to create (never to overwrite: see `oauth-tokens fix`). */
export interface CreatedFile {
  /** Absolute path. */
  readonly path: string;
  readonly text: string;
}

/** What `prepare` decided for the whole run. */
export interface CodemodPreparation<State> {
  /** Handed to every `transform` call of this run. */
  readonly state: State;
  /** Files the transform must also visit although they have no finding (for example, reads of a rewritten key). */
  readonly visitFiles?: readonly string[];
  /** New files to create once, before the rewritten files are written. */
  readonly createFiles?: readonly CreatedFile[];
}

/** Values the user passed on the command line or in settings. */
export interface CodemodContext {
  /** `--audience <expression>`: source text of the expected audience, if given. */
  readonly audience?: string;
  /** `--store-path <file>`: where a codemod that creates a module puts it, relative to the run's root. */
  readonly storePath?: string;
  /** `settings['oauth-tokens']`, resolved. */
  readonly settings: ResolvedSettings;
}

/**
 * A codemod. `transform` edits the given `SourceFile` and nothing else: no file system,
 * no output, no exit. It never re-detects: `findings` are the lint messages of `fixesRule`
 * in this file, and the transform only decides, per finding, whether the rewrite is certain.
 */
export interface Codemod<State = unknown> {
  /** Kebab-case, verb first; equals the file name in `codemods/`. */
  readonly name: string;
  /** One sentence, no final period. */
  readonly description: string;
  /** Rule name (without the `oauth-tokens/` prefix) whose findings this codemod fixes. */
  readonly fixesRule: string;
  /** `true` when it runs by default: it never changes behaviour other than fixing the finding. */
  readonly safe: boolean;
  /** Printed once in the closing summary of a run that selected the codemod (what the user must know). No final period. */
  readonly warning?: string;
  /**
   * Optional project pass, run once before any transform with every file of the run and its
   * findings, for codemods whose decision depends on other files (a key read elsewhere, a
   * cookie read by client code). Pure like `transform`: it reads only its arguments.
   */
  prepare?(project: CodemodProject, context: CodemodContext): CodemodPreparation<State>;
  /**
   * `state` is what `prepare` returned. The runner runs a codemod that has a `prepare` phase
   * only after it, so `state` is `undefined` only for a codemod without one (or a direct call).
   */
  transform(sourceFile: SourceFile, findings: readonly Finding[], context: CodemodContext, state?: State): CodemodResult;
}
