import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { AudienceDisablingValue, AudienceOption, VerifierEntry } from '../knowledge/verifiers.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { VERIFIERS } from '../knowledge/verifiers.js';
import { getPropertyName, getStaticKeyName, getStaticString, isFunctionNode, isNode, unwrapExpression, walkTree } from './ast.js';
import { getImportedModules } from './imports.js';

const { ReferenceTracker } = ASTUtils;

/** Whether a verifier call checks the token's audience. */
export type AudienceStatus = 'disabled' | 'missing' | 'present' | 'unknown';

/** The audience is checked: an option sets it, a same-file module configuration does, or the library requires it. */
export interface AudiencePresent {
  readonly status: 'present';
  /** Dotted option path (`audience`, `verify.allowedAud`). */
  readonly option: string;
  /** Why it counts as checked. */
  readonly via: 'library-default' | 'module-options' | 'option';
}

/** No audience is configured and the library does not check `aud` without one. */
export interface AudienceMissing {
  readonly status: 'missing';
  /** Dotted option path that should be set. */
  readonly option: string;
  /**
   * The object literal that should receive {@link missingPath}: the options object as written
   * (inline, a same-file `const`, or the object at the end of a nested path). `undefined` when
   * the call has no options at all: add an argument at {@link VerifierCall.optionsArgumentIndex}.
   */
  readonly target: TSESTree.ObjectExpression | undefined;
  /** Keys still to create inside `target` (`['audience']`, or `['verify', 'allowedAud']`). */
  readonly missingPath: readonly string[];
}

/** The audience key is present with a value that turns the check off (`audience: ''`, `clientId: null`). */
export interface AudienceDisabled {
  readonly status: 'disabled';
  /** Dotted option path. */
  readonly option: string;
  /** The property that disables the check. */
  readonly property: TSESTree.Property;
  /** Which disabling value it holds. */
  readonly value: AudienceDisablingValue;
}

/** The analysis cannot tell (options from a parameter, an import, an unresolvable spread...). */
export interface AudienceUnknown {
  readonly status: 'unknown';
  /** Dotted option path. */
  readonly option: string;
  /** Why it cannot tell. */
  readonly reason: 'manual-check' | 'not-verifying' | 'self-issued' | 'unresolved-options';
}

/** The audience status of one verifier call, with what a fix needs. */
export type AudienceCheck = AudienceDisabled | AudienceMissing | AudiencePresent | AudienceUnknown;

/** One call that verifies JWTs with a known library. */
export interface VerifierCall {
  /** The knowledge entry of the verifier. */
  readonly entry: VerifierEntry;
  /** API name for messages (`jwtVerify`, `JwtService.verifyAsync`). */
  readonly api: string;
  /** The call: the verifier call, `new`, `super(...)` in a subclass, or `app.register(plugin, ...)`. */
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  /** Index of the options argument in `node.arguments`. */
  readonly optionsArgumentIndex: number;
  /**
   * The argument at the options position when it holds options. `undefined` when there is no
   * such argument or it is something else (a callback, an algorithm name): insert options there.
   */
  readonly optionsArgument: TSESTree.Node | undefined;
  /** The audience status. */
  readonly audience: AudienceCheck;
}

/**
 * A verifier added through rule options, in typescript-eslint's specifier shape
 * (`{ from: 'package', package, name }`).
 */
export interface VerifierSpecifier {
  readonly from: 'package';
  /** Module specifier. */
  readonly package: string;
  /** Export path, dotted (`verifyToken`, `Auth.verify`). */
  readonly name: string;
  /** Argument index of the options object. */
  readonly optionsArgument: number;
  /** Dotted key path of the audience inside the options (`audience`, `verify.allowedAud`). */
  readonly audienceOption: string;
  /** `true` when the export is a class constructed with `new`. */
  readonly construct?: boolean;
}

/** Builds knowledge entries for verifiers given in rule options. */
export function getAdditionalVerifierEntries(specifiers: readonly VerifierSpecifier[]): VerifierEntry[] {
  return specifiers.map((specifier) => {
    const path = specifier.name.split('.').filter((segment) => segment !== '');
    return {
      id: `option:${specifier.package}:${specifier.name}`,
      kind: 'verifier',
      api: specifier.name,
      exports: [
        { module: specifier.package, path },
        { module: specifier.package, path: ['default', ...path] },
      ],
      invocation: specifier.construct === true ? 'construct' : 'call',
      optionsArgument: specifier.optionsArgument,
      audienceOptions: [
        {
          path: specifier.audienceOption.split('.').filter((segment) => segment !== ''),
          disablingValues: ['empty-string', 'false', 'null', 'undefined'],
        },
      ],
      whenAbsent: 'unchecked',
      certainty: 'api',
      reference: 'rule option additionalVerifiers',
    } satisfies VerifierEntry;
  });
}

/** Module specifiers whose mention in a file's text makes it worth analysing. */
export function getVerifierModules(entries: readonly VerifierEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => entry.exports.map((exported) => exported.module)))];
}

const CACHE = new WeakMap<TSESTree.Program, Map<string, readonly VerifierCall[]>>();

/**
 * Every JWT verifier call in the file, found through imports and `require` (named, default,
 * namespace and aliased bindings, destructuring, `import x = require()`, `await import()`),
 * with the options resolved through same-file `const`s, shorthand properties, member access
 * on same-file objects and spreads of resolvable objects, and the resulting audience status.
 *
 * Built-in entries come from {@link VERIFIERS}; `additional` adds user-configured ones. The
 * result is cached per `Program`, so several rules and the codemod runner share it.
 */
export function collectVerifierCalls(
  sourceCode: Readonly<TSESLint.SourceCode>,
  additional: readonly VerifierEntry[] = [],
): readonly VerifierCall[] {
  const key = additional.map((entry) => entry.id).join('\n');
  let perProgram = CACHE.get(sourceCode.ast);
  if (!perProgram) {
    perProgram = new Map();
    CACHE.set(sourceCode.ast, perProgram);
  }
  let calls = perProgram.get(key);
  if (!calls) {
    calls = new VerifierCollector(sourceCode, [...VERIFIERS, ...additional]).collect();
    perProgram.set(key, calls);
  }
  return calls;
}

/** A trace-map level: export names to deeper levels, plus READ/CALL/CONSTRUCT/ESM symbols. */
interface TraceNode {
  [key: string]: TraceNode;
}
type TraceMap = Record<string, TraceNode>;
type Tracker = InstanceType<typeof ReferenceTracker>;
type FoundReference = ReturnType<Tracker['iterateEsmReferences']> extends IterableIterator<infer R> ? R : never;

/** `iteratePropertyReferences` exists at runtime but is not in typescript-eslint's declaration. */
interface PropertyTracker {
  iteratePropertyReferences(node: TSESTree.Node, traceMap: TraceNode): IterableIterator<FoundReference>;
}
type Scope = TSESLint.Scope.Scope;
type Variable = TSESLint.Scope.Variable;

/** Result of resolving an expression to an object literal. */
type Resolved =
  | { readonly kind: 'absent' }
  | { readonly kind: 'array'; readonly node: TSESTree.ArrayExpression }
  | { readonly kind: 'object'; readonly node: TSESTree.ObjectExpression }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'value'; readonly node: TSESTree.Node };

/** Result of looking a key up in an object literal (spreads included). */
type Lookup =
  | { readonly kind: 'absent' }
  | { readonly kind: 'found'; readonly property: TSESTree.Property }
  | { readonly kind: 'unknown' };

const MAX_DEPTH = 8;

/** Tokens that show the code reads the `aud` claim itself (`payload.aud`, `{ aud }`, `claims['aud']`); comments are not tokens. */
function isAudToken(token: TSESTree.Token): boolean {
  return (token.type === 'Identifier' && token.value === 'aud') || (token.type === 'String' && /^['"`]aud['"`]$/.test(token.value));
}

/** Names that conventionally hold a Node-style callback. */
const CALLBACK_NAMES = /^(?:cb|callback|done|next|handler|on[A-Z]\w*)$/;




/** Finds the verifier calls of one file. */
class VerifierCollector {
  private readonly globalScope: Scope;
  private readonly modules: ReadonlySet<string>;
  /** Local names of imported classes, for type annotations (`jwtService: JwtService`). */
  private readonly classNames = new Map<string, VerifierEntry>();
  /** Variables and `this.x` names holding `new Class()` of a `method` entry. */
  private readonly instanceVariables = new Map<Variable, VerifierEntry>();
  private readonly instanceMembers = new Map<string, VerifierEntry>();
  private readonly found = new Map<TSESTree.Node, VerifierCall>();
  /** Keys written later to an options object built step by step (`opts.secretOrKey = ...`). */
  private readonly assignedKeys = new WeakMap<TSESTree.ObjectExpression, ReadonlySet<string>>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly entries: readonly VerifierEntry[],
  ) {
    this.globalScope = sourceCode.getScope(sourceCode.ast);
    this.modules = getImportedModules(sourceCode.ast, sourceCode.text);
  }

  collect(): readonly VerifierCall[] {
    const relevant = this.entries.filter((entry) => entry.exports.some((exported) => this.modules.has(exported.module)));
    if (relevant.length === 0) return [];
    const traceMap = buildTraceMap(relevant);
    const tracker = new ReferenceTracker(this.globalScope);
    const found: FoundReference[] = [
      ...tracker.iterateEsmReferences(traceMap),
      ...this.iterateRequireReferences(tracker, traceMap),
    ];
    this.collectIndirectImports(tracker, traceMap, found);

    for (const reference of found) this.addReference(reference);

    const methodEntries = relevant.filter((entry) => entry.invocation === 'method');
    if (methodEntries.length > 0) this.collectMethodCalls(methodEntries);

    const calls = [...this.found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
    return this.applyModuleOptions(calls);
  }

  /**
   * `require('m')` references. The tracker's own CommonJS walk needs `require` declared as a
   * global (Node globals in the config); an unresolved `require` is the same function.
   */
  private *iterateRequireReferences(tracker: Tracker, traceMap: TraceMap): IterableIterator<FoundReference> {
    const declared = this.globalScope.set.get('require');
    const identifiers = declared
      ? declared.defs.length === 0 ? declared.references.map((reference) => reference.identifier) : []
      : this.globalScope.through.filter((reference) => reference.identifier.name === 'require').map((reference) => reference.identifier);
    for (const identifier of identifiers) {
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier || !call.arguments[0]) continue;
      const specifier = getStaticString(call.arguments[0]);
      const moduleMap = specifier === undefined ? undefined : traceMap[specifier];
      if (!moduleMap) continue;
      const read = (moduleMap as unknown as Record<symbol, unknown>)[ReferenceTracker.READ];
      if (read !== undefined) yield { node: call, path: [specifier!], type: ReferenceTracker.READ, info: read };
      yield* (tracker as unknown as PropertyTracker).iteratePropertyReferences(call, moduleMap);
    }
  }

  /** `import x = require('m')` and `await import('m')`, which the tracker does not start from. */
  private collectIndirectImports(
    tracker: Tracker,
    traceMap: TraceMap,
    found: FoundReference[],
  ): void {
    if (!/\bimport\s*\(|\bimport\s+\w+\s*=\s*require/.test(this.sourceCode.text)) return;
    walkTree(this.sourceCode.ast, this.sourceCode.visitorKeys, (node) => {
      if (node.type === AST_NODE_TYPES.TSImportEqualsDeclaration) {
        const reference = node.moduleReference;
        if (reference.type !== AST_NODE_TYPES.TSExternalModuleReference || reference.expression.type !== AST_NODE_TYPES.Literal) return;
        const moduleMap = traceMap[String(reference.expression.value)];
        if (!moduleMap) return;
        const variable = this.sourceCode.getDeclaredVariables(node)[0];
        for (const ref of variable?.references ?? []) {
          for (const result of (tracker as unknown as PropertyTracker).iteratePropertyReferences(ref.identifier, moduleMap)) found.push(result);
        }
        return;
      }
      if (node.type === AST_NODE_TYPES.ImportExpression && node.source.type === AST_NODE_TYPES.Literal) {
        const moduleMap = traceMap[String(node.source.value)];
        if (!moduleMap || node.parent.type !== AST_NODE_TYPES.AwaitExpression) return;
        for (const result of (tracker as unknown as PropertyTracker).iteratePropertyReferences(node.parent, moduleMap)) found.push(result);
      }
    });
  }

  private addReference(reference: FoundReference): void {
    const entry = reference.info as VerifierEntry;
    const { node } = reference;
    if (reference.type === ReferenceTracker.CALL && node.type === AST_NODE_TYPES.CallExpression) {
      if (entry.invocation === 'call') this.addCall(entry, node, entry.api);
      return;
    }
    if (reference.type === ReferenceTracker.CONSTRUCT && node.type === AST_NODE_TYPES.NewExpression) {
      if (entry.invocation === 'construct') this.addCall(entry, node, entry.api);
      else if (entry.invocation === 'method') this.addInstance(node, entry);
      return;
    }
    if (reference.type !== ReferenceTracker.READ) return;
    for (const use of this.getUses(node, entry)) {
      if (entry.invocation === 'construct') this.addSubclass(use, entry);
      else if (entry.invocation === 'plugin') this.addPluginRegistration(use, entry);
    }
  }

  /**
   * The expressions that refer to the export read at `node`: every reference of an imported or
   * destructured binding, or the member/`require()` expression itself.
   */
  private getUses(node: TSESTree.Node, entry: VerifierEntry): TSESTree.Node[] {
    let binding: TSESTree.Node | undefined;
    if (
      node.type === AST_NODE_TYPES.ImportSpecifier ||
      node.type === AST_NODE_TYPES.ImportDefaultSpecifier ||
      node.type === AST_NODE_TYPES.ImportNamespaceSpecifier
    ) {
      const variable = ASTUtils.findVariable(this.globalScope, node.local);
      this.rememberClassName(node.local.name, entry);
      return variable ? variable.references.map((reference) => reference.identifier) : [];
    }
    if (node.type === AST_NODE_TYPES.Property) binding = node.value;
    else if (node.type === AST_NODE_TYPES.CallExpression && node.parent.type === AST_NODE_TYPES.VariableDeclarator && node.parent.init === node) {
      binding = node.parent.id;
    }
    if (binding?.type === AST_NODE_TYPES.AssignmentPattern) binding = binding.left;
    if (binding?.type === AST_NODE_TYPES.Identifier) {
      this.rememberClassName(binding.name, entry);
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(binding), binding);
      return variable ? variable.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier) : [];
    }
    return [node];
  }

  private rememberClassName(name: string, entry: VerifierEntry): void {
    if (entry.invocation === 'method') this.classNames.set(name, entry);
  }

  private addCall(entry: VerifierEntry, node: TSESTree.CallExpression | TSESTree.NewExpression, api: string): void {
    if (this.found.has(node)) return;
    this.found.set(node, this.describe(entry, node, api, entry.optionsArgument));
  }

  /** `class X extends Strategy` or NestJS `class X extends PassportStrategy(Strategy)`: the `super(options)` call. */
  private addSubclass(use: TSESTree.Node, entry: VerifierEntry): void {
    let base: TSESTree.Node = use;
    while (base.parent && base.parent.type !== AST_NODE_TYPES.ClassDeclaration && base.parent.type !== AST_NODE_TYPES.ClassExpression) {
      const parent: TSESTree.Node = base.parent;
      if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === base) base = parent;
      else if (parent.type === AST_NODE_TYPES.TSAsExpression || parent.type === AST_NODE_TYPES.TSNonNullExpression) base = parent;
      else return;
    }
    const classNode = base.parent;
    if (!classNode || (classNode.type !== AST_NODE_TYPES.ClassDeclaration && classNode.type !== AST_NODE_TYPES.ClassExpression)) return;
    if (classNode.superClass !== base) return;
    const constructor = classNode.body.body.find(
      (member): member is TSESTree.MethodDefinition => member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor',
    );
    const body = constructor?.value.body;
    if (!body) return;
    for (const statement of body.body) {
      if (statement.type !== AST_NODE_TYPES.ExpressionStatement) continue;
      const call = statement.expression;
      if (call.type === AST_NODE_TYPES.CallExpression && call.callee.type === AST_NODE_TYPES.Super) {
        this.addCall(entry, call, entry.api);
        return;
      }
    }
  }

  /** `app.register(plugin, options)` (Fastify). */
  private addPluginRegistration(use: TSESTree.Node, entry: VerifierEntry): void {
    let node = use;
    while (node.parent?.type === AST_NODE_TYPES.TSAsExpression) node = node.parent;
    const call = node.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== node) return;
    if (call.callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(call.callee) !== 'register') return;
    this.addCall(entry, call, entry.api);
  }

  /** Remembers where `new Class()` of a `method` entry is stored. */
  private addInstance(node: TSESTree.NewExpression, entry: VerifierEntry): void {
    const parent = node.parent;
    if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.Identifier) {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(parent.id), parent.id);
      if (variable) this.instanceVariables.set(variable, entry);
    } else if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.left.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(parent.left);
      if (name !== undefined) this.instanceMembers.set(name, entry);
    } else if (parent.type === AST_NODE_TYPES.PropertyDefinition && parent.value === node) {
      const name = getStaticKeyName(parent);
      if (name !== undefined) this.instanceMembers.set(name, entry);
    }
  }

  /** Method calls on instances of imported classes (`this.jwtService.verify`, `client.verifyIdToken`). */
  private collectMethodCalls(entries: readonly VerifierEntry[]): void {
    const byMethod = new Map<string, VerifierEntry[]>();
    for (const entry of entries) {
      for (const method of entry.methods ?? []) byMethod.set(method, [...(byMethod.get(method) ?? []), entry]);
    }
    walkTree(this.sourceCode.ast, this.sourceCode.visitorKeys, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || node.callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const method = getPropertyName(node.callee);
      if (method === undefined) return;
      for (const entry of byMethod.get(method) ?? []) {
        if (this.isInstanceCall(node, node.callee.object, entry)) {
          const prefix = entry.api.includes('.') ? entry.api.slice(0, entry.api.lastIndexOf('.') + 1) : '';
          this.addCall(entry, node, prefix === '' ? entry.api : `${prefix}${method}`);
          return;
        }
      }
    });
  }

  private isInstanceCall(call: TSESTree.CallExpression, rawReceiver: TSESTree.Node, entry: VerifierEntry): boolean {
    const receiver = unwrapExpression(rawReceiver);
    let name: string | undefined;
    let declaredType: string | undefined;
    if (receiver.type === AST_NODE_TYPES.Identifier) {
      name = receiver.name;
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(receiver), receiver);
      if (variable && this.instanceVariables.get(variable) === entry) return true;
      const definition = variable?.defs[0]?.name;
      declaredType = definition ? getTypeName(definition) : undefined;
    } else if (receiver.type === AST_NODE_TYPES.MemberExpression && receiver.object.type === AST_NODE_TYPES.ThisExpression) {
      name = getPropertyName(receiver);
      if (name !== undefined && this.instanceMembers.get(name) === entry) return true;
      declaredType = name === undefined ? undefined : getClassMemberTypeName(receiver, name);
    }
    if (declaredType !== undefined && this.classNames.get(declaredType) === entry) return true;
    if (name !== undefined && entry.receiverNames?.includes(name)) return true;
    if (entry.identifyingOption !== undefined) {
      const argument = call.arguments[entry.optionsArgument];
      if (!argument) return false;
      const resolved = this.resolve(argument, 0);
      if (resolved.kind !== 'object') return false;
      return this.lookup(resolved.node, entry.identifyingOption, 0).kind === 'found';
    }
    return false;
  }

  /** Same-file module options (`JwtModule.register({ verifyOptions: { audience } })`) count for inheriting entries. */
  private applyModuleOptions(calls: VerifierCall[]): VerifierCall[] {
    const configured = new Set(calls.filter((call) => call.audience.status === 'present').map((call) => call.entry.id));
    return calls.map((call) =>
      call.audience.status === 'missing' && call.entry.inheritsFrom !== undefined && configured.has(call.entry.inheritsFrom)
        ? { ...call, audience: { status: 'present', option: call.audience.option, via: 'module-options' } }
        : call,
    );
  }

  /** Resolves the options of a call and decides its audience status. */
  private describe(
    entry: VerifierEntry,
    node: TSESTree.CallExpression | TSESTree.NewExpression,
    api: string,
    index: number,
  ): VerifierCall {
    const firstOption = entry.audienceOptions[0]!;
    const option = firstOption.path.join('.');
    const argument = node.arguments[index];
    const base = { entry, api, node, optionsArgumentIndex: index };
    if (!argument || this.isNotOptions(entry, argument, node)) {
      return { ...base, optionsArgument: undefined, audience: this.absent(entry, undefined, firstOption, node) };
    }
    if (argument.type === AST_NODE_TYPES.SpreadElement) {
      return { ...base, optionsArgument: argument, audience: { status: 'unknown', option, reason: 'unresolved-options' } };
    }
    let resolved = this.resolve(argument, 0);
    if (resolved.kind === 'object' && entry.factoryOption !== undefined) resolved = this.resolveFactory(resolved.node, entry.factoryOption);
    if (resolved.kind === 'absent') {
      return { ...base, optionsArgument: argument, audience: this.absent(entry, undefined, firstOption, node) };
    }
    if (resolved.kind === 'object') {
      return { ...base, optionsArgument: argument, audience: this.checkObject(entry, resolved.node, node) };
    }
    if (resolved.kind === 'array' && entry.acceptsOptionsArray === true) {
      return { ...base, optionsArgument: argument, audience: this.checkArray(entry, resolved.node, node) };
    }
    return { ...base, optionsArgument: argument, audience: { status: 'unknown', option, reason: 'unresolved-options' } };
  }

  /** A callback or an algorithm name at the options position means there are no options. */
  private isNotOptions(entry: VerifierEntry, argument: TSESTree.CallExpressionArgument, node: TSESTree.Node): boolean {
    if (argument.type === AST_NODE_TYPES.SpreadElement) return false;
    const inner = unwrapExpression(argument);
    if (entry.callbackMayReplaceOptions === true) {
      if (isFunctionNode(inner)) return true;
      if (inner.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(this.sourceCode.getScope(inner), inner);
        const definition = variable?.defs[0];
        if (definition?.type === 'FunctionName') return true;
        if (definition?.type === 'Variable' && definition.node.init && isFunctionNode(unwrapExpression(definition.node.init))) return true;
        if (CALLBACK_NAMES.test(inner.name) && (node as TSESTree.CallExpression).arguments.length === entry.optionsArgument + 1) return true;
      }
    }
    if (entry.algorithmMayReplaceOptions === true) {
      const resolved = this.resolve(inner, 0);
      if (resolved.kind === 'value' && isStringNode(resolved.node)) return true;
    }
    return false;
  }

  /** Status when the options are absent. */
  private absent(entry: VerifierEntry, target: TSESTree.ObjectExpression | undefined, option: AudienceOption, node: TSESTree.Node): AudienceCheck {
    const name = option.path.join('.');
    if (entry.verificationOption !== undefined) return { status: 'unknown', option: name, reason: 'not-verifying' };
    if (entry.whenAbsent === 'fails-closed') return { status: 'present', option: name, via: 'library-default' };
    if (this.hasManualAudienceCheck(node)) return { status: 'unknown', option: name, reason: 'manual-check' };
    if (this.isSelfIssued(entry)) return { status: 'unknown', option: name, reason: 'self-issued' };
    return { status: 'missing', option: name, target, missingPath: option.path };
  }

  private checkArray(entry: VerifierEntry, array: TSESTree.ArrayExpression, node: TSESTree.Node): AudienceCheck {
    const option = entry.audienceOptions[0]!.path.join('.');
    const results: AudienceCheck[] = [];
    for (const element of array.elements) {
      if (!element || element.type === AST_NODE_TYPES.SpreadElement) return { status: 'unknown', option, reason: 'unresolved-options' };
      const resolved = this.resolve(element, 0);
      if (resolved.kind !== 'object') return { status: 'unknown', option, reason: 'unresolved-options' };
      results.push(this.checkObject(entry, resolved.node, node));
    }
    return pickWorst(results) ?? { status: 'unknown', option, reason: 'unresolved-options' };
  }

  /** Checks every audience option of `entry` in an options object; any present one wins. */
  private checkObject(entry: VerifierEntry, object: TSESTree.ObjectExpression, node: TSESTree.Node): AudienceCheck {
    if (entry.verificationOption !== undefined && this.lookup(object, entry.verificationOption, 0).kind !== 'found') {
      return { status: 'unknown', option: entry.audienceOptions[0]!.path.join('.'), reason: 'not-verifying' };
    }
    const results = entry.audienceOptions.map((option) => this.checkPath(entry, object, option, node));
    return (
      results.find((result) => result.status === 'present') ??
      results.find((result) => result.status === 'disabled') ??
      results.find((result) => result.status === 'unknown') ??
      results[0]!
    );
  }

  private checkPath(entry: VerifierEntry, object: TSESTree.ObjectExpression, option: AudienceOption, node: TSESTree.Node): AudienceCheck {
    const name = option.path.join('.');
    let current = object;
    for (let index = 0; index < option.path.length; index += 1) {
      const key = option.path[index]!;
      const found = this.lookup(current, key, 0);
      if (found.kind === 'unknown') return { status: 'unknown', option: name, reason: 'unresolved-options' };
      if (found.kind === 'absent') {
        if (entry.whenAbsent === 'fails-closed') return { status: 'present', option: name, via: 'library-default' };
        if (this.hasManualAudienceCheck(node)) return { status: 'unknown', option: name, reason: 'manual-check' };
        if (this.isSelfIssued(entry)) return { status: 'unknown', option: name, reason: 'self-issued' };
        return { status: 'missing', option: name, target: current, missingPath: option.path.slice(index) };
      }
      const { property } = found;
      if (index === option.path.length - 1) {
        const disabling = this.getDisablingValue(property);
        if (disabling !== undefined && option.disablingValues.includes(disabling)) {
          return { status: 'disabled', option: name, property, value: disabling };
        }
        return { status: 'present', option: name, via: 'option' };
      }
      const next = this.resolve(property.value, 0);
      if (next.kind === 'absent') {
        if (entry.whenAbsent === 'fails-closed') return { status: 'present', option: name, via: 'library-default' };
        return { status: 'unknown', option: name, reason: 'unresolved-options' };
      }
      if (next.kind !== 'object') return { status: 'unknown', option: name, reason: 'unresolved-options' };
      current = next.node;
    }
    return { status: 'unknown', option: name, reason: 'unresolved-options' };
  }

  /** Which disabling literal a property's value is, if any. */
  private getDisablingValue(property: TSESTree.Property): AudienceDisablingValue | undefined {
    if (property.kind !== 'init' || property.method) return undefined;
    const value = unwrapExpression(property.value);
    if (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') {
      const variable = ASTUtils.findVariable(this.sourceCode.getScope(value), value);
      if (!variable || variable.defs.length === 0) return 'undefined';
      return undefined;
    }
    const result = ASTUtils.getStaticValue(value, this.sourceCode.getScope(value));
    if (!result) return undefined;
    if (result.value === null) return 'null';
    if (result.value === undefined) return 'undefined';
    if (result.value === '') return 'empty-string';
    if (result.value === false) return 'false';
    return undefined;
  }

  /** The file also issues the tokens with one of the entry's self-issued markers (`new EncryptJWT`). */
  private isSelfIssued(entry: VerifierEntry): boolean {
    return (entry.selfIssuedMarkers ?? []).some((marker) => new RegExp(`\\b${marker}\\b`).test(this.sourceCode.text));
  }

  /**
   * Reads of the `aud` claim near the call: the enclosing function, or for a subclass the
   * class body (NestJS `validate(payload)`), or the call itself at top level.
   */
  private hasManualAudienceCheck(node: TSESTree.Node): boolean {
    let scopeNode: TSESTree.Node = node;
    if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.Super) {
      let current: TSESTree.Node | undefined = node.parent;
      while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
      if (current) scopeNode = current;
    } else {
      let current: TSESTree.Node | undefined = node.parent;
      while (current && !isFunctionNode(current)) current = current.parent;
      if (current) scopeNode = current;
    }
    return this.sourceCode.getTokens(scopeNode).some(isAudToken);
  }

  /** `{ useFactory: () => ({ ... }) }`: the object the factory returns. */
  private resolveFactory(object: TSESTree.ObjectExpression, key: string): Resolved {
    const found = this.lookup(object, key, 0);
    if (found.kind !== 'found') return { kind: 'object', node: object };
    const factory = unwrapExpression(found.property.value);
    if (!isFunctionNode(factory)) return { kind: 'unknown' };
    if (factory.body.type !== AST_NODE_TYPES.BlockStatement) return this.resolve(factory.body, 0);
    const returns = factory.body.body.filter((statement): statement is TSESTree.ReturnStatement => statement.type === AST_NODE_TYPES.ReturnStatement);
    if (returns.length !== 1 || !returns[0]!.argument) return { kind: 'unknown' };
    return this.resolve(returns[0]!.argument, 0);
  }

  /** Resolves an expression to an object literal through same-file constants. */
  private resolve(raw: TSESTree.Node, depth: number): Resolved {
    if (depth > MAX_DEPTH) return { kind: 'unknown' };
    const node = unwrapExpression(raw);
    switch (node.type) {
      case AST_NODE_TYPES.ObjectExpression:
        return { kind: 'object', node };
      case AST_NODE_TYPES.ArrayExpression:
        return { kind: 'array', node };
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
        return { kind: 'value', node };
      case AST_NODE_TYPES.Identifier:
        return this.resolveIdentifier(node, depth);
      case AST_NODE_TYPES.MemberExpression: {
        const key = getPropertyName(node, this.sourceCode.getScope(node));
        if (key === undefined) return { kind: 'unknown' };
        const owner = this.resolve(node.object, depth + 1);
        if (owner.kind !== 'object') return { kind: 'unknown' };
        const found = this.lookup(owner.node, key, depth + 1);
        if (found.kind === 'absent') return { kind: 'absent' };
        if (found.kind === 'unknown') return { kind: 'unknown' };
        return this.resolve(found.property.value, depth + 1);
      }
      default:
        return { kind: 'unknown' };
    }
  }

  private resolveIdentifier(node: TSESTree.Identifier, depth: number): Resolved {
    const variable = ASTUtils.findVariable(this.sourceCode.getScope(node), node);
    if (!variable || variable.defs.length === 0) return node.name === 'undefined' ? { kind: 'absent' } : { kind: 'unknown' };
    if (variable.defs.length !== 1) return { kind: 'unknown' };
    const definition = variable.defs[0]!;
    if (definition.type !== 'Variable') return { kind: 'unknown' };
    const declarator = definition.node;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return { kind: 'unknown' };
    const writes = variable.references.filter((reference) => reference.isWrite());
    if (writes.length > 1) return { kind: 'unknown' };
    if (isMutated(variable)) {
      const init = unwrapExpression(declarator.init);
      const keys = init.type === AST_NODE_TYPES.ObjectExpression ? getStepwiseKeys(variable) : undefined;
      if (!keys) return { kind: 'unknown' };
      this.assignedKeys.set(init as TSESTree.ObjectExpression, keys);
      return { kind: 'object', node: init as TSESTree.ObjectExpression };
    }
    return this.resolve(declarator.init, depth + 1);
  }

  /** Looks up `key` in an object literal: later properties win, spreads of resolvable objects are followed. */
  private lookup(object: TSESTree.ObjectExpression, key: string, depth: number): Lookup {
    if (depth > MAX_DEPTH) return { kind: 'unknown' };
    let unresolvedAfter = false;
    for (let index = object.properties.length - 1; index >= 0; index -= 1) {
      const member = object.properties[index]!;
      if (member.type === AST_NODE_TYPES.SpreadElement) {
        const spread = this.resolve(member.argument, depth + 1);
        if (spread.kind === 'absent') continue;
        if (spread.kind !== 'object') {
          unresolvedAfter = true;
          continue;
        }
        const inner = this.lookup(spread.node, key, depth + 1);
        if (inner.kind === 'unknown') unresolvedAfter = true;
        else if (inner.kind === 'found') return unresolvedAfter ? this.foundBehindUnknown(inner) : inner;
        continue;
      }
      const name = getStaticKeyName(member, member.computed ? this.sourceCode.getScope(member) : undefined);
      if (name === undefined) {
        unresolvedAfter = true;
        continue;
      }
      if (name === key) {
        const found: Lookup = { kind: 'found', property: member };
        return unresolvedAfter ? this.foundBehindUnknown(found) : found;
      }
    }
    // A key assigned after the declaration is set, but its value is not followed.
    return unresolvedAfter || this.assignedKeys.get(object)?.has(key) === true ? { kind: 'unknown' } : { kind: 'absent' };
  }

  /** A key followed by an unresolvable spread: keep it only when its value does not disable the check. */
  private foundBehindUnknown(found: Lookup & { kind: 'found' }): Lookup {
    return this.getDisablingValue(found.property) === undefined ? found : { kind: 'unknown' };
  }
}

/** `x: T` on a declared identifier: the type's name. */
/** Declared type name of an identifier (`jwtService: JwtService`), when it is a plain type reference. */
export function getTypeName(identifier: TSESTree.Node): string | undefined {
  if (identifier.type !== AST_NODE_TYPES.Identifier) return undefined;
  const annotation = identifier.typeAnnotation?.typeAnnotation;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  return annotation.typeName.type === AST_NODE_TYPES.Identifier ? annotation.typeName.name : undefined;
}

/** Declared type of `this.name` from a class field or a constructor parameter property. */
export function getClassMemberTypeName(member: TSESTree.MemberExpression, name: string): string | undefined {
  let current: TSESTree.Node | undefined = member.parent;
  while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
  if (!current) return undefined;
  for (const element of current.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && getStaticKeyName(element) === name) {
      const annotation = element.typeAnnotation?.typeAnnotation;
      if (annotation?.type === AST_NODE_TYPES.TSTypeReference && annotation.typeName.type === AST_NODE_TYPES.Identifier) {
        return annotation.typeName.name;
      }
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      for (const parameter of element.value.params) {
        const inner = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
        if (inner.type === AST_NODE_TYPES.Identifier && inner.name === name) return getTypeName(inner);
      }
    }
  }
  return undefined;
}

/** `true` when properties of the variable's object are written after its declaration. */
function isMutated(variable: Variable): boolean {
  return variable.references.some((reference) => {
    const identifier = reference.identifier;
    const parent = identifier.parent;
    if (!parent) return false;
    if (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
      const grand = parent.parent;
      return (
        (grand?.type === AST_NODE_TYPES.AssignmentExpression && grand.left === parent) ||
        (grand?.type === AST_NODE_TYPES.UnaryExpression && grand.operator === 'delete')
      );
    }
    // Object.assign(options, { audience })
    return (
      parent.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === identifier &&
      parent.callee.type === AST_NODE_TYPES.MemberExpression &&
      getPropertyName(parent.callee) === 'assign'
    );
  });
}

/**
 * The keys of an options object filled statement by statement and then handed over once
 * (`const opts = {}; opts.secretOrKey = key; new Strategy(opts, verify)`), or `undefined` when
 * the object is written in any other way or used by more than one call, which could add keys.
 */
function getStepwiseKeys(variable: Variable): ReadonlySet<string> | undefined {
  const keys = new Set<string>();
  let uses = 0;
  for (const reference of variable.references) {
    if (reference.init === true) continue;
    const identifier = reference.identifier as TSESTree.Node;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
      const grand = parent.parent;
      if (grand?.type !== AST_NODE_TYPES.AssignmentExpression || grand.left !== parent || grand.operator !== '=') return undefined;
      if (grand.parent?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
      const key = parent.computed ? undefined : getPropertyName(parent);
      if (key === undefined) return undefined;
      keys.add(key);
      continue;
    }
    const isArgument =
      (parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) &&
      parent.arguments.includes(identifier as TSESTree.Expression);
    if (!isArgument) return undefined;
    uses += 1;
  }
  return uses === 1 && keys.size > 0 ? keys : undefined;
}

function isStringNode(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.Literal && typeof node.value === 'string') || node.type === AST_NODE_TYPES.TemplateLiteral;
}

/** The most serious status of several option objects: disabled, then missing, then unknown. */
function pickWorst(results: readonly AudienceCheck[]): AudienceCheck | undefined {
  return (
    results.find((result) => result.status === 'disabled') ??
    results.find((result) => result.status === 'missing') ??
    results.find((result) => result.status === 'unknown') ??
    results[0]
  );
}

/** Trace map for `ReferenceTracker` from the entries' export paths. */
function buildTraceMap(entries: readonly VerifierEntry[]): TraceMap {
  const map: Record<string, TraceNode> = {};
  for (const entry of entries) {
    for (const exported of entry.exports) {
      let node = (map[exported.module] ??= { [ReferenceTracker.ESM]: true } as unknown as TraceNode);
      for (const segment of exported.path) node = node[segment] ??= {};
      const target = node as unknown as Record<symbol, VerifierEntry>;
      if (entry.invocation === 'call') target[ReferenceTracker.CALL] = entry;
      else if (entry.invocation === 'construct') {
        target[ReferenceTracker.CONSTRUCT] = entry;
        target[ReferenceTracker.READ] = entry;
      } else if (entry.invocation === 'plugin') target[ReferenceTracker.READ] = entry;
      else {
        target[ReferenceTracker.CONSTRUCT] = entry;
        target[ReferenceTracker.READ] = entry;
      }
    }
  }
  return map;
}

/** Callee names of calls that verify a token: `jwtVerify`, `jwt.verify`, `verifyAsync`, `verifyIdToken`, `verifier.verify`, `validateToken`. */
const VERIFICATION_CALLEE = /verif|validat/i;

/**
 * The token a call verifies, when the call verifies one: a call whose callee is named like a
 * verification (`jwtVerify(token, JWKS)`, `jwt.verify(token, secret)`, aws-jwt-verify
 * `verifier.verify(token)`, `this.jwtService.verifyAsync(token)`, firebase
 * `auth.verifyIdToken(token)`, an in-house `verifyToken(token)`), with the token as its first
 * argument or as `idToken`/`token` of an options object (google-auth-library
 * `verifyIdToken({ idToken })`). Name-based on purpose: it serves to suppress findings after a
 * verification, where any verifier, built-in or not, counts.
 */
export function getVerifiedTokenArgument(node: TSESTree.CallExpression): TSESTree.Node | undefined {
  const callee = unwrapExpression(node.callee);
  const name =
    callee.type === AST_NODE_TYPES.Identifier ? callee.name : callee.type === AST_NODE_TYPES.MemberExpression ? getPropertyName(callee) : undefined;
  if (name === undefined || !VERIFICATION_CALLEE.test(name)) return undefined;
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const inner = unwrapExpression(first);
  if (inner.type !== AST_NODE_TYPES.ObjectExpression) return first;
  for (const property of inner.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = getStaticKeyName(property);
    if (key === 'idToken' || key === 'token' || key === 'jwt') return property.value;
  }
  return undefined;
}
