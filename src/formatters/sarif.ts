/**
 * SARIF 2.1.0 output for ESLint results, with the fields GitHub code scanning reads: repo-relative
 * locations, one `rules[]` entry per rule of the plugin with CWE tags, `security-severity`,
 * `precision` and the rule doc as `help.markdown`, stable `partialFingerprints`, and
 * `eslint-disable` findings kept as `suppressions` instead of dropped.
 *
 * SARIF 2.1.0 (OASIS Standard): https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 * What code scanning reads: https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
import type { ESLint, Linter, Rule } from 'eslint';

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { rules } from '../../rules/index.js';
import { getRuleDocsUrl, REPOSITORY_URL } from '../create-rule.js';
import plugin, { NAMESPACE } from '../index.js';

/** Options of {@link formatSarif}. */
export interface SarifOptions {
  /** Directory that `%SRCROOT%` stands for; locations are written relative to it. */
  cwd: string;
  /** Metadata of the rules that reported (ESLint's formatter context), used for other plugins' rules. */
  rulesMeta?: Record<string, Rule.RuleMetaData>;
}

/** The subset of SARIF 2.1.0 this formatter writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifMessage {
  text: string;
  markdown?: string;
}

interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

interface SarifRegion {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifLocation {
  physicalLocation: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
}

interface SarifRule {
  id: string;
  name?: string;
  shortDescription?: SarifMessage;
  fullDescription?: SarifMessage;
  help?: SarifMessage;
  helpUri?: string;
  defaultConfiguration?: { level: SarifLevel };
  properties?: Record<string, unknown>;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: { kind: 'inSource' | 'external'; justification?: string }[];
}

interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  descriptor?: { id: string };
}

interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
  originalUriBaseIds: Record<string, { uri: string; description?: SarifMessage }>;
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }[];
  columnKind: 'utf16CodeUnits';
  results: SarifResult[];
}

type SarifLevel = 'error' | 'warning' | 'note';

/** URI base id that code scanning resolves against the checkout root. */
const SRCROOT = '%SRCROOT%';

/** Key of our fingerprint in `partialFingerprints`; bump the version when the recipe changes. */
export const FINGERPRINT_KEY = 'oauthTokens/v1';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** ESLint's line terminators (`astUtils.lineBreakPattern`), so line numbers agree with the findings. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/u;

/** Package name and version, from the plugin object (kept equal to package.json by a test). */
const PACKAGE = { name: plugin.meta.name, version: plugin.meta.version };

/**
 * Formats ESLint results as a SARIF 2.1.0 log (pretty-printed JSON).
 *
 * Every rule of this plugin gets a `tool.driver.rules[]` entry, whether or not it reported; rules of
 * other plugins that reported get a minimal entry from `rulesMeta`. Messages without a rule (parse
 * errors, unused-directive reports) become `toolExecutionNotifications`.
 */
export function formatSarif(results: readonly ESLint.LintResult[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarifLog(results, options), undefined, 2)}\n`;
}

/** Builds the SARIF log object that {@link formatSarif} serialises. */
export function buildSarifLog(results: readonly ESLint.LintResult[], options: SarifOptions): SarifLog {
  const rulesMeta = options.rulesMeta ?? {};
  const driverRules = collectPluginRules();
  const ruleIndexes = new Map(driverRules.map((rule, index) => [rule.id, index]));
  const sarifResults: SarifResult[] = [];
  const notifications: SarifNotification[] = [];

  function getRuleIndex(ruleId: string): number {
    const known = ruleIndexes.get(ruleId);
    if (known !== undefined) return known;
    driverRules.push(createForeignRule(ruleId, rulesMeta[ruleId]));
    ruleIndexes.set(ruleId, driverRules.length - 1);
    return driverRules.length - 1;
  }

  for (const result of results) {
    const artifactLocation = getArtifactLocation(result.filePath, options.cwd);
    const lines = getSourceLines(result);
    const occurrences = new Map<string, number>();
    const findings: { message: Linter.LintMessage; suppressions?: Linter.LintSuppression[] }[] = [
      ...result.messages.map((message) => ({ message })),
      ...(result.suppressedMessages ?? []).map((message) => ({ message, suppressions: message.suppressions })),
    ];
    // Fingerprint occurrence indexes must follow document order, whichever list a finding is in.
    findings.sort((a, b) => a.message.line - b.message.line || a.message.column - b.message.column);

    for (const { message, suppressions } of findings) {
      const location: SarifLocation = { physicalLocation: { artifactLocation, region: getRegion(message) } };
      if (!message.ruleId) {
        notifications.push({
          level: getLevel(message.severity),
          message: { text: message.message },
          locations: [location],
          ...(message.fatal ? { descriptor: { id: 'parse-error' } } : {}),
        });
        continue;
      }
      const fingerprint = getFingerprint(message, artifactLocation.uri, lines, occurrences);
      sarifResults.push({
        ruleId: message.ruleId,
        ruleIndex: getRuleIndex(message.ruleId),
        level: getLevel(message.severity),
        message: { text: message.message },
        locations: [location],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        ...(suppressions ? { suppressions: suppressions.map(toSarifSuppression) } : {}),
      });
    }
  }

  return {
    $schema: SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: PACKAGE.name,
            version: PACKAGE.version,
            semanticVersion: PACKAGE.version,
            informationUri: REPOSITORY_URL,
            rules: driverRules,
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { uri: toDirectoryUri(options.cwd), description: { text: 'The directory ESLint ran in.' } },
        },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

/**
 * ESLint formatter: `eslint -f ./node_modules/eslint-plugin-oauth-tokens/dist/src/formatters/sarif.js`.
 * ESLint passes `cwd` and the metadata of the rules that reported.
 */
export default function sarifFormatter(results: ESLint.LintResult[], context: ESLint.LintResultData): string {
  return formatSarif(results, { cwd: context.cwd, rulesMeta: context.rulesMeta });
}

/** One rule descriptor per plugin rule, sorted by id. */
function collectPluginRules(): SarifRule[] {
  return Object.entries(rules)
    .flatMap(([name, rule]): SarifRule[] => {
      const docs = rule.meta.docs;
      if (!docs) return [{ id: `${NAMESPACE}/${name}` }];
      const page = readRuleDoc(name);
      const url = docs.url ?? getRuleDocsUrl(name);
      const descriptor: SarifRule = {
        id: `${NAMESPACE}/${name}`,
        name: toPascalCase(name),
        shortDescription: { text: docs.description },
        fullDescription: { text: (page && getFirstParagraph(page)) ?? docs.description },
        help: page ? { text: page, markdown: page } : { text: `${docs.description}. See ${url}` },
        helpUri: url,
        defaultConfiguration: { level: 'error' },
        properties: {
          tags: ['security', ...docs.cwe.map((cwe) => `external/cwe/cwe-${cwe}`)],
          precision: docs.precision,
          'security-severity': docs.securitySeverity.toFixed(1),
        },
      };
      return [descriptor];
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A minimal descriptor for a rule of another plugin or of ESLint core. */
function createForeignRule(ruleId: string, meta: Rule.RuleMetaData | undefined): SarifRule {
  const description = meta?.docs?.description;
  return {
    id: ruleId,
    ...(description ? { shortDescription: { text: description } } : {}),
    ...(meta?.docs?.url ? { helpUri: meta.docs.url } : {}),
  };
}

/** Directory of the installed package (or of the repository when run from source). */
function findPackageRoot(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE.name) return directory;
      } catch {
        // An unreadable manifest is not ours; keep walking up.
      }
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * The rule's doc page without the generated header, with relative links made absolute so that
 * they work where code scanning shows the help.
 */
function readRuleDoc(name: string): string | undefined {
  const root = findPackageRoot();
  const file = root && join(root, 'docs', 'rules', `${name}.md`);
  if (!file || !existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8').replace(/\r\n/gu, '\n');
  const marker = '<!-- end auto-generated rule header -->';
  const body = text.includes(marker) ? text.slice(text.indexOf(marker) + marker.length) : text.replace(/^#[^\n]*\n/u, '');
  const docsBase = `${REPOSITORY_URL}/blob/main/docs/rules/`;
  return body
    .replace(/\]\((?!https?:|#|mailto:)([^)\s]+)\)/gu, (_match, target: string) => `](${new URL(target, docsBase).href})`)
    .trim();
}

/** First prose paragraph of a doc body. */
function getFirstParagraph(markdown: string): string | undefined {
  return markdown
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .find((paragraph) => paragraph !== '' && !/^(#|```|<!--|\||[-*] )/u.test(paragraph))
    ?.replace(/\s*\n\s*/gu, ' ');
}

function toPascalCase(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/gu, (_match, _dash: string, letter: string) => letter.toUpperCase());
}

/** `%SRCROOT%`-relative location when the file is under `cwd`, an absolute `file:` URI otherwise. */
function getArtifactLocation(filePath: string, cwd: string): SarifArtifactLocation {
  const path = relative(cwd, filePath);
  if (path === '' || path.startsWith('..') || isAbsolute(path) || filePath === '<text>') {
    return filePath === '<text>' ? { uri: 'stdin' } : { uri: pathToFileURL(filePath).href };
  }
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function toDirectoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function getRegion(message: Linter.LintMessage): SarifRegion | undefined {
  if (!message.line) return undefined;
  return {
    startLine: message.line,
    ...(message.column ? { startColumn: message.column } : {}),
    ...(message.endLine ? { endLine: message.endLine } : {}),
    ...(message.endColumn ? { endColumn: message.endColumn } : {}),
  };
}

function getLevel(severity: Linter.Severity): SarifLevel {
  return severity === 2 ? 'error' : severity === 1 ? 'warning' : 'note';
}

/** `eslint-disable` comments are in-source suppressions; bulk suppressions live in a separate file. */
function toSarifSuppression(suppression: Linter.LintSuppression): NonNullable<SarifResult['suppressions']>[number] {
  const kind = suppression.kind === 'directive' ? 'inSource' : 'external';
  return suppression.justification ? { kind, justification: suppression.justification } : { kind };
}

/** The linted text, from the result or, when ESLint left it out, from disk. */
function getSourceLines(result: ESLint.LintResult): readonly string[] | undefined {
  const text = result.source ?? result.output ?? readIfFile(result.filePath);
  return text?.split(LINE_BREAK);
}

function readIfFile(filePath: string): string | undefined {
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Hash of the rule id, the repo-relative path and the flagged line(s) with whitespace collapsed,
 * plus the occurrence index among identical findings in the file. Line numbers are left out, so
 * edits elsewhere in the file do not turn a known alert into a new one.
 */
function getFingerprint(
  message: Linter.LintMessage,
  uri: string,
  lines: readonly string[] | undefined,
  occurrences: Map<string, number>,
): string {
  const first = message.line - 1;
  const last = (message.endLine ?? message.line) - 1;
  const flagged = lines ? lines.slice(first, last + 1) : [message.message];
  const text = flagged.map((line) => line.trim().replace(/\s+/gu, ' ')).join('\n');
  const hash = createHash('sha256').update(`${message.ruleId ?? ''}\0${uri}\0${text}`).digest('hex');
  const occurrence = (occurrences.get(hash) ?? 0) + 1;
  occurrences.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}
