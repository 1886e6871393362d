import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { SourceFile } from 'ts-morph';
import type { StorageAccess, StorageWrite } from '../src/analysis/storage.js';
import type { Codemod, CodemodProject, Finding, FindingEdit, SkippedFinding } from '../src/codemod/index.js';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

import { collectStorageAccesses, collectStorageEventListeners, collectStorageWrites } from '../src/analysis/storage.js';
import { parseForAnalysis } from '../src/codemod/analysis.js';
import { applyTextEdits } from '../src/codemod/edits.js';

/** Name exported by the store module. */
const STORE_EXPORT = 'tokenMemoryStore';
/** Base name of the store module. */
const STORE_BASENAME = 'token-memory-store';

const TS_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts']);
/** Accesses of one key that the codemod can replace by a store call. */
const KEYED_KINDS = new Set<StorageAccess['kind']>(['get-item', 'set-item', 'remove-item', 'property-read', 'property-write', 'property-delete']);
const STORAGE_NAMES: Record<StorageAccess['area'], string> = { local: 'localStorage', session: 'sessionStorage' };

const REASON_NO_PASS = 'the codemod needs its project pass; run it through `oauth-tokens fix`';
const REASON_NO_WRITE = 'the finding does not point at a Web Storage write; move the token to memory by hand';
const REASON_DYNAMIC = 'the storage key is not static; move the token to memory by hand';
const REASON_ASSIGN = 'the token is written with `Object.assign`; move it to memory by hand';
const REASON_NOT_CHOSEN = 'the key is not rewritable everywhere in the project; move it to memory by hand';

/** What the project pass decided. */
export interface TokenStorageState {
  /** Absolute path of the store module. */
  readonly storeFile: string;
  /** Keys whose every access in the project becomes a store call. */
  readonly rewritable: ReadonlySet<string>;
  /** Token keys that stay in Web Storage, with the reason. */
  readonly blocked: ReadonlyMap<string, string>;
}

/** One access of a static key, as the project pass records it. */
interface KeySite {
  readonly area: StorageAccess['area'];
  /** `file:line`, relative to the root. */
  readonly where: string;
  /** Why this access cannot become a store call, if it cannot. */
  readonly problem: string | undefined;
}

/** An access that may touch any key of its storage area. */
interface AreaBlocker {
  readonly area: StorageAccess['area'] | 'any';
  readonly reason: string;
  /** For a non-static key: `true` when it may name `key`. */
  readonly mayName: (key: string) => boolean;
}

/**
 * Moves tokens from `localStorage` / `sessionStorage` to an in-memory store module that it
 * creates once (`src/token-memory-store.ts`, or `--store-path`). The rule finds the token
 * writes; the project pass reads every Web Storage access of every file (the shared
 * `collectStorageAccesses` matcher) and picks the token keys whose every read, write and
 * removal is a plain keyed call or property access. Those accesses, findings or not, become
 * `tokenMemoryStore.get/set/remove` calls; any other use of the key, or a use that may touch
 * any key (a dynamic key, `clear()`, enumeration, the storage object passed elsewhere, a
 * `storage` event listener), leaves the key where it is and lists its findings.
 */
const tokenStorageToMemory: Codemod<TokenStorageState> = {
  name: 'token-storage-to-memory',
  description: 'Move tokens kept in localStorage or sessionStorage to an in-memory store module',
  fixesRule: 'no-token-in-storage',
  safe: false,
  warning:
    'token-storage-to-memory: tokens moved to memory no longer survive a page reload or reach other tabs; restore the session after a reload (silent renewal, or a refresh through your backend) before relying on them',
  prepare(project, context) {
    return prepareProject(project, context.storePath);
  },
  transform(sourceFile, findings, _context, state) {
    if (!state) return { changed: false, skipped: findings.map((finding) => ({ finding, reason: REASON_NO_PASS })) };
    const sourceCode = parseForAnalysis(sourceFile.getFullText(), sourceFile.getFilePath());
    if (!sourceCode) return { changed: false, skipped: findings.map((finding) => ({ finding, reason: REASON_NO_WRITE })) };

    const skipped: SkippedFinding[] = [];
    const writes = collectStorageWrites(sourceCode);
    for (const finding of findings) {
      const reason = classifyFinding(finding, writes, state);
      if (reason !== undefined) skipped.push({ finding, reason });
    }

    const edits: FindingEdit[] = [];
    const quote = getQuote(sourceCode.text);
    for (const access of collectStorageAccesses(sourceCode)) {
      if (access.keyText === undefined || !state.rewritable.has(access.keyText) || !KEYED_KINDS.has(access.kind)) continue;
      const edit = replaceAccessWithStoreCall(access, sourceCode.text, STORE_EXPORT, quote);
      if (edit) edits.push(edit);
    }
    if (edits.length === 0) return { changed: false, skipped };
    const local = findStoreImport(sourceFile, state.storeFile);
    const named = local ?? STORE_EXPORT;
    const finalEdits = named === STORE_EXPORT ? edits : edits.map((edit) => ({ ...edit, text: edit.text.replace(STORE_EXPORT, named) }));
    if (local === undefined) finalEdits.push(addStoreImport(sourceFile, state.storeFile, quote));
    applyTextEdits(sourceFile, finalEdits);
    return { changed: true, skipped };
  },
};

export default tokenStorageToMemory;

/** The reason a finding stays, or `undefined` when its write is rewritten. */
function classifyFinding(finding: Finding, writes: readonly StorageWrite[], state: TokenStorageState): string | undefined {
  const write = writes.find((candidate) => isAt(candidate.valueNode, finding) || isAt(candidate.keyNode, finding));
  if (!write) return REASON_NO_WRITE;
  if (write.via === 'object-assign') return REASON_ASSIGN;
  if (write.wrapperCall) return 'the token is written through a helper function whose key is a parameter; move it to memory by hand';
  if (write.keyText === undefined) return REASON_DYNAMIC;
  if (state.rewritable.has(write.keyText)) return undefined;
  return state.blocked.get(write.keyText) ?? REASON_NOT_CHOSEN;
}

function isAt(node: TSESTree.Node, finding: Finding): boolean {
  return node.range[0] === finding.start && node.range[1] === finding.end;
}

/** The project pass: which token keys can move, and where the store goes. */
function prepareProject(project: CodemodProject, storePath: string | undefined) {
  const sitesByKey = new Map<string, KeySite[]>();
  const blockers: AreaBlocker[] = [];
  const tokenKeys = new Map<string, string>();
  const filesByKey = new Map<string, Set<string>>();
  let typescript = false;

  for (const file of project.files) {
    if (!/storage/i.test(file.text)) continue;
    const sourceCode = parseForAnalysis(file.text, file.path);
    if (!sourceCode) continue;
    const where = (node: TSESTree.Node): string => `${toRelative(project.root, file.path)}:${node.loc.start.line}`;
    const writes = collectStorageWrites(sourceCode);
    for (const finding of file.findings) {
      const write = writes.find((candidate) => isAt(candidate.valueNode, finding) || isAt(candidate.keyNode, finding));
      if (write?.keyText !== undefined && write.via !== 'object-assign' && !write.wrapperCall) tokenKeys.set(write.keyText, where(write.writeNode));
    }
    for (const listener of collectStorageEventListeners(sourceCode)) {
      blockers.push({
        area: 'any',
        reason: `a \`storage\` event listener at ${where(listener)} watches Web Storage across tabs; values in memory raise no such event`,
        mayName: () => true,
      });
    }
    const fileProblem = getFileProblem(sourceCode, file.path);
    for (const access of collectStorageAccesses(sourceCode)) {
      const storage = STORAGE_NAMES[access.area];
      if (KEYED_KINDS.has(access.kind) && access.keyText !== undefined) {
        const sites = sitesByKey.get(access.keyText) ?? [];
        sites.push({ area: access.area, where: where(access.node), problem: fileProblem ?? getAccessProblem(access) });
        sitesByKey.set(access.keyText, sites);
        const files = filesByKey.get(access.keyText) ?? new Set();
        files.add(file.path);
        filesByKey.set(access.keyText, files);
        if (TS_EXTENSIONS.has(extname(file.path))) typescript = true;
      } else if (KEYED_KINDS.has(access.kind)) {
        blockers.push({
          area: access.area,
          reason: `\`${storage}\` is accessed with a key that is not static at ${where(access.node)}, which may name this key`,
          mayName: (key) => mayNameKey(access.keyNode, key),
        });
      } else if (access.kind === 'clear') {
        blockers.push({ area: access.area, reason: `\`${storage}.clear()\` at ${where(access.node)} would no longer remove it`, mayName: () => true });
      } else if (access.kind === 'enumerate') {
        blockers.push({ area: access.area, reason: `every key of \`${storage}\` is listed at ${where(access.node)}`, mayName: () => true });
      } else if (access.kind === 'opaque') {
        blockers.push({ area: access.area, reason: `\`${storage}\` is used as a whole at ${where(access.node)}, where any key may be read or written`, mayName: () => true });
      }
    }
  }

  const rewritable = new Set<string>();
  const blocked = new Map<string, string>();
  for (const key of [...tokenKeys.keys()].sort()) {
    const sites = sitesByKey.get(key) ?? [];
    const areas = new Set(sites.map((site) => site.area));
    const problem = sites.find((site) => site.problem !== undefined);
    const blocker = blockers.find((candidate) => (candidate.area === 'any' || areas.has(candidate.area)) && candidate.mayName(key));
    if (areas.size > 1) blocked.set(key, `the key \`${key}\` is used in both localStorage and sessionStorage; move it to memory by hand`);
    else if (problem) blocked.set(key, `the key \`${key}\` is also used at ${problem.where}, where ${problem.problem ?? ''}`);
    else if (blocker) blocked.set(key, `${blocker.reason}; the key \`${key}\` stays in Web Storage`);
    else rewritable.add(key);
  }

  const storeFile = resolveStorePath(project, storePath, typescript);
  const visitFiles = [...rewritable].flatMap((key) => [...(filesByKey.get(key) ?? [])]);
  return {
    state: { storeFile, rewritable, blocked },
    visitFiles: [...new Set(visitFiles)],
    createFiles: rewritable.size > 0 ? [{ path: storeFile, text: createStoreModule(TS_EXTENSIONS.has(extname(storeFile))) }] : [],
  };
}

/** Why no access in this file can be rewritten, if so. */
function getFileProblem(sourceCode: TSESLint.SourceCode, path: string): string | undefined {
  const body = sourceCode.ast.body;
  const isModule = body.some(
    (statement) =>
      statement.type === AST_NODE_TYPES.ImportDeclaration ||
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
      statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
      statement.type === AST_NODE_TYPES.ExportAllDeclaration,
  );
  if (!isModule || extname(path) === '.cjs' || extname(path) === '.cts') return 'the file is not an ES module, so the store cannot be imported';
  const scope = sourceCode.scopeManager?.globalScope?.childScopes.find((child) => child.type === 'module');
  const existing = scope?.set.get(STORE_EXPORT);
  const def = existing?.defs[0];
  if (def && !(def.type === 'ImportBinding' && def.parent?.type === AST_NODE_TYPES.ImportDeclaration && def.parent.source.value.includes(STORE_BASENAME))) {
    return `the name \`${STORE_EXPORT}\` is already declared there`;
  }
  return undefined;
}

/** Why one keyed access cannot become a store call, if so. */
function getAccessProblem(access: StorageAccess): string | undefined {
  const parent = access.node.parent;
  const statement = parent?.type === AST_NODE_TYPES.ExpressionStatement;
  switch (access.kind) {
    case 'property-write':
      if (access.node.type !== AST_NODE_TYPES.AssignmentExpression || access.node.operator !== '=') return 'it is updated in place (`++`, `+=`, `??=`)';
      return statement ? undefined : 'the value of the assignment is used';
    case 'property-delete':
      return statement ? undefined : 'the result of `delete` is used';
    default:
      return undefined;
  }
}

/** `true` when a non-static key expression may evaluate to `key` (template parts must match). */
function mayNameKey(keyNode: TSESTree.Node | undefined, key: string): boolean {
  if (keyNode?.type !== AST_NODE_TYPES.TemplateLiteral) return true;
  const parts = keyNode.quasis.map((quasi) => quasi.value.cooked ?? '');
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (!key.startsWith(first) || !key.slice(first.length).endsWith(last) || key.length < first.length + last.length) return false;
  let position = first.length;
  for (const middle of parts.slice(1, -1)) {
    const found = key.indexOf(middle, position);
    if (found === -1 || found + middle.length > key.length - last.length) return false;
    position = found + middle.length;
  }
  return true;
}

/** The store's path: `--store-path` under the root, else `src/` when the project has one, else the root. */
function resolveStorePath(project: CodemodProject, storePath: string | undefined, typescript: boolean): string {
  if (storePath !== undefined) return isAbsolute(storePath) ? storePath : resolve(project.root, storePath);
  const source = join(project.root, 'src') + sep;
  const directory = project.files.some((file) => file.path.startsWith(source)) ? join(project.root, 'src') : project.root;
  return join(directory, `${STORE_BASENAME}${typescript ? '.ts' : '.js'}`);
}

function toRelative(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** The edit that turns one keyed access into a store call (the smallest range that does it). */
function replaceAccessWithStoreCall(access: StorageAccess, text: string, store: string, quote: string): FindingEdit | undefined {
  const node = access.node;
  const source = (target: TSESTree.Node): string => text.slice(target.range[0], target.range[1]);
  const key = (): string => {
    const member = access.keyNode?.parent;
    if (member?.type === AST_NODE_TYPES.MemberExpression && !member.computed) return `${quote}${access.keyText ?? ''}${quote}`;
    return access.keyNode ? source(access.keyNode) : `${quote}${access.keyText ?? ''}${quote}`;
  };
  switch (access.kind) {
    case 'get-item':
    case 'set-item':
    case 'remove-item': {
      if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
      const method = access.kind === 'get-item' ? 'get' : access.kind === 'set-item' ? 'set' : 'remove';
      return { start: node.callee.range[0], end: node.callee.range[1], text: `${store}.${method}` };
    }
    case 'property-read': {
      // A missing property reads as `undefined`, a missing item as `null`: keep `undefined`.
      const read = `${store}.get(${key()}) ?? undefined`;
      return { start: node.range[0], end: node.range[1], text: needsParentheses(node) ? `(${read})` : read };
    }
    case 'property-write':
      if (node.type !== AST_NODE_TYPES.AssignmentExpression) return undefined;
      return { start: node.range[0], end: node.range[1], text: `${store}.set(${key()}, ${source(node.right)})` };
    case 'property-delete':
      return { start: node.range[0], end: node.range[1], text: `${store}.remove(${key()})` };
    default:
      return undefined;
  }
}

/** `false` where a `??` expression can stand without parentheses (a statement's expression, an argument, a template part). */
function needsParentheses(node: TSESTree.Node): boolean {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ExpressionStatement:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.VariableDeclarator:
    case AST_NODE_TYPES.ArrayExpression:
      return false;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return parent.callee === node;
    case AST_NODE_TYPES.Property:
      return parent.value !== node;
    case AST_NODE_TYPES.AssignmentExpression:
      return parent.right !== node;
    default:
      return true;
  }
}

/** The quote the file uses most for string literals. */
function getQuote(text: string): string {
  const single = text.match(/'/g)?.length ?? 0;
  const double = text.match(/"/g)?.length ?? 0;
  return double > single ? '"' : "'";
}

/** The local name of an existing `tokenMemoryStore` import from the store module, if any. */
function findStoreImport(sourceFile: SourceFile, storeFile: string): string | undefined {
  for (const declaration of sourceFile.getImportDeclarations()) {
    if (!resolvesTo(sourceFile.getFilePath(), declaration.getModuleSpecifierValue(), storeFile)) continue;
    for (const named of declaration.getNamedImports()) {
      if (named.getName() === STORE_EXPORT) return named.getAliasNode()?.getText() ?? STORE_EXPORT;
    }
  }
  return undefined;
}

function resolvesTo(fromFile: string, specifier: string, storeFile: string): boolean {
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(fromFile), specifier);
  const stem = (path: string): string => path.replace(/\.(?:[cm]?[jt]sx?)$/, '');
  return stem(target) === stem(storeFile);
}

/** An edit that adds `import { tokenMemoryStore } from '<relative path>'` after the last import. */
function addStoreImport(sourceFile: SourceFile, storeFile: string, quote: string): FindingEdit {
  const text = sourceFile.getFullText();
  const imports = sourceFile.getImportDeclarations();
  const specifier = getStoreSpecifier(sourceFile, storeFile);
  const last = imports.at(-1);
  const semicolon = last ? last.getText().trimEnd().endsWith(';') : /;\s*$/m.test(text);
  const line = `import { ${STORE_EXPORT} } from ${quote}${specifier}${quote}${semicolon ? ';' : ''}`;
  if (last) return { start: last.getEnd(), end: last.getEnd(), text: `\n${line}` };
  const first = sourceFile.getStatements().find((statement) => !isDirective(statement.getText()));
  const at = first ? first.getStart(true) : text.length;
  return { start: at, end: at, text: `${line}\n\n` };
}

function isDirective(statement: string): boolean {
  return /^(['"])use [a-z ]+\1;?$/.test(statement.trim());
}

/** `./token-memory-store.js`, with the extension style of the file's other relative imports. */
function getStoreSpecifier(sourceFile: SourceFile, storeFile: string): string {
  const from = dirname(sourceFile.getFilePath());
  let path = relative(from, storeFile).split(sep).join('/');
  if (!path.startsWith('.')) path = `./${path}`;
  const stem = path.replace(/\.(?:[cm]?[jt]sx?)$/, '');
  const relatives = sourceFile
    .getImportDeclarations()
    .map((declaration) => declaration.getModuleSpecifierValue())
    .filter((specifier) => specifier.startsWith('.'));
  const fileExtension = extname(sourceFile.getFilePath());
  if (relatives.some((specifier) => specifier.endsWith('.js'))) return `${stem}.js`;
  if (relatives.some((specifier) => /\.[cm]?tsx?$/.test(specifier))) return path;
  if (relatives.length > 0 || TS_EXTENSIONS.has(fileExtension)) return stem;
  return `${stem}${extname(storeFile) === '.ts' ? '.js' : extname(storeFile)}`;
}

/** Text of the store module. */
export function createStoreModule(typescript: boolean): string {
  const type = (annotation: string): string => (typescript ? annotation : '');
  return `/**
 * Tokens kept in memory for the lifetime of the page, instead of in localStorage or
 * sessionStorage, where any script running on the origin can read them. They do not survive
 * a reload and are not shared between tabs: after a reload, restore the session from the
 * authorization server (silent renewal) or through your backend.
 */
const tokens = new Map${type('<string, string>')}();

export const ${STORE_EXPORT} = {
  /** The value stored under \`key\`, or \`null\`, as \`Storage#getItem\` returns it. */
  get(key${type(': string')})${type(': string | null')} {
    return tokens.get(key) ?? null;
  },
  /** Stores \`String(value)\` under \`key\`, as \`Storage#setItem\` does. */
  set(key${type(': string')}, value${type(': unknown')})${type(': void')} {
    tokens.set(key, String(value));
  },
  /** Removes \`key\`, as \`Storage#removeItem\` does. */
  remove(key${type(': string')})${type(': void')} {
    tokens.delete(key);
  },
  /** Removes every token (on sign-out). */
  clear()${type(': void')} {
    tokens.clear();
  },
};
`;
}
