import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ModuleExport } from '../knowledge/types.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { getStaticString } from './ast.js';
import { getImportedModules } from './imports.js';

/** Objects through which globals are reached: `window.atob`, `globalThis.Buffer`. */
const GLOBAL_OBJECT_NAMES = ['global', 'globalThis', 'self', 'window'] as const;

type ReferenceTracker = InstanceType<typeof ASTUtils.ReferenceTracker>;
/** A `ReferenceTracker` trace map. */
export type TraceMap = Parameters<ReferenceTracker['iterateEsmReferences']>[0];
/** One reference found by `ReferenceTracker`. */
export type FoundReference = ReturnType<ReferenceTracker['iterateEsmReferences']> extends IterableIterator<infer R> ? R : never;
/** A trace map under construction. */
export type MutableTraceMap = Record<string | symbol, unknown>;

/** The runtime method that `@typescript-eslint/utils` does not declare. */
export interface PropertyTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceMap): IterableIterator<FoundReference>;
}

/** A call of a tracked API, found through imports, `require` or globals. */
export interface TrackedCall<T> {
  /** The call expression. */
  readonly node: TSESTree.CallExpression;
  /** What the trace map said about this API. */
  readonly info: T;
}

/** What to track: module exports (ESM and CommonJS) and global paths. */
export interface TrackedApi<T> {
  /** Import paths (`{ module: 'jose', path: ['decodeJwt'] }`). A `default` path also matches the CommonJS export. */
  readonly exports: readonly ModuleExport[];
  /** Global paths (`['atob']`, `['Buffer', 'from']`). */
  readonly globals?: readonly (readonly string[])[];
  /** Also match `node:`-prefixed module specifiers (Node built-ins). */
  readonly nodeBuiltin?: boolean;
  /** Returned with every match. */
  readonly info: T;
}

/**
 * Finds every call of the given APIs with `ReferenceTracker`: ESM named, default, namespace and
 * aliased imports; `require()` with destructuring and member access; globals, directly or through
 * `window.`/`globalThis.`/`self.`/`global.`. A binding that shadows a global (`const atob = ...`,
 * a parameter named `Buffer`) or an unrelated `decode` is not matched.
 *
 * Globals are matched whether or not the config declares them (`languageOptions.globals`): an
 * unresolved reference is a global as far as the code can tell.
 */
export function collectTrackedCalls<T>(sourceCode: Readonly<TSESLint.SourceCode>, apis: readonly TrackedApi<T>[]): TrackedCall<T>[] {
  const { esm, cjs, globals } = getTraceMaps(apis);
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const tracker = new ASTUtils.ReferenceTracker(globalScope as TSESLint.Scope.Scope);
  const propertyTracker = tracker as unknown as PropertyTracker;
  const found = new Map<TSESTree.CallExpression, T>();
  const add = (reference: FoundReference): void => {
    if (reference.type === ASTUtils.ReferenceTracker.CALL && reference.node.type === AST_NODE_TYPES.CallExpression && !found.has(reference.node)) {
      found.set(reference.node, reference.info as T);
    }
  };

  const loaded = getImportedModules(sourceCode.ast, sourceCode.text);
  if (Object.keys(esm).some((specifier) => loaded.has(specifier))) {
    for (const reference of tracker.iterateEsmReferences(esm as TraceMap)) add(reference);
  }
  if (Object.keys(cjs).some((specifier) => loaded.has(specifier))) {
    for (const identifier of collectGlobalReads(globalScope as TSESLint.Scope.Scope, 'require')) {
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier || !call.arguments[0]) continue;
      const specifier = getStaticString(call.arguments[0]);
      if (specifier === undefined || !Object.hasOwn(cjs, specifier)) continue;
      const moduleMap = cjs[specifier] as MutableTraceMap;
      for (const reference of propertyTracker.iteratePropertyReferences(call, moduleMap as TraceMap)) add(reference);
    }
  }
  if (Object.keys(globals).length > 0) {
    for (const name of Object.keys(globals)) {
      const globalMap = globals[name] as MutableTraceMap;
      for (const identifier of collectGlobalReads(globalScope as TSESLint.Scope.Scope, name)) {
        const parent = identifier.parent;
        if (globalMap[ASTUtils.ReferenceTracker.CALL] !== undefined && parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier) {
          found.set(parent, globalMap[ASTUtils.ReferenceTracker.CALL] as T);
        }
        for (const reference of propertyTracker.iteratePropertyReferences(identifier, globalMap as TraceMap)) add(reference);
      }
    }
    for (const name of GLOBAL_OBJECT_NAMES) {
      for (const identifier of collectGlobalReads(globalScope as TSESLint.Scope.Scope, name)) {
        for (const reference of propertyTracker.iteratePropertyReferences(identifier, globals as TraceMap)) add(reference);
      }
    }
  }
  return [...found].map(([node, info]) => ({ node, info }));
}

/**
 * Read references to a global: unresolved references (no binding anywhere in the file) and
 * references to configured or built-in globals that the file neither declares nor assigns.
 */
export function collectGlobalReads(globalScope: TSESLint.Scope.Scope, name: string): TSESTree.Identifier[] {
  const out: TSESTree.Identifier[] = [];
  const variable = globalScope.set.get(name);
  if (variable) {
    if (variable.defs.length > 0 || variable.references.some((reference) => reference.isWrite())) return out;
    for (const reference of variable.references) {
      if (reference.isRead() && reference.identifier.type === AST_NODE_TYPES.Identifier) out.push(reference.identifier);
    }
  }
  const unresolved = getUnresolvedReads(globalScope).get(name);
  if (unresolved) out.push(...unresolved);
  return out;
}

const UNRESOLVED_READS = new WeakMap<TSESLint.Scope.Scope, ReadonlyMap<string, readonly TSESTree.Identifier[]>>();

/** Unresolved read references of a file, by name: one pass over `globalScope.through` per file. */
function getUnresolvedReads(globalScope: TSESLint.Scope.Scope): ReadonlyMap<string, readonly TSESTree.Identifier[]> {
  let index = UNRESOLVED_READS.get(globalScope);
  if (!index) {
    const built = new Map<string, TSESTree.Identifier[]>();
    for (const reference of globalScope.through) {
      if (reference.identifier.type !== AST_NODE_TYPES.Identifier || !reference.isRead()) continue;
      const list = built.get(reference.identifier.name);
      if (list) list.push(reference.identifier);
      else built.set(reference.identifier.name, [reference.identifier]);
    }
    index = built;
    UNRESOLVED_READS.set(globalScope, index);
  }
  return index;
}

interface TraceMaps {
  readonly esm: MutableTraceMap;
  readonly cjs: MutableTraceMap;
  readonly globals: MutableTraceMap;
}

const TRACE_MAPS = new WeakMap<readonly TrackedApi<unknown>[], TraceMaps>();

/**
 * Trace maps for a list of APIs, built once per list. Callers pass module-level constant
 * lists, so this runs once per process, not once per file.
 */
function getTraceMaps(apis: readonly TrackedApi<unknown>[]): TraceMaps {
  const cached = TRACE_MAPS.get(apis);
  if (cached) return cached;
  const esm: MutableTraceMap = {};
  const cjs: MutableTraceMap = {};
  const globals: MutableTraceMap = {};
  for (const api of apis) {
    for (const { module, path } of api.exports) {
      const modules = api.nodeBuiltin === true ? [module, `node:${module}`] : [module];
      for (const specifier of modules) {
        const esmRoot = ensureTracePath(esm, [specifier]);
        esmRoot[ASTUtils.ReferenceTracker.ESM] = true;
        setCall(ensureTracePath(esmRoot, path), api.info);
        // CommonJS: `module.exports` is the ESM default export.
        const cjsPath = path[0] === 'default' ? path.slice(1) : path;
        setCall(ensureTracePath(cjs, [specifier, ...cjsPath]), api.info);
        if (path[0] === 'default') setCall(ensureTracePath(cjs, [specifier, ...path]), api.info);
      }
    }
    for (const path of api.globals ?? []) setCall(ensureTracePath(globals, path), api.info);
  }
  const maps = { esm, cjs, globals };
  TRACE_MAPS.set(apis, maps);
  return maps;
}

/** The trace-map node at `path`, created on the way: builds `ReferenceTracker` trace maps from table paths. */
export function ensureTracePath(map: MutableTraceMap, path: readonly string[]): MutableTraceMap {
  let current = map;
  for (const key of path) {
    if (!Object.hasOwn(current, key)) current[key] = {};
    current = current[key] as MutableTraceMap;
  }
  return current;
}

function setCall(map: MutableTraceMap, info: unknown): void {
  map[ASTUtils.ReferenceTracker.CALL] ??= info;
}
