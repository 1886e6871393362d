/**
 * ESLint `--concurrency` (9.34+) loads the plugin in every worker thread. The fixture config imports
 * the plugin by package name, which resolves through `exports` to the build in dist/: worker
 * threads run outside Vitest and cannot load TypeScript sources. Requires `npm run build` first
 * (.ci/run builds before it tests).
 */
import type { Linter } from 'eslint';

import { parse } from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cwd = join(root, 'tests/fixtures/concurrency');

type Finding = Pick<Linter.LintMessage, 'ruleId' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn'> & {
  suggestions: string[];
};

async function lint(concurrency: 'off' | number, patterns: string[] = ['src']): Promise<Record<string, Finding[]>> {
  const eslint = new ESLint({ cwd, overrideConfigFile: 'eslint.config.js', concurrency });
  const results = await eslint.lintFiles(patterns);
  return Object.fromEntries(
    results
      .map((result) => [
        relative(cwd, result.filePath).split('\\').join('/'),
        result.messages.map((message) => ({
          ruleId: message.ruleId,
          message: message.message,
          line: message.line,
          column: message.column,
          endLine: message.endLine,
          endColumn: message.endColumn,
          suggestions: (message.suggestions ?? []).map((suggestion) => `${suggestion.desc} ${JSON.stringify(suggestion.fix)}`),
        })),
      ] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('ESLint concurrency', () => {
  let serial: Record<string, Finding[]>;

  beforeAll(async () => {
    if (!existsSync(join(root, 'dist/src/index.js'))) throw new Error('dist/ is missing: run `npm run build` before this test.');
    serial = await lint('off');
  });

  it('finds the expected problems in the fixture tree', () => {
    const bearer = Object.entries(serial).flatMap(([file, findings]) =>
      findings.filter((finding) => finding.ruleId === 'oauth-tokens/no-id-token-as-bearer').map((finding) => `${file}:${finding.line}`),
    );
    expect(bearer).toEqual(['src/api/reports.ts:8', 'src/api/session.ts:7', 'src/web/api-client.ts:10', 'src/web/orders.tsx:9']);
    expect(serial['src/lib/tokens.ts']).toEqual([]);
    expect(serial['src/web/profile.ts']).toEqual([]);
  });

  it('reports the same problems with two workers as in one thread', async () => {
    expect(await lint(2)).toEqual(serial);
  });

  it('does not depend on the order in which files are linted', async () => {
    const files = Object.keys(serial).reverse();
    const oneByOne: Record<string, Finding[]> = {};
    for (const file of files) Object.assign(oneByOne, await lint('off', [file]));
    expect(Object.fromEntries(Object.entries(oneByOne).sort(([a], [b]) => a.localeCompare(b)))).toEqual(serial);
  });
});

/** Methods that change a Map, Set, array or object in place. */
const MUTATORS = new Set(['add', 'set', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

function collectModules(directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

interface AstNode {
  type: string;
  [key: string]: unknown;
}

/**
 * Module-level state that a rule could carry from one file to the next: `let`/`var` bindings, and
 * module-level containers (except `WeakMap`s, which key per-file caches by the file's AST) that a
 * function mutates. Mutation during module initialisation (building a config once) is fine.
 */
function findSharedMutableState(file: string): string[] {
  const program = parse(readFileSync(join(root, file), 'utf8'), { jsx: file.endsWith('x'), range: true, loc: true }) as unknown as {
    body: AstNode[];
  };
  const problems: string[] = [];
  const containers = new Set<string>();
  for (const statement of program.body) {
    const declaration = (statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement) as AstNode | null;
    if (declaration?.type !== 'VariableDeclaration') continue;
    const declarators = declaration.declarations as { id: AstNode & { name?: string }; init: AstNode | null }[];
    for (const { id, init } of declarators) {
      if (declaration.kind !== 'const') problems.push(`${file}: module-level \`${declaration.kind} ${id.name ?? '…'}\``);
      else if (id.name && init && !(init.type === 'NewExpression' && (init.callee as AstNode & { name?: string }).name === 'WeakMap')) {
        containers.add(id.name);
      }
    }
  }

  function visit(node: unknown, inFunction: boolean): void {
    if (Array.isArray(node)) {
      for (const child of node) visit(child, inFunction);
      return;
    }
    if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
    const current = node as AstNode;
    const nested = inFunction || /Function|Method/.test(current.type);
    if (nested) {
      const member = (current.type === 'CallExpression' ? current.callee : current.type === 'AssignmentExpression' ? current.left : undefined) as
        | (AstNode & { object?: AstNode & { name?: string }; property?: AstNode & { name?: string } })
        | undefined;
      const target = member?.type === 'MemberExpression' && member.object?.type === 'Identifier' ? member.object.name : undefined;
      const mutates = current.type === 'AssignmentExpression' || MUTATORS.has(member?.property?.name ?? '');
      if (target && containers.has(target) && mutates) {
        const { line } = (current.loc as { start: { line: number } }).start;
        problems.push(`${file}:${line}: module-level \`${target}\` is changed inside a function`);
      }
    }
    for (const [key, value] of Object.entries(current)) {
      if (key !== 'parent' && key !== 'loc' && key !== 'range') visit(value, nested);
    }
  }
  visit(program.body, false);
  return problems;
}

describe('module-level state', () => {
  it('holds no mutable state shared across files in src/ and rules/', () => {
    const modules = [...collectModules('src'), ...collectModules('rules')].filter(
      // The CLI and codemod runner run once per process, never inside ESLint workers.
      (file) => !/^src[\\/](cli|codemod)[\\/]/.test(file),
    );
    expect(modules.length).toBeGreaterThan(0);
    expect(modules.flatMap(findSharedMutableState)).toEqual([]);
  });

  it('flags a counter and a container changed across calls, not a WeakMap cache or constant data', () => {
    expect(findSharedMutableState('tests/fixtures/concurrency/stateful-module.ts')).toEqual([
      'tests/fixtures/concurrency/stateful-module.ts: module-level `let filesSeen`',
      'tests/fixtures/concurrency/stateful-module.ts:11: module-level `reported` is changed inside a function',
    ]);
  });
});
