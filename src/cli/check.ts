import type { ESLint, Linter } from 'eslint';
import type { SkippedFile } from './files.js';
import type { CliIo } from './io.js';

import { codeFrameColumns } from '@babel/code-frame';
import { parseArgs } from 'node:util';

import { getRuleDocsUrl } from '../create-rule.js';
import { NAMESPACE } from '../index.js';
import { loadSettings } from './config.js';
import { EXIT, UsageError } from './io.js';
import { createPluginLinter } from './linter.js';
import { planScan, scanFile } from './scan.js';
import { createPainter, shouldColor } from './style.js';

/** Help text of `oauth-tokens check`. */
export const CHECK_HELP = `Usage: oauth-tokens check [paths...] [options]

Lint files with the plugin's recommended rules. Needs no ESLint config in the project.

Options:
  --format <pretty|json|sarif>  Output format (default: pretty)
  --config <file>               Read settings['oauth-tokens'] from an ESLint flat config file
  --shard <i/n>                 Check only shard i of n (deterministic by file path)
  -h, --help                    Show this help

Exit codes: 0 no findings, 1 findings, 2 usage or internal error.
`;

/** One finding in the JSON report (`--format json`). */
export interface JsonFinding {
  /** Path relative to the working directory, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** `oauth-tokens/<rule>`. */
  readonly ruleId: string;
  readonly messageId: string | null;
  readonly message: string;
  readonly docsUrl: string;
  /** Suggestions the rule offers (apply them in an editor, or with `oauth-tokens fix`). */
  readonly suggestions: readonly { readonly messageId: string | null; readonly description: string }[];
}

/** A file that could not be parsed: listed, not a finding. */
export interface JsonParseError {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** The `--format json` report of `check`. Stable: fields are only ever added. */
export interface CheckReport {
  readonly version: 1;
  readonly summary: {
    /** Files read (after `.gitignore`, build-output and size filters, and `--shard`). */
    readonly filesScanned: number;
    /** Files whose text mentions no trigger word, so they were never parsed. */
    readonly skippedByPrefilter: number;
    /** Files parsed and linted. */
    readonly filesLinted: number;
    readonly findings: number;
    readonly filesWithFindings: number;
    readonly parseErrors: number;
    /** Files found but not read (symbolic link, binary, too large). */
    readonly skippedFiles: number;
  };
  readonly findings: readonly JsonFinding[];
  readonly parseErrors: readonly JsonParseError[];
  readonly skippedFiles: readonly SkippedFile[];
}

interface LintedFile {
  readonly relativePath: string;
  readonly text: string;
  readonly result: ESLint.LintResult;
}

/** `oauth-tokens check`. */
export async function runCheck(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'pretty' },
      config: { type: 'string' },
      shard: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout.write(CHECK_HELP);
    return EXIT.ok;
  }
  const format = values.format;
  if (format !== 'pretty' && format !== 'json' && format !== 'sarif') {
    throw new UsageError(`--format must be pretty, json or sarif, got "${format}".`);
  }
  const settings = values.config === undefined ? undefined : await loadSettings(io.cwd, values.config);
  const plan = await planScan(io, { paths: positionals, shard: values.shard });
  const linter = createPluginLinter(plan.root, settings);

  const linted: LintedFile[] = [];
  const skippedFiles: SkippedFile[] = [];
  let scanned = 0;
  let prefiltered = 0;
  for (const file of plan.files) {
    const scan = await scanFile(file);
    if (scan.kind === 'skipped') {
      skippedFiles.push(scan.skipped);
      continue;
    }
    scanned++;
    if (scan.kind === 'prefiltered') {
      prefiltered++;
      continue;
    }
    const text = scan.text.startsWith('\uFEFF') ? scan.text.slice(1) : scan.text;
    linted.push({ relativePath: file.relativePath, text, result: await linter.lintResult(text, file.path) });
  }

  const report = buildReport(linted, skippedFiles, scanned, prefiltered);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(report, undefined, 2)}\n`);
  } else if (format === 'sarif') {
    const { formatSarif } = await import('../formatters/sarif.js');
    io.stdout.write(formatSarif(linted.map(({ result }) => result), { cwd: plan.root }));
  } else {
    io.stdout.write(formatPretty(report, linted, createPainter(shouldColor(io))));
  }
  return report.summary.findings > 0 ? EXIT.findings : EXIT.ok;
}

function buildReport(linted: readonly LintedFile[], skippedFiles: readonly SkippedFile[], scanned: number, prefiltered: number): CheckReport {
  const findings: JsonFinding[] = [];
  const parseErrors: JsonParseError[] = [];
  for (const { relativePath, result } of linted) {
    for (const message of result.messages) {
      if (message.fatal || message.ruleId === null) {
        parseErrors.push({ file: relativePath, line: message.line, column: message.column, message: message.message });
      } else {
        findings.push(toJsonFinding(relativePath, message, message.ruleId));
      }
    }
  }
  return {
    version: 1,
    summary: {
      filesScanned: scanned,
      skippedByPrefilter: prefiltered,
      filesLinted: linted.length,
      findings: findings.length,
      filesWithFindings: new Set(findings.map((finding) => finding.file)).size,
      parseErrors: parseErrors.length,
      skippedFiles: skippedFiles.length,
    },
    findings,
    parseErrors,
    skippedFiles,
  };
}

function toJsonFinding(file: string, message: Linter.LintMessage, ruleId: string): JsonFinding {
  return {
    file,
    line: message.line,
    column: message.column,
    endLine: message.endLine ?? message.line,
    endColumn: message.endColumn ?? message.column,
    ruleId,
    messageId: message.messageId ?? null,
    message: message.message,
    docsUrl: getRuleDocsUrl(ruleId.slice(NAMESPACE.length + 1)),
    suggestions: (message.suggestions ?? []).map((suggestion) => ({
      messageId: suggestion.messageId ?? null,
      description: suggestion.desc,
    })),
  };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function formatPretty(report: CheckReport, linted: readonly LintedFile[], paint: ReturnType<typeof createPainter>): string {
  const color = paint('bold', 'x') !== 'x';
  const texts = new Map(linted.map((file) => [file.relativePath, file.text]));
  const byFile = new Map<string, JsonFinding[]>();
  for (const finding of report.findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  let output = '';
  for (const [file, findings] of byFile) {
    output += `\n${paint('underline', file)}\n`;
    for (const finding of findings) {
      output += `  ${paint('dim', `${finding.line}:${finding.column}`)}  ${paint('red', 'error')}  ${finding.message}  ${paint('dim', finding.ruleId)}\n`;
      const frame = codeFrameColumns(
        texts.get(file) ?? '',
        { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        { highlightCode: color, forceColor: color, linesAbove: 1, linesBelow: 1 },
      );
      output += `${frame.replace(/^/gm, '    ')}\n`;
      for (const suggestion of finding.suggestions) output += `    ${paint('cyan', 'suggestion:')} ${suggestion.description}\n`;
      output += `    ${paint('dim', finding.docsUrl)}\n`;
    }
  }
  if (report.parseErrors.length > 0) {
    output += `\n${paint('yellow', 'Parse errors')} (files not checked, not findings):\n`;
    for (const error of report.parseErrors) output += `  ${error.file}:${error.line}:${error.column}  ${error.message}\n`;
  }
  if (report.skippedFiles.length > 0) {
    output += `\n${paint('yellow', 'Skipped files')}:\n`;
    for (const skipped of report.skippedFiles) output += `  ${skipped.file}: ${skipped.reason}\n`;
  }
  const { summary } = report;
  const counts = `${plural(summary.filesScanned, 'file')} scanned, ${summary.skippedByPrefilter} skipped by the prefilter, ${summary.filesLinted} linted`;
  const headline =
    summary.findings > 0
      ? paint(['red', 'bold'], `✖ ${plural(summary.findings, 'finding')} in ${plural(summary.filesWithFindings, 'file')}`)
      : paint(['green', 'bold'], '✔ No findings');
  const parse = summary.parseErrors > 0 ? `; ${plural(summary.parseErrors, 'file')} could not be parsed` : '';
  return `${output}\n${headline} (${counts})${parse}\n`;
}
