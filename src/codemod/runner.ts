import type { Linter } from 'eslint';
import type { SourceFile } from 'ts-morph';
import type { Codemod, CodemodContext, CreatedFile, Finding, FindingSuggestion, ProjectFile, SkippedFinding } from './types.js';

import { Project, ts } from 'ts-morph';

import { NAMESPACE } from '../index.js';
import { getLineStarts, getOffset, getTextLayout, restoreTextLayout } from './text.js';

/** Lints text as if it were the file at `filePath`; returns the messages of that one file. */
export type LintTextFunction = (text: string, filePath: string) => Promise<readonly Linter.LintMessage[]>;

/** A finding that stays in the file after the codemods ran, for a human to fix. */
export interface LeftFinding {
  readonly ruleId: string;
  readonly messageId: string | undefined;
  readonly line: number;
  readonly column: number;
  /** The codemod that looked at it, if any. */
  readonly codemod: string | undefined;
  readonly reason: string;
}

/** What happened to one file. */
export type FileOutcome =
  | { readonly status: 'unchanged'; readonly left: readonly LeftFinding[] }
  | {
      readonly status: 'rewritten';
      /** The new file text, with the original BOM and line endings. */
      readonly text: string;
      /** Findings of the codemods' rules that the rewrite removed. */
      readonly fixed: number;
      readonly left: readonly LeftFinding[];
    }
  | { readonly status: 'failed'; readonly reason: string; readonly left: readonly LeftFinding[] };

/** What the project pass decided: files to create, and codemods whose pass failed (they do not run). */
export interface PreparedRun {
  readonly createFiles: readonly (CreatedFile & { readonly codemod: string })[];
  readonly failures: readonly { readonly codemod: string; readonly reason: string }[];
}

/** What `prepare` returned for one codemod. */
interface PreparedCodemod {
  readonly state: unknown;
  readonly visitFiles: ReadonlySet<string>;
}

/** Everything the runner needs besides the file. */
export interface RunnerOptions {
  /** Codemods to run, in registry order. */
  readonly codemods: readonly Codemod[];
  readonly context: CodemodContext;
  readonly lint: LintTextFunction;
  /** All codemods of the registry, to name the one that was not selected in a left finding's reason. */
  readonly registry?: readonly Codemod[];
}

/**
 * Applies codemods to source files in memory. Holds one ts-morph `Project` with no type
 * checking and no dependency resolution; each file is added with `createSourceFile` (never
 * by glob: paths such as Next.js `[id]` routes are globs) and removed once done. The runner
 * computes new text only: writing is the caller's job (see `writeFileAtomic`).
 */
export class CodemodRunner {
  private readonly project = new Project({
    useInMemoryFileSystem: true,
    skipFileDependencyResolution: true,
    skipAddingFilesFromTsConfig: true,
    skipLoadingLibFiles: true,
    compilerOptions: { allowJs: true, jsx: ts.JsxEmit.Preserve, noLib: true },
  });

  /** Results of `prepare`, per codemod; a codemod whose pass failed maps to `undefined` and does not run. */
  private readonly prepared = new Map<Codemod, PreparedCodemod | undefined>();
  /** Lint messages of the project pass, reused by `runFile` when the text is unchanged. */
  private readonly lintCache = new Map<string, { readonly text: string; readonly messages: readonly Linter.LintMessage[] }>();

  constructor(private readonly options: RunnerOptions) {}

  /** `true` when a selected codemod has a project pass: call {@link prepare} with every file before `runFile`. */
  get needsProjectPass(): boolean {
    return this.options.codemods.some((codemod) => codemod.prepare !== undefined);
  }

  /**
   * The project pass: lints every file once (the messages are reused by `runFile`), then hands
   * each codemod that has a `prepare` phase all files that parse with their findings. Its state
   * goes to every later `transform` call; the files it lists in `visitFiles` are transformed
   * even without a finding. Files to create are returned for the caller to write.
   */
  async prepare(root: string, files: readonly { readonly path: string; readonly text: string }[]): Promise<PreparedRun> {
    const preparing = this.options.codemods.filter((codemod) => codemod.prepare !== undefined);
    if (preparing.length === 0) return { createFiles: [], failures: [] };
    const linted: { path: string; text: string; messages: readonly Linter.LintMessage[] }[] = [];
    for (const file of files) {
      const { body } = getTextLayout(file.text);
      const messages = await this.options.lint(body, file.path);
      this.lintCache.set(file.path, { text: body, messages });
      if (!messages.some((message) => message.fatal)) linted.push({ path: file.path, text: body, messages });
    }
    const createFiles: (CreatedFile & { codemod: string })[] = [];
    const failures: { codemod: string; reason: string }[] = [];
    for (const codemod of preparing) {
      const projectFiles: ProjectFile[] = linted.map(({ path, text, messages }) => ({
        path,
        text,
        findings: collectFindings(messages, codemod, text),
      }));
      try {
        const preparation = codemod.prepare!({ root, files: projectFiles }, this.options.context);
        this.prepared.set(codemod, { state: preparation.state, visitFiles: new Set(preparation.visitFiles ?? []) });
        for (const file of preparation.createFiles ?? []) createFiles.push({ ...file, codemod: codemod.name });
      } catch (error) {
        this.prepared.set(codemod, undefined);
        failures.push({ codemod: codemod.name, reason: `codemod ${codemod.name} failed in its project pass: ${getErrorMessage(error)}` });
      }
    }
    return { createFiles, failures };
  }

  /**
   * Runs the codemods on one file. Lints it, hands each codemod the findings of its rule,
   * re-lints between codemods that changed the text (so later findings point at the new text),
   * and accepts the result only when it still parses and has no finding the input did not have.
   */
  async runFile(filePath: string, originalText: string): Promise<FileOutcome> {
    const layout = getTextLayout(originalText);
    const cached = this.lintCache.get(filePath);
    this.lintCache.delete(filePath);
    const before = cached?.text === layout.body ? cached.messages : await this.options.lint(layout.body, filePath);
    const parseError = before.find((message) => message.fatal);
    if (parseError) {
      return { status: 'failed', reason: `does not parse: ${formatParseError(parseError)}`, left: [] };
    }

    let text = layout.body;
    let messages = before;
    let sourceFile: SourceFile | undefined;
    const skipped: { codemod: string; skipped: SkippedFinding }[] = [];
    try {
      for (const codemod of this.options.codemods) {
        const prepared = this.prepared.get(codemod);
        // A codemod with a project pass runs only after it succeeded.
        if (codemod.prepare !== undefined && prepared === undefined) continue;
        const findings = collectFindings(messages, codemod, text);
        if (findings.length === 0 && !prepared?.visitFiles.has(filePath)) continue;
        sourceFile ??= this.project.createSourceFile(filePath, text, { overwrite: true });
        let result;
        try {
          result = codemod.transform(sourceFile, findings, this.options.context, prepared?.state);
        } catch (error) {
          return { status: 'failed', reason: `codemod ${codemod.name} failed: ${getErrorMessage(error)}`, left: [] };
        }
        for (const entry of result.skipped) skipped.push({ codemod: codemod.name, skipped: entry });
        const next = sourceFile.getFullText();
        if (result.changed && next !== text) {
          text = next;
          messages = await this.options.lint(text, filePath);
          const error = messages.find((message) => message.fatal);
          if (error) {
            return {
              status: 'failed',
              reason: `codemod ${codemod.name} produced code that does not parse (${formatParseError(error)}); nothing was written`,
              left: [],
            };
          }
        }
      }
    } finally {
      if (sourceFile && !sourceFile.wasForgotten()) this.project.removeSourceFile(sourceFile);
    }

    const left = this.collectLeft(messages, skipped);
    if (text === layout.body) return { status: 'unchanged', left };

    const added = findAddedFinding(before, messages);
    if (added !== undefined) {
      return { status: 'failed', reason: `the rewrite would add a ${added} finding; nothing was written`, left };
    }
    const fixedRules = new Set(this.options.codemods.map((codemod) => `${NAMESPACE}/${codemod.fixesRule}`));
    const fixed = countRuleMessages(before, fixedRules) - countRuleMessages(messages, fixedRules);
    return { status: 'rewritten', text: restoreTextLayout(text, layout), fixed, left };
  }

  /** Skipped findings with their reasons, then every other finding still in the file. */
  private collectLeft(
    messages: readonly Linter.LintMessage[],
    skipped: readonly { codemod: string; skipped: SkippedFinding }[],
  ): LeftFinding[] {
    const left: LeftFinding[] = skipped.map(({ codemod, skipped: { finding, reason } }) => ({
      ruleId: finding.ruleId,
      messageId: finding.messageId,
      line: finding.line,
      column: finding.column,
      codemod,
      reason,
    }));
    const covered = new Set(this.options.codemods.map((codemod) => `${NAMESPACE}/${codemod.fixesRule}`));
    for (const message of messages) {
      if (!message.ruleId?.startsWith(`${NAMESPACE}/`) || covered.has(message.ruleId)) continue;
      const rule = message.ruleId.slice(NAMESPACE.length + 1);
      const available = (this.options.registry ?? []).filter((codemod) => codemod.fixesRule === rule);
      left.push({
        ruleId: message.ruleId,
        messageId: message.messageId,
        line: message.line,
        column: message.column,
        codemod: undefined,
        reason:
          available.length > 0
            ? `fixable by codemod ${available.map((codemod) => codemod.name).join(', ')}, which was not selected`
            : 'no codemod fixes this rule',
      });
    }
    return left.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** The findings of `codemod.fixesRule`, with offsets into `text`. */
export function collectFindings(messages: readonly Linter.LintMessage[], codemod: Codemod, text: string): Finding[] {
  const ruleId = `${NAMESPACE}/${codemod.fixesRule}`;
  const lineStarts = getLineStarts(text);
  return messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => toFinding(message, ruleId, lineStarts));
}

function toFinding(message: Linter.LintMessage, ruleId: string, lineStarts: readonly number[]): Finding {
  const endLine = message.endLine ?? message.line;
  const endColumn = message.endColumn ?? message.column;
  const suggestions: FindingSuggestion[] = (message.suggestions ?? []).map((suggestion) => ({
    messageId: suggestion.messageId,
    description: suggestion.desc,
    fix: { start: suggestion.fix.range[0], end: suggestion.fix.range[1], text: suggestion.fix.text },
  }));
  return {
    ruleId,
    messageId: message.messageId,
    message: message.message,
    line: message.line,
    column: message.column,
    endLine,
    endColumn,
    start: getOffset(lineStarts, message.line, message.column),
    end: getOffset(lineStarts, endLine, endColumn),
    suggestions,
  };
}

function countRuleMessages(messages: readonly Linter.LintMessage[], ruleIds: ReadonlySet<string>): number {
  return messages.filter((message) => message.ruleId !== null && ruleIds.has(message.ruleId)).length;
}

/** A `ruleId (messageId)` that occurs more often after the rewrite than before, if any. */
function findAddedFinding(before: readonly Linter.LintMessage[], after: readonly Linter.LintMessage[]): string | undefined {
  const counts = new Map<string, number>();
  const key = (message: Linter.LintMessage): string => `${message.ruleId ?? 'unknown'} (${message.messageId ?? 'message'})`;
  for (const message of before) counts.set(key(message), (counts.get(key(message)) ?? 0) + 1);
  for (const message of after) {
    const remaining = (counts.get(key(message)) ?? 0) - 1;
    if (remaining < 0) return key(message);
    counts.set(key(message), remaining);
  }
  return undefined;
}

function formatParseError(message: Linter.LintMessage): string {
  return `${message.message.replace(/^Parsing error: /, '')} (${message.line}:${message.column})`;
}

function getErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
