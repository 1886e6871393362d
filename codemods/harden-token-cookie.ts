import type { TSESTree } from '@typescript-eslint/utils';
import type { ObjectLiteralExpression, SourceFile } from 'ts-morph';
import type { CookieRead, CookieWrite } from '../src/analysis/cookies.js';
import type { Codemod, CodemodProject, Finding, FindingEdit, SkippedFinding } from '../src/codemod/index.js';
import type { CookieFlag } from '../src/knowledge/cookies.js';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { relative, sep } from 'node:path';
import { Node } from 'ts-morph';

import { collectCookieReads, collectCookieWrites } from '../src/analysis/cookies.js';
import { parseForAnalysis } from '../src/codemod/analysis.js';
import { applyTextEdits, getAddPropertyEdit } from '../src/codemod/edits.js';

/** The flags in the order they are added. */
const FLAGS: readonly CookieFlag[] = ['httpOnly', 'secure', 'sameSite'];
/** `SameSite` value per option key: Hapi's `isSameSite` takes `'Lax'`, the others `'lax'`. */
const SAME_SITE_VALUES: Readonly<Record<string, string>> = { isSameSite: 'Lax', sameSite: 'lax' };
/** `Set-Cookie` attribute text per flag. */
const ATTRIBUTES: Readonly<Record<CookieFlag, string>> = { httpOnly: 'HttpOnly', secure: 'Secure', sameSite: 'SameSite=Lax' };

const REASON_NO_PASS = 'the codemod needs its project pass; run it through `oauth-tokens fix`';
const REASON_CLIENT_WRITE =
  'the cookie is set by browser code, which can never make it HttpOnly; set it from the server (a route handler or a backend-for-frontend)';
const REASON_UNMAPPED = 'the finding does not point at a cookie write the matcher knows; add the flags by hand';
const REASON_DYNAMIC_NAME = 'the cookie name is not static, so reads by client code cannot be ruled out; add the flags by hand';
const REASON_SHARED_OPTIONS = 'the options are shared or built elsewhere (a variable, a spread, a parameter); add the flags where they are built';

/** A client read of cookies, as the project pass records it. */
interface ClientRead {
  readonly where: string;
  readonly read: CookieRead;
}

/** What the project pass found: every cookie read by browser code. */
export interface HardenCookieState {
  readonly reads: readonly ClientRead[];
}

/**
 * Adds `httpOnly: true`, `secure: true` and `sameSite: 'lax'` (only the missing ones, with
 * each library's option names: Hapi `isHttpOnly`/`isSecure`/`isSameSite: 'Lax'`, express-session
 * `cookie: { ... }`, `Set-Cookie` attributes) to a server-set token cookie, when no browser
 * code in the project reads that cookie (the shared `collectCookieReads` matcher:
 * `document.cookie` parsing, js-cookie, cookies-next, nookies, react-cookie). A flag turned
 * off explicitly is never overridden, and cookies set by browser code are only listed.
 */
const hardenTokenCookie: Codemod<HardenCookieState> = {
  name: 'harden-token-cookie',
  description: 'Add the missing HttpOnly, Secure and SameSite flags to a server-set token cookie that no client code reads',
  fixesRule: 'require-secure-token-cookie',
  safe: true,
  prepare(project) {
    return { state: { reads: collectProjectReads(project) } };
  },
  transform(sourceFile, findings, _context, state) {
    if (!state) return { changed: false, skipped: findings.map((finding) => ({ finding, reason: REASON_NO_PASS })) };
    const sourceCode = parseForAnalysis(sourceFile.getFullText(), sourceFile.getFilePath());
    const writes = sourceCode ? collectCookieWrites(sourceCode) : [];
    const quote = getQuote(sourceFile.getFullText());
    const skipped: SkippedFinding[] = [];
    const edits: FindingEdit[] = [];
    for (const finding of findings) {
      const decision = classifyFinding(finding, writes, state);
      if (typeof decision === 'string') {
        skipped.push({ finding, reason: decision });
        continue;
      }
      const edit = addMissingFlags(sourceFile, decision, quote);
      if (typeof edit === 'string') skipped.push({ finding, reason: edit });
      else if (!edits.some((other) => other.start === edit.start)) edits.push(edit);
    }
    applyTextEdits(sourceFile, edits);
    return { changed: edits.length > 0, skipped };
  },
};

export default hardenTokenCookie;

/** Every cookie read by browser code in the project, with its `file:line`. */
function collectProjectReads(project: CodemodProject): ClientRead[] {
  const reads: ClientRead[] = [];
  for (const file of project.files) {
    if (!/cookie/i.test(file.text)) continue;
    const sourceCode = parseForAnalysis(file.text, file.path);
    if (!sourceCode) continue;
    const path = relative(project.root, file.path).split(sep).join('/');
    for (const read of collectCookieReads(sourceCode)) reads.push({ where: `${path}:${read.node.loc.start.line}`, read });
  }
  return reads;
}

/** The write to harden, or the reason the finding stays. */
function classifyFinding(finding: Finding, writes: readonly CookieWrite[], state: HardenCookieState): CookieWrite | string {
  if (finding.messageId === 'tokenCookieReadableByScript') return REASON_CLIENT_WRITE;
  const write = writes.find((candidate) => getReportedNodes(candidate).some((node) => node.range[0] === finding.start && node.range[1] === finding.end));
  if (!write) return REASON_UNMAPPED;
  if (write.side === 'client') return REASON_CLIENT_WRITE;
  const disabled = write.missing.filter((flag) => write.flags[flag].status === 'disabled');
  if (disabled.length > 0) {
    const keys = disabled.map((flag) => `\`${write.entry.flagKeys[flag]}\``).join(', ');
    return `${keys} is turned off explicitly; the codemod never overrides an explicit value, so decide by hand`;
  }
  if (write.name === undefined) return REASON_DYNAMIC_NAME;
  const reader = findClientRead(state.reads, write.name);
  if (reader) return `client code reads this cookie (${reader.where}); making it HttpOnly would break it. Read it on the server instead, then add the flags`;
  if (write.insertion.kind === 'none') return REASON_SHARED_OPTIONS;
  return write;
}

/** The nodes the rule may report a write on (see its `getReportNode`). */
function getReportedNodes(write: CookieWrite): TSESTree.Node[] {
  const nodes: TSESTree.Node[] = [write.node];
  if (write.optionsNode) nodes.push(write.optionsNode);
  for (const flag of FLAGS) {
    const node = write.flags[flag].node;
    if (node) nodes.push(node);
  }
  return nodes;
}

/** A client read that may return the cookie `name`. */
function findClientRead(reads: readonly ClientRead[], name: string): ClientRead | undefined {
  return reads.find(({ read }) => {
    if (read.name !== undefined) return read.name === name;
    if (read.mentions === undefined) return true;
    return read.mentions.some((text) => text.includes(name));
  });
}

/**
 * Session middleware that checks the connection itself: express-session does not send a Secure
 * session cookie on a request it does not see as HTTPS, and cookie-session (through `cookies`)
 * throws. Behind a TLS-terminating proxy without `trust proxy`, or on plain-HTTP development,
 * adding `secure: true` silently ends sessions, so the codemod leaves it to a human.
 */
const SESSION_MIDDLEWARE: ReadonlySet<string> = new Set(['express-session', 'cookie-session']);

/** The file configures Express (`app.set('trust proxy', ...)`, `app.enable(...)`) or Fastify (`trustProxy:`) to trust the proxy's `X-Forwarded-Proto`. */
const TRUST_PROXY = /\.(?:set|enable)\(\s*['"`]trust proxy['"`]|\btrustProxy\s*:/;

const REASON_SESSION_SECURE =
  "express-session and cookie-session only send a Secure cookie on requests they see as HTTPS: behind a TLS proxy set `app.set('trust proxy', 1)` first (or serve HTTPS), then add `secure: true` by hand";

/** The edit that adds the missing flags where the matcher says they go, or the reason it cannot. */
function addMissingFlags(sourceFile: SourceFile, write: CookieWrite, quote: string): FindingEdit | string {
  const missing = write.missing.filter((flag) => write.flags[flag].status === 'missing');
  if (missing.length === 0) return REASON_UNMAPPED;
  if (missing.includes('secure') && SESSION_MIDDLEWARE.has(write.entry.id) && !TRUST_PROXY.test(sourceFile.getFullText())) {
    return REASON_SESSION_SECURE;
  }
  const properties = missing.map((flag) => {
    const key = write.entry.flagKeys[flag];
    const value = flag === 'sameSite' ? `${quote}${SAME_SITE_VALUES[key] ?? 'lax'}${quote}` : 'true';
    return `${key}: ${value}`;
  });
  const insertion = write.insertion;
  switch (insertion.kind) {
    case 'object': {
      const object = getObjectLiteral(sourceFile, insertion.object);
      return object ? addProperties(object, properties) : REASON_UNMAPPED;
    }
    case 'nested': {
      const object = getObjectLiteral(sourceFile, insertion.object);
      return object ? getAddPropertyEdit(object, `${insertion.key}: { ${properties.join(', ')} }`) : REASON_UNMAPPED;
    }
    case 'argument': {
      const { call, index } = insertion;
      const last = call.arguments.at(-1);
      if (!last || index !== call.arguments.length) return REASON_SHARED_OPTIONS;
      return { start: last.range[1], end: last.range[1], text: `, { ${properties.join(', ')} }` };
    }
    case 'attributes':
      return appendAttributes(sourceFile.getFullText(), insertion.node, missing);
    case 'none':
      return REASON_SHARED_OPTIONS;
  }
}

function getObjectLiteral(sourceFile: SourceFile, object: TSESTree.ObjectExpression): ObjectLiteralExpression | undefined {
  const node = sourceFile.getDescendantAtStartWithWidth(object.range[0], object.range[1] - object.range[0]);
  return node && Node.isObjectLiteralExpression(node) ? node : undefined;
}

/** Adds several properties at once, one per line in a multi-line object, comma-separated otherwise. */
function addProperties(object: ObjectLiteralExpression, properties: readonly string[]): FindingEdit {
  const marker = '\u0000';
  const edit = getAddPropertyEdit(object, marker);
  const before = edit.text.slice(0, edit.text.indexOf(marker));
  const indent = before.includes('\n') ? before.slice(before.lastIndexOf('\n') + 1) : undefined;
  const joined = properties.join(indent === undefined ? ', ' : `,\n${indent}`);
  return { ...edit, text: edit.text.replace(marker, joined) };
}

/** Appends `; HttpOnly; Secure; SameSite=Lax` (the missing ones) inside the end of a `Set-Cookie` string. */
function appendAttributes(text: string, node: TSESTree.Node, missing: readonly CookieFlag[]): FindingEdit | string {
  const isString = node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string';
  if (!isString && node.type !== AST_NODE_TYPES.TemplateLiteral) return REASON_SHARED_OPTIONS;
  const at = node.range[1] - 1;
  const body = text.slice(node.range[0] + 1, at).trimEnd();
  const separator = body.endsWith(';') ? ' ' : '; ';
  return { start: at, end: at, text: `${separator}${missing.map((flag) => ATTRIBUTES[flag]).join('; ')}` };
}

/** The quote the file uses most for string literals. */
function getQuote(text: string): string {
  const single = text.match(/'/g)?.length ?? 0;
  const double = text.match(/"/g)?.length ?? 0;
  return double > single ? '"' : "'";
}
