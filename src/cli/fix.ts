import type { Codemod } from '../codemod/types.js';
import type { SkippedFile } from './files.js';
import type { CliIo } from './io.js';

import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

import { CODEMOD_LIST } from '../../codemods/index.js';
import { resolveSettings } from '../analysis/settings.js';
import { CodemodRunner, getCodemodDocsUrl, writeFileAtomic, writeNewFileAtomic } from '../codemod/index.js';
import { NAMESPACE } from '../index.js';
import { loadSettings } from './config.js';
import { getGitStatus } from './git.js';
import { EXIT, UsageError } from './io.js';
import { createPluginLinter } from './linter.js';
import { createProgress, planScan, scanFile } from './scan.js';
import { createPainter, shouldColor } from './style.js';

/** Help text of `oauth-tokens fix`. */
export const FIX_HELP = `Usage: oauth-tokens fix [paths...] [options]

Rewrite the findings that a codemod can fix with certainty; list the rest for a human.

Options:
  --dry                  Print a unified diff per file and write nothing
  --codemod <name>       Run this codemod (repeatable; default: every safe codemod)
  --list                 List the codemods and exit
  --json                 Write a machine-readable report to stdout
  --force                Write even when the git working tree has uncommitted changes
  --audience <expr>      Expected audience (source expression), for codemods that need one
  --store-path <file>    Where token-storage-to-memory creates its store module (default:
                         src/token-memory-store.ts, or token-memory-store.ts without src/)
  --config <file>        Read settings['oauth-tokens'] from an ESLint flat config file
  --shard <i/n>          Process only shard i of n (deterministic by file path)
  -h, --help             Show this help

Never prompts. Exit codes: 0 done, 1 a file failed (not parsed, or not written), 2 usage
error or dirty working tree.
`;

/** A finding the run left for a human, in the JSON report. */
export interface JsonLeftFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly ruleId: string;
  readonly messageId: string | null;
  /** The codemod that looked at the finding and skipped it; `null` when none ran for its rule. */
  readonly codemod: string | null;
  readonly reason: string;
}

/** A file the run rewrote (or would rewrite with `--dry`), or failed on. */
export interface JsonFileResult {
  readonly file: string;
  readonly status: 'rewritten' | 'failed';
  /** Findings removed by the rewrite. */
  readonly fixed: number;
  /** Why the file failed. */
  readonly reason: string | null;
  /** Unified diff, with `--dry` only. */
  readonly diff: string | null;
}

/** The `--json` report of `fix`. Stable: fields are only ever added. */
export interface FixReport {
  readonly version: 1;
  readonly dryRun: boolean;
  /** Codemods that ran, in order. */
  readonly codemods: readonly string[];
  readonly summary: {
    readonly filesScanned: number;
    readonly skippedByPrefilter: number;
    /** Files rewritten (with `--dry`: that would be rewritten). */
    readonly filesRewritten: number;
    readonly findingsFixed: number;
    readonly findingsLeft: number;
    readonly filesFailed: number;
    readonly skippedFiles: number;
  };
  readonly files: readonly JsonFileResult[];
  readonly left: readonly JsonLeftFinding[];
  readonly skippedFiles: readonly SkippedFile[];
  /** Files a codemod created (with `--dry`: would create), such as the in-memory token store; absent when none. */
  readonly createdFiles?: readonly string[];
  /** What the selected codemods change beyond the findings (`Codemod#warning`); absent when none. */
  readonly warnings?: readonly string[];
}

/** Picks the codemods to run: the named ones in registry order, or every safe one. */
export function selectCodemods(names: readonly string[]): Codemod[] {
  if (names.length === 0) return CODEMOD_LIST.filter((codemod) => codemod.safe);
  const known = new Set(CODEMOD_LIST.map((codemod) => codemod.name));
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new UsageError(
      `Unknown codemod${unknown.length === 1 ? '' : 's'}: ${unknown.join(', ')}. Valid codemods: ${[...known].join(', ')}.`,
    );
  }
  return CODEMOD_LIST.filter((codemod) => names.includes(codemod.name));
}

/** One line per codemod: name, rule, default or opt-in, description, docs link. */
export function formatCodemodList(): string {
  return CODEMOD_LIST.map(
    (codemod) =>
      `${codemod.name}  fixes ${NAMESPACE}/${codemod.fixesRule}  ${codemod.safe ? 'safe (default)' : 'opt-in'}  ${codemod.description}  ${getCodemodDocsUrl(codemod.name)}\n`,
  ).join('');
}

/** `oauth-tokens fix`. */
export async function runFix(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      dry: { type: 'boolean', default: false },
      codemod: { type: 'string', multiple: true, default: [] },
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      audience: { type: 'string' },
      'store-path': { type: 'string' },
      config: { type: 'string' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(FIX_HELP);
    return EXIT.ok;
  }
  const selected = selectCodemods(values.codemod);
  if (values.list) {
    io.stdout.write(formatCodemodList());
    return EXIT.ok;
  }
  if (values.audience?.trim() === '') throw new UsageError('--audience needs a non-empty expression.');
  const storePath = values['store-path'];
  if (storePath !== undefined && (storePath.trim() === '' || isOutside(io.cwd, resolve(io.cwd, storePath)))) {
    throw new UsageError('--store-path must name a file inside the current directory.');
  }

  const rawSettings = values.config === undefined ? undefined : await loadSettings(io.cwd, values.config);
  const settings = resolveSettings(rawSettings === undefined ? undefined : { [NAMESPACE]: rawSettings });
  const plan = await planScan(io, { paths: positionals, shard: values.shard });

  if (!values.dry && !values.force) {
    const status = await getGitStatus(io.cwd);
    if (status !== undefined && status.length > 0) {
      throw new UsageError(
        `Refusing to write: the git working tree has uncommitted changes (${status.length} path${status.length === 1 ? '' : 's'}). ` +
          'Commit or stash them so the rewrite can be reviewed as one diff, preview with --dry, or pass --force.',
      );
    }
  }

  const linter = createPluginLinter(plan.root, rawSettings, { extraRules: selected.map((codemod) => codemod.fixesRule) });
  const runner = new CodemodRunner({
    codemods: selected,
    context: {
      settings,
      ...(values.audience === undefined ? {} : { audience: values.audience }),
      ...(storePath === undefined ? {} : { storePath }),
    },
    lint: (text, filePath) => linter.lintText(text, filePath),
    registry: CODEMOD_LIST,
  });

  const files: JsonFileResult[] = [];
  const left: JsonLeftFinding[] = [];
  const skippedFiles: SkippedFile[] = [];
  const createdFiles: string[] = [];
  // Codemods with a project pass see every file (of every shard) before any is rewritten; the scans are reused below.
  const scans = new Map<string, Awaited<ReturnType<typeof scanFile>>>();
  if (runner.needsProjectPass) {
    const candidates: { path: string; text: string }[] = [];
    const project = values.shard === undefined ? plan : await planScan(io, { paths: positionals, shard: undefined });
    const inShard = new Set(plan.files.map((file) => file.path));
    for (const file of project.files) {
      const scan = await scanFile(file);
      if (inShard.has(file.path)) scans.set(file.path, scan);
      if (scan.kind === 'candidate') candidates.push({ path: file.path, text: scan.text });
    }
    const prepared = await runner.prepare(plan.root, candidates);
    for (const failure of prepared.failures) files.push({ file: failure.codemod, status: 'failed', fixed: 0, reason: failure.reason, diff: null });
    for (const created of prepared.createFiles) {
      const relativePath = relative(plan.root, created.path).split(sep).join('/');
      if (isOutside(plan.root, created.path)) throw new UsageError(`${created.codemod} would create ${created.path}, outside the current directory.`);
      const existing = await readFile(created.path, 'utf8').catch(() => undefined);
      if (existing === created.text || createdFiles.includes(relativePath)) continue;
      if (existing !== undefined) {
        throw new UsageError(
          `${created.codemod} needs to create ${relativePath}, but a different file exists there; move it, or choose another path (--store-path).`,
        );
      }
      createdFiles.push(relativePath);
      if (values.dry) {
        const diff = createTwoFilesPatch('/dev/null', `b/${relativePath}`, '', created.text, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
        if (!values.json) io.stdout.write(diff);
      } else {
        await writeNewFileAtomic(created.path, created.text);
      }
    }
  }
  let scanned = 0;
  let prefiltered = 0;
  const progress = createProgress(io, values.dry ? 'fix --dry' : 'fix', plan.files.length);
  for (const [index, file] of plan.files.entries()) {
    progress.tick(index);
    const scan = scans.get(file.path) ?? (await scanFile(file));
    scans.delete(file.path);
    if (scan.kind === 'skipped') {
      skippedFiles.push(scan.skipped);
      continue;
    }
    scanned++;
    if (scan.kind === 'prefiltered') {
      prefiltered++;
      continue;
    }
    const outcome = await runner.runFile(file.path, scan.text).catch((error: unknown) => ({
      status: 'failed' as const,
      reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
      left: [],
    }));
    for (const finding of outcome.left) {
      left.push({
        file: file.relativePath,
        line: finding.line,
        column: finding.column,
        ruleId: finding.ruleId,
        messageId: finding.messageId ?? null,
        codemod: finding.codemod ?? null,
        reason: finding.reason,
      });
    }
    if (outcome.status === 'failed') {
      files.push({ file: file.relativePath, status: 'failed', fixed: 0, reason: outcome.reason, diff: null });
    } else if (outcome.status === 'rewritten') {
      if (values.dry) {
        const diff = createTwoFilesPatch(`a/${file.relativePath}`, `b/${file.relativePath}`, scan.text, outcome.text, undefined, undefined, {
          headerOptions: FILE_HEADERS_ONLY,
        });
        files.push({ file: file.relativePath, status: 'rewritten', fixed: outcome.fixed, reason: null, diff });
        if (!values.json) io.stdout.write(diff);
      } else {
        try {
          await writeFileAtomic(file.path, outcome.text);
          files.push({ file: file.relativePath, status: 'rewritten', fixed: outcome.fixed, reason: null, diff: null });
        } catch (error) {
          const reason = `cannot write: ${error instanceof Error ? error.message : String(error)}`;
          files.push({ file: file.relativePath, status: 'failed', fixed: 0, reason, diff: null });
        }
      }
    }
  }
  progress.done();

  const rewritten = files.filter((file) => file.status === 'rewritten');
  const failed = files.filter((file) => file.status === 'failed');
  const warnings = selected.flatMap((codemod) => (codemod.warning === undefined ? [] : [codemod.warning]));
  const report: FixReport = {
    version: 1,
    dryRun: values.dry,
    codemods: selected.map((codemod) => codemod.name),
    summary: {
      filesScanned: scanned,
      skippedByPrefilter: prefiltered,
      filesRewritten: rewritten.length,
      findingsFixed: rewritten.reduce((sum, file) => sum + file.fixed, 0),
      findingsLeft: left.length,
      filesFailed: failed.length,
      skippedFiles: skippedFiles.length,
    },
    files,
    left,
    skippedFiles,
    ...(createdFiles.length > 0 ? { createdFiles } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
  io.stdout.write(values.json ? `${JSON.stringify(report, undefined, 2)}\n` : formatSummary(report, createPainter(shouldColor(io))));
  return failed.length > 0 ? EXIT.findings : EXIT.ok;
}

function isOutside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot);
}

function formatSummary(report: FixReport, paint: ReturnType<typeof createPainter>): string {
  let output = '';
  if (report.left.length > 0) {
    output += `\n${paint('yellow', 'Left for a human')}:\n`;
    for (const finding of report.left) {
      output += `  ${finding.file}:${finding.line}  ${paint('dim', finding.ruleId)}  ${finding.reason}\n`;
    }
  }
  const failed = report.files.filter((file) => file.status === 'failed');
  if (failed.length > 0) {
    output += `\n${paint('red', 'Failed')} (not written):\n`;
    for (const file of failed) output += `  ${file.file}: ${file.reason ?? ''}\n`;
  }
  if (report.skippedFiles.length > 0) {
    output += `\n${paint('yellow', 'Skipped files')}:\n`;
    for (const skipped of report.skippedFiles) output += `  ${skipped.file}: ${skipped.reason}\n`;
  }
  if (report.createdFiles !== undefined) {
    output += `\n${paint('bold', report.dryRun ? 'Would create' : 'Created')}:\n`;
    for (const file of report.createdFiles) output += `  ${file}\n`;
  }
  if (report.warnings !== undefined) {
    output += `\n${paint('yellow', 'Warning')}:\n`;
    for (const warning of report.warnings) output += `  ${warning}\n`;
  }
  const { summary } = report;
  const verb = report.dryRun ? 'would be rewritten' : 'rewritten';
  output +=
    `\n${paint('bold', report.dryRun ? 'Dry run, nothing written.' : 'Done.')} ` +
    `${summary.filesScanned} files scanned, ${summary.skippedByPrefilter} skipped by the prefilter, ` +
    `${summary.filesRewritten} ${verb}, ${summary.findingsFixed} findings fixed, ` +
    `${summary.findingsLeft} left for a human, ${summary.filesFailed} failed.\n`;
  return output;
}
