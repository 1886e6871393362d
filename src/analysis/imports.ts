import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

const MODULES = new WeakMap<TSESTree.Program, ReadonlySet<string>>();

const REQUIRE_OR_DYNAMIC_IMPORT = /\b(?:require|import)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/**
 * Module specifiers a file loads: `import`/`export ... from` declarations, plus
 * `require('x')` and `import('x')` anywhere (found in the text, which avoids a second walk).
 */
export function getImportedModules(program: TSESTree.Program, text: string): ReadonlySet<string> {
  const cached = MODULES.get(program);
  if (cached) return cached;
  const modules = new Set<string>();
  MODULES.set(program, modules);
  for (const statement of program.body) {
    if (
      (statement.type === AST_NODE_TYPES.ImportDeclaration ||
        statement.type === AST_NODE_TYPES.ExportAllDeclaration ||
        statement.type === AST_NODE_TYPES.ExportNamedDeclaration) &&
      statement.source
    ) {
      modules.add(statement.source.value);
    }
  }
  for (const match of text.matchAll(REQUIRE_OR_DYNAMIC_IMPORT)) {
    if (match[1] !== undefined) modules.add(match[1]);
  }
  return modules;
}
