import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { StorageKeyPattern, TokenStorageKeyEntry, WebStorageArea } from '../knowledge/storage.js';
import type { TokenKind } from '../knowledge/types.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { METADATA_SUFFIXES } from '../knowledge/token-names.js';
import {
  FLAG_KEY_WORDS,
  KEY_CONSTANT_SUFFIXES,
  TOKEN_STORAGE_KEYS,
  WEB_STORAGE_GLOBALS,
  WEB_STORAGE_MEMBERS,
  WEB_STORAGE_SETTER,
} from '../knowledge/storage.js';
import { getPropertyName, getStaticKeyName, getStaticString, unwrapExpression, walkTree } from './ast.js';
import { classifyName, splitWords } from './names.js';
import { collectGlobalReads } from './references.js';

/** One value written to `localStorage` or `sessionStorage`. */
export interface StorageWrite {
  /** The storage area written to. */
  readonly area: WebStorageArea;
  /** How the value is written. */
  readonly via: 'set-item' | 'property-assignment' | 'object-assign';
  /** The key expression (a `setItem` argument, an assigned property, an object key). */
  readonly keyNode: TSESTree.Node;
  /** The key text when it is statically known (`'access_token'`, a `const`, `storage.token`). */
  readonly keyText: string | undefined;
  /**
   * Words that describe the key when its text is not fully known: the static parts of a
   * template (`` `${prefix}_access_token` ``) or the name of the constant that holds it
   * (`ACCESS_TOKEN_KEY` -> `access token`).
   */
  readonly keyHint: string | undefined;
  /** The stored value expression. */
  readonly valueNode: TSESTree.Node;
  /** The `setItem` call, assignment or `Object.assign` call that performs the write. */
  readonly writeNode: TSESTree.Node;
  /** The call of a same-file wrapper (`save('token', t)`) through which the write is reached, if any. */
  readonly wrapperCall?: TSESTree.CallExpression;
}

type AnyFunction = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** Wrappers calling wrappers are followed this deep. */
const MAX_WRAPPER_DEPTH = 2;
/** Aliases of aliases are followed this deep. */
const MAX_ALIAS_DEPTH = 3;

/** Objects through which globals are reached (`window.localStorage`, `globalThis.sessionStorage`). */
const GLOBAL_OBJECT_NAMES = ['window', 'globalThis', 'self', 'global'] as const;

/** READ trace map of the storage globals, as properties of a global object. */
const STORAGE_TRACE_MAP: Record<string, Record<symbol, WebStorageArea>> = Object.fromEntries(
  WEB_STORAGE_GLOBALS.map((entry) => [entry.global, { [ASTUtils.ReferenceTracker.READ]: entry.area }]),
);

/** A reference found by `ReferenceTracker`. */
interface FoundReference {
  readonly node: TSESTree.Node;
  readonly info: unknown;
}

/** `ReferenceTracker#iteratePropertyReferences` exists at run time but is not declared by `@typescript-eslint/utils`. */
interface PropertyTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: unknown): IterableIterator<FoundReference>;
}

const WRITES = new WeakMap<TSESTree.Program, readonly StorageWrite[]>();

/**
 * Every write to Web Storage in the file, computed once per file and shared by all rules
 * (and by codemods through the rule findings).
 *
 * Storage objects are found with `ReferenceTracker` from the real globals only:
 * `localStorage`, `window.localStorage`, `globalThis.`/`self.` prefixes and
 * `const { localStorage } = window`; a parameter, local variable or import named
 * `localStorage` (a mock, React Native `AsyncStorage`, `chrome.storage`) is not a global and
 * never matches. From there, aliases (`const s = remember ? localStorage : sessionStorage`,
 * class fields `this.storage`) are followed. Writes are `setItem(key, value)` (also
 * `['setItem']`), property and bracket assignment (`localStorage.token = v`),
 * `Object.assign(localStorage, { ... })`, and small same-file wrappers whose parameters are
 * forwarded to a write (`function save(key, value) { localStorage.setItem(key, value) }`,
 * `const storage = { set: (k, v) => localStorage.setItem(k, v) }`): for those, one write is
 * returned per call of the wrapper, with the call's arguments as key and value.
 */
export function collectStorageWrites(sourceCode: Readonly<TSESLint.SourceCode>): readonly StorageWrite[] {
  const cached = WRITES.get(sourceCode.ast);
  if (cached) return cached;
  const collector = new StorageWriteCollector(sourceCode);
  const writes = collector.collect();
  WRITES.set(sourceCode.ast, writes);
  return writes;
}

/** One use of a Web Storage object, for code that must know every key a file touches (codemods). */
export interface StorageAccess {
  readonly area: WebStorageArea;
  /**
   * - `get-item`, `set-item`, `remove-item`: a call of that method; `node` is the call.
   * - `property-read`, `property-write`, `property-delete`: `s.token`, `s.token = v` (also `??=`, `||=`),
   *   `delete s.token`; `node` is the member, the assignment, or the `delete` expression.
   * - `clear`: `s.clear()`, which removes every key.
   * - `enumerate`: `s.key(i)`, `s.length`, `Object.keys(s)`, `for (k in s)`, `{ ...s }`: sees every key.
   * - `alias`: the object is stored in a variable or field whose uses are accesses of their own.
   * - `opaque`: anything else (passed to a function, returned, `Object.assign`, an unknown method):
   *   any key may be read or written there.
   */
  readonly kind:
    | 'get-item'
    | 'set-item'
    | 'remove-item'
    | 'property-read'
    | 'property-write'
    | 'property-delete'
    | 'clear'
    | 'enumerate'
    | 'alias'
    | 'opaque';
  readonly node: TSESTree.Node;
  /** The storage object expression (`localStorage`, `window.sessionStorage`, an alias). */
  readonly objectNode: TSESTree.Node;
  /** The key expression of a keyed access (method argument or property). */
  readonly keyNode: TSESTree.Node | undefined;
  /** The key text when it is statically known. */
  readonly keyText: string | undefined;
  /** Words describing a key whose text is not static (see {@link StorageWrite.keyHint}). */
  readonly keyHint: string | undefined;
}

const ACCESSES = new WeakMap<TSESTree.Program, readonly StorageAccess[]>();

/**
 * Every use of `localStorage` / `sessionStorage` in the file, found from the real globals
 * and their aliases exactly as {@link collectStorageWrites} finds them: keyed reads, writes
 * and removals with their key, plus the uses that may touch any key (`clear()`,
 * enumeration, the object passed elsewhere). Writes through same-file wrappers appear as the
 * wrapper's own `setItem(key, value)` call with a non-static key.
 */
export function collectStorageAccesses(sourceCode: Readonly<TSESLint.SourceCode>): readonly StorageAccess[] {
  const cached = ACCESSES.get(sourceCode.ast);
  if (cached) return cached;
  const accesses = new StorageWriteCollector(sourceCode).collectAccesses();
  ACCESSES.set(sourceCode.ast, accesses);
  return accesses;
}

/**
 * `addEventListener('storage', ...)` calls and `onstorage` assignments in the file: code
 * that reacts to another tab changing Web Storage.
 */
export function collectStorageEventListeners(sourceCode: Readonly<TSESLint.SourceCode>): readonly TSESTree.Node[] {
  const found: TSESTree.Node[] = [];
  walkTree(sourceCode.ast, sourceCode.visitorKeys, (node) => {
    if (node.type === AST_NODE_TYPES.CallExpression && node.arguments[0]) {
      const callee = unwrapExpression(node.callee);
      const name = callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : callee.type === AST_NODE_TYPES.Identifier ? callee.name : undefined;
      if (name === 'addEventListener' && getStaticString(node.arguments[0]) === 'storage') found.push(node);
    } else if (node.type === AST_NODE_TYPES.AssignmentExpression) {
      const target = node.left;
      const name = target.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(target) : target.type === AST_NODE_TYPES.Identifier ? target.name : undefined;
      if (name === 'onstorage') found.push(node);
    }
  });
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

class StorageWriteCollector {
  private readonly objects = new Map<TSESTree.Node, WebStorageArea>();
  private readonly writes = new Map<TSESTree.Node, StorageWrite>();

  constructor(private readonly sourceCode: Readonly<TSESLint.SourceCode>) {}

  collect(): StorageWrite[] {
    if (!this.discoverObjects()) return [];
    for (const [node, area] of this.objects) this.collectDirectWrites(node, area);
    const out: StorageWrite[] = [];
    for (const write of this.writes.values()) out.push(...this.expandWrappers(write, 0));
    return out;
  }

  collectAccesses(): StorageAccess[] {
    if (!this.discoverObjects()) return [];
    const out: StorageAccess[] = [];
    for (const [node, area] of this.objects) out.push(this.describeAccess(node, area));
    return out.sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  /** Classifies one use of a storage object (see {@link StorageAccess}). */
  private describeAccess(object: TSESTree.Node, area: WebStorageArea): StorageAccess {
    const base = { area, objectNode: object, keyNode: undefined, keyText: undefined, keyHint: undefined };
    const outer = climbPassThrough(object);
    const parent = outer.parent;
    if (!parent) return { ...base, kind: 'opaque', node: object };
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
      const name = getPropertyName(parent, this.scopeOf(parent));
      const member = climbPassThrough(parent);
      const use = member.parent;
      const called = use?.type === AST_NODE_TYPES.CallExpression && use.callee === member;
      if (name !== undefined && WEB_STORAGE_MEMBERS.has(name)) {
        if (name === 'length') return { ...base, kind: 'enumerate', node: parent };
        if (!called) return { ...base, kind: 'opaque', node: parent };
        if (name === 'clear') return { ...base, kind: 'clear', node: use };
        if (name === 'key') return { ...base, kind: 'enumerate', node: use };
        const key = use.arguments[0];
        if (!key || key.type === AST_NODE_TYPES.SpreadElement || use.arguments.some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) {
          return { ...base, kind: 'opaque', node: use };
        }
        const kind = name === 'getItem' ? 'get-item' : name === WEB_STORAGE_SETTER ? 'set-item' : 'remove-item';
        return { ...base, kind, node: use, keyNode: key, ...this.describeKey(key) };
      }
      if (called) return { ...base, kind: 'opaque', node: use };
      const keyNode = parent.property;
      const key = parent.computed ? this.describeKey(keyNode) : { keyText: name, keyHint: undefined };
      const keyed = { ...base, keyNode, ...key };
      if (use?.type === AST_NODE_TYPES.AssignmentExpression && use.left === member) return { ...keyed, kind: 'property-write', node: use };
      if (use?.type === AST_NODE_TYPES.UnaryExpression && use.operator === 'delete') return { ...keyed, kind: 'property-delete', node: use };
      if (use?.type === AST_NODE_TYPES.UpdateExpression) return { ...keyed, kind: 'property-write', node: use };
      return { ...keyed, kind: 'property-read', node: parent };
    }
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer && parent.id.type === AST_NODE_TYPES.Identifier) {
      return { ...base, kind: 'alias', node: parent };
    }
    if (
      parent.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.right === outer &&
      (parent.left.type === AST_NODE_TYPES.Identifier ||
        (parent.left.type === AST_NODE_TYPES.MemberExpression && parent.left.object.type === AST_NODE_TYPES.ThisExpression))
    ) {
      return { ...base, kind: 'alias', node: parent };
    }
    if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === outer && !parent.computed) {
      return { ...base, kind: 'alias', node: parent };
    }
    if (parent.type === AST_NODE_TYPES.ForInStatement && parent.right === outer) return { ...base, kind: 'enumerate', node: parent };
    if (parent.type === AST_NODE_TYPES.SpreadElement) return { ...base, kind: 'enumerate', node: parent };
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === outer && isObjectMethod(parent.callee, ENUMERATING_OBJECT_METHODS)) {
      return { ...base, kind: 'enumerate', node: parent };
    }
    return { ...base, kind: 'opaque', node: parent };
  }

  /** Finds the storage objects and their aliases; `false` when the file has no scope analysis. */
  private discoverObjects(): boolean {
    const globalScope = this.sourceCode.scopeManager?.globalScope;
    if (!globalScope) return false;
    if (this.objects.size > 0) return true;
    for (const entry of WEB_STORAGE_GLOBALS) {
      for (const identifier of collectGlobalReads(globalScope, entry.global)) this.addObject(identifier, entry.area, 0);
    }
    const tracker = new ASTUtils.ReferenceTracker(globalScope) as unknown as PropertyTracker;
    for (const name of GLOBAL_OBJECT_NAMES) {
      for (const identifier of collectGlobalReads(globalScope, name)) {
        for (const { node, info } of tracker.iteratePropertyReferences(identifier, STORAGE_TRACE_MAP)) {
          const area = info as WebStorageArea;
          if (node.type === AST_NODE_TYPES.Property) {
            // `const { localStorage: store } = window`: follow the local binding.
            this.followPattern(node.value, area, 0);
          } else {
            this.addObject(node, area, 0);
          }
        }
      }
    }
    return true;
  }

  private scopeOf(node: TSESTree.Node): TSESLint.Scope.Scope {
    return this.sourceCode.getScope(node);
  }

  /** Records a storage object expression and follows the variables and fields it is stored in. */
  private addObject(node: TSESTree.Node, area: WebStorageArea, depth: number): void {
    const known = this.objects.get(node);
    if (known !== undefined) {
      // One alias may hold either area (`remember ? localStorage : sessionStorage`): local wins.
      if (known === 'session' && area === 'local') this.objects.set(node, area);
      return;
    }
    this.objects.set(node, area);
    if (depth >= MAX_ALIAS_DEPTH) return;
    const outer = climbPassThrough(node);
    const parent = outer.parent;
    if (!parent) return;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === outer) {
      this.followPattern(parent.id, area, depth + 1);
    } else if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === outer) {
      if (parent.left.type === AST_NODE_TYPES.Identifier) this.followPattern(parent.left, area, depth + 1);
      else if (parent.left.type === AST_NODE_TYPES.MemberExpression && parent.left.object.type === AST_NODE_TYPES.ThisExpression) {
        const name = getPropertyName(parent.left);
        if (name !== undefined) this.followThisMember(parent, name, area, depth + 1);
      }
    } else if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === outer && !parent.computed) {
      const name = getStaticKeyName(parent);
      if (name !== undefined) this.followThisMember(parent, name, area, depth + 1);
    }
  }

  private followPattern(pattern: TSESTree.Node, area: WebStorageArea, depth: number): void {
    const target = pattern.type === AST_NODE_TYPES.AssignmentPattern ? pattern.left : pattern;
    if (target.type !== AST_NODE_TYPES.Identifier) return;
    const variable = ASTUtils.findVariable(this.scopeOf(target), target);
    if (!variable) return;
    for (const reference of variable.references) {
      if (reference.isRead() && reference.identifier !== target) this.addObject(reference.identifier, area, depth);
    }
  }

  /** `this.storage = localStorage` / `private storage = window.localStorage`: every `this.storage` in the class. */
  private followThisMember(from: TSESTree.Node, name: string, area: WebStorageArea, depth: number): void {
    let body: TSESTree.Node | undefined = from.parent;
    while (body && body.type !== AST_NODE_TYPES.ClassBody) body = body.parent;
    if (!body) return;
    walkTree(body, undefined, (node) => {
      if (
        node.type === AST_NODE_TYPES.MemberExpression &&
        node.object.type === AST_NODE_TYPES.ThisExpression &&
        getPropertyName(node) === name &&
        !isAssignmentTarget(node)
      ) {
        this.addObject(node, area, depth);
      }
    });
  }

  private collectDirectWrites(object: TSESTree.Node, area: WebStorageArea): void {
    const outer = climbPassThrough(object);
    const parent = outer.parent;
    if (!parent) return;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === outer) {
      const name = getPropertyName(parent, this.scopeOf(parent));
      const member = climbPassThrough(parent);
      const use = member.parent;
      if (name === WEB_STORAGE_SETTER) {
        if (use?.type === AST_NODE_TYPES.CallExpression && use.callee === member && use.arguments.length >= 2) {
          const [key, value] = use.arguments;
          if (!key || !value || key.type === AST_NODE_TYPES.SpreadElement || value.type === AST_NODE_TYPES.SpreadElement) return;
          this.addWrite({ area, via: 'set-item', keyNode: key, ...this.describeKey(key), valueNode: value, writeNode: use });
        }
        return;
      }
      if (name !== undefined && WEB_STORAGE_MEMBERS.has(name)) return;
      if (
        use?.type === AST_NODE_TYPES.AssignmentExpression &&
        use.left === member &&
        (use.operator === '=' || use.operator === '??=' || use.operator === '||=')
      ) {
        const keyNode = parent.property;
        const described = parent.computed ? this.describeKey(keyNode) : { keyText: name, keyHint: undefined };
        this.addWrite({ area, via: 'property-assignment', keyNode, ...described, valueNode: use.right, writeNode: use });
      }
      return;
    }
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === outer && isObjectAssign(parent.callee)) {
      for (const source of parent.arguments.slice(1)) {
        const object = unwrapExpression(source);
        if (object.type !== AST_NODE_TYPES.ObjectExpression) continue;
        for (const property of object.properties) {
          if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
          const keyText = getStaticKeyName(property, property.computed ? this.scopeOf(property) : undefined);
          this.addWrite({
            area,
            via: 'object-assign',
            keyNode: property.key,
            keyText,
            keyHint: undefined,
            valueNode: property.value,
            writeNode: parent,
          });
        }
      }
    }
  }

  private addWrite(write: StorageWrite): void {
    const known = this.writes.get(write.valueNode);
    if (known && !(known.area === 'session' && write.area === 'local')) return;
    this.writes.set(write.valueNode, write);
  }

  /** What is known about a key expression: its static text, or descriptive words. */
  private describeKey(key: TSESTree.Node): { keyText: string | undefined; keyHint: string | undefined } {
    const keyText = getStaticString(key, this.scopeOf(key));
    if (keyText !== undefined) return { keyText, keyHint: undefined };
    return { keyText: undefined, keyHint: getKeyHint(key) };
  }

  /**
   * Replaces a write whose key or value is a parameter of the enclosing function by one write
   * per call of that function in the file. A write in a function that is never called here
   * (an exported helper) is kept as it is.
   */
  private expandWrappers(write: StorageWrite, depth: number): StorageWrite[] {
    if (depth >= MAX_WRAPPER_DEPTH) return [write];
    const keyParam = this.getForwardedParameter(write.keyNode);
    const valueParam = this.getForwardedParameter(write.valueNode);
    const fn = valueParam?.fn ?? keyParam?.fn;
    if (!fn || (keyParam && valueParam && keyParam.fn !== valueParam.fn)) return [write];
    const calls = this.collectCallsOf(fn);
    if (calls.length === 0) return [write];
    const out: StorageWrite[] = [];
    for (const call of calls) {
      let keyNode = write.keyNode;
      let keyText = write.keyText;
      let keyHint = write.keyHint;
      let valueNode = write.valueNode;
      if (keyParam?.fn === fn) {
        const argument = call.arguments[keyParam.index];
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
        keyNode = argument;
        ({ keyText, keyHint } = this.describeKey(argument));
      }
      if (valueParam?.fn === fn) {
        const argument = call.arguments[valueParam.index];
        if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
        valueNode = argument;
      }
      out.push(...this.expandWrappers({ ...write, keyNode, keyText, keyHint, valueNode, wrapperCall: call }, depth + 1));
    }
    return out;
  }

  /** The function and position of the parameter that `node` is, when it is a plain parameter. */
  private getForwardedParameter(node: TSESTree.Node): { fn: AnyFunction; index: number } | undefined {
    const inner = unwrapSerialisation(unwrapExpression(node));
    if (inner.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = ASTUtils.findVariable(this.scopeOf(inner), inner);
    const def = variable?.defs[0];
    if (def?.type !== 'Parameter' || variable!.references.some((ref) => ref.isWrite())) return undefined;
    const fn = def.node as AnyFunction;
    const index = fn.params.findIndex((param) => {
      const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
      return target === def.name;
    });
    return index === -1 ? undefined : { fn, index };
  }

  /** Direct calls of a function in this file: by its name, as `obj.key(...)` of a `const` object, or `this.method(...)`. */
  private collectCallsOf(fn: AnyFunction): TSESTree.CallExpression[] {
    const calls: TSESTree.CallExpression[] = [];
    const parent = fn.parent;
    const addCallsOfVariable = (id: TSESTree.Identifier, member: string | undefined): void => {
      const variable = ASTUtils.findVariable(this.scopeOf(id), id);
      if (!variable) return;
      for (const reference of variable.references) {
        if (!reference.isRead()) continue;
        let callee: TSESTree.Node = reference.identifier;
        if (member !== undefined) {
          const access = climbPassThrough(callee).parent;
          if (access?.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(access) !== member) continue;
          callee = access;
        }
        const outer = climbPassThrough(callee);
        if (outer.parent?.type === AST_NODE_TYPES.CallExpression && outer.parent.callee === outer) calls.push(outer.parent);
      }
    };
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
      addCallsOfVariable(fn.id, undefined);
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
      addCallsOfVariable(parent.id, undefined);
    } else if (parent?.type === AST_NODE_TYPES.Property && parent.value === fn && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
      const key = getStaticKeyName(parent);
      const holder = parent.parent.parent;
      if (key !== undefined && holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) {
        addCallsOfVariable(holder.id, key);
      }
    } else if (parent?.type === AST_NODE_TYPES.MethodDefinition && parent.value === fn && !parent.computed) {
      const key = getStaticKeyName(parent as unknown as TSESTree.PropertyDefinition);
      if (key !== undefined) {
        walkTree(parent.parent, undefined, (node) => {
          if (
            node.type === AST_NODE_TYPES.CallExpression &&
            node.callee.type === AST_NODE_TYPES.MemberExpression &&
            node.callee.object.type === AST_NODE_TYPES.ThisExpression &&
            getPropertyName(node.callee) === key
          ) {
            calls.push(node);
          }
        });
      }
    }
    return calls.slice(0, 32);
  }
}

/** Words describing a key whose text is not static: template parts, or the constant's name. */
function getKeyHint(key: TSESTree.Node): string | undefined {
  const node = unwrapExpression(key);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const text = node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ').trim();
    return text === '' ? undefined : text;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    const parts = [getKeyHint(node.left), getKeyHint(node.right)].filter((part) => part !== undefined);
    return parts.length > 0 ? parts.join(' ') : undefined;
  }
  if (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') return node.value;
  let name: string | undefined;
  if (node.type === AST_NODE_TYPES.Identifier) name = node.name;
  else if (node.type === AST_NODE_TYPES.MemberExpression) name = getPropertyName(node);
  if (name === undefined) return undefined;
  const words = splitWords(name);
  while (words.length > 1 && KEY_CONSTANT_SUFFIXES.has(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/**
 * The serialised operand of `JSON.stringify(x)`, `String(x)` or `` `${x}` ``: serialising a
 * value keeps what it is, so a wrapper that stores `JSON.stringify(value)` forwards `value`.
 */
function unwrapSerialisation(node: TSESTree.Node): TSESTree.Node {
  if (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length === 1 && node.quasis.every((quasi) => quasi.value.cooked === '')) {
    return unwrapExpression(node.expressions[0]!);
  }
  if (node.type !== AST_NODE_TYPES.CallExpression || node.arguments.length === 0) return node;
  const callee = unwrapExpression(node.callee);
  const isString = callee.type === AST_NODE_TYPES.Identifier && callee.name === 'String';
  const isStringify =
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'JSON' &&
    getPropertyName(callee) === 'stringify';
  return (isString || isStringify) && node.arguments[0] ? unwrapExpression(node.arguments[0]) : node;
}

/** `Object` methods that list every key of their argument. */
const ENUMERATING_OBJECT_METHODS: ReadonlySet<string> = new Set(['entries', 'getOwnPropertyNames', 'keys', 'values']);

/** `Object.<method>` for one of `methods`. */
function isObjectMethod(callee: TSESTree.Node, methods: ReadonlySet<string>): boolean {
  const node = unwrapExpression(callee);
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.object.type !== AST_NODE_TYPES.Identifier || node.object.name !== 'Object') return false;
  const name = getPropertyName(node);
  return name !== undefined && methods.has(name);
}

/** `Object.assign` (not a local `Object`). */
function isObjectAssign(callee: TSESTree.Node): boolean {
  const node = unwrapExpression(callee);
  return (
    node.type === AST_NODE_TYPES.MemberExpression &&
    node.object.type === AST_NODE_TYPES.Identifier &&
    node.object.name === 'Object' &&
    getPropertyName(node) === 'assign'
  );
}

/** Climbs wrappers that pass a value through unchanged: TS assertions, `!`, optional chains, `a || b`, `c ? a : b`. */
function climbPassThrough(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    if (!parent) return current;
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.LogicalExpression:
        current = parent;
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test === current) return current;
        current = parent;
        break;
      default:
        return current;
    }
  }
}

function isAssignmentTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node;
}



/** What a storage key says about the value stored under it. */
export interface StorageKeyClassification {
  /** The kind the key names; `not-a-token` for flags, metadata and non-OAuth tokens. */
  readonly kind: TokenKind;
  /** `true` when the key names a token specifically (`id_token`, an SDK cache key). */
  readonly specific: boolean;
  /** The {@link TOKEN_STORAGE_KEYS} entry that matched, if any. */
  readonly sourceId?: string;
}

/**
 * Reads a storage key (or the words describing it): SDK cache keys from
 * {@link TOKEN_STORAGE_KEYS} (`oidc.user:...`, `@@auth0spajs@@::...`, `sb-<ref>-auth-token`),
 * flags (`hasToken`), then the name reader (`access_token`, `msal.idtoken`, `tokenExpiresAt`,
 * `design-tokens`, `fcmToken`). Returns `undefined` when the key says nothing about tokens.
 */
export function classifyStorageKey(text: string): StorageKeyClassification | undefined {
  for (const entry of TOKEN_STORAGE_KEYS as readonly TokenStorageKeyEntry[]) {
    if (matchesKeyPattern(entry.pattern, text)) return { kind: entry.kind, specific: true, sourceId: entry.id };
  }
  const byName = classifyName(text);
  if (!byName) return undefined;
  const words = splitWords(text);
  const first = words[0];
  if (first !== undefined && FLAG_KEY_WORDS.has(first) && byName.kind !== 'not-a-token') return { kind: 'not-a-token', specific: true };
  if (byName.kind === 'unknown-token' && !byName.specific && hasUnknownTrailingWord(words)) {
    // `tokenVersion`, `token_refreshing`: something about a token, not clearly the token.
    return undefined;
  }
  return byName;
}

function matchesKeyPattern(pattern: StorageKeyPattern, text: string): boolean {
  switch (pattern.type) {
    case 'prefix':
      return text.startsWith(pattern.text);
    case 'exact':
      return text === pattern.text;
    case 'affix':
      return text.length > pattern.prefix.length + pattern.suffix.length && text.startsWith(pattern.prefix) && text.endsWith(pattern.suffix);
  }
}

/** `true` when a word after the last `token`/`jwt` is neither metadata nor a value marker (`tokenVersion`). */
function hasUnknownTrailingWord(words: readonly string[]): boolean {
  let index = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    if (/^(?:tokens?|jwts?)$/.test(words[i]!)) {
      index = i;
      break;
    }
  }
  return index !== -1 && words.slice(index + 1).some((word) => METADATA_SUFFIXES[word] === undefined);
}
