import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { LoggerEntry, LoggerRole } from '../knowledge/loggers.js';
import type { TrackedApi } from './references.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  CHILD_LOGGER_METHODS,
  CONSOLE_METHODS,
  CONVENTIONAL_LOGGER_WORDS,
  LOGGERS,
  LOGGER_METHODS,
  REDACTION_WORDS,
  SERIALIZING_FUNCTIONS,
} from '../knowledge/loggers.js';
import { getPropertyName, getStaticString, unwrapExpression } from './ast.js';
import { classifyName, splitWords } from './names.js';
import { collectTrackedCalls } from './references.js';
import { getCalleeName, getKeyName, getTrailingName } from './token-flow.js';

/** A call that writes its arguments to a log. */
export interface LogCall {
  /** The call expression. */
  readonly node: TSESTree.CallExpression;
  /** How the logger is named in messages: `console.log`, `logger.info`, `this.logger.warn`. */
  readonly label: string;
  /** The arguments whose values end up in the log line. */
  readonly values: readonly TSESTree.Node[];
}

/** Options of {@link createLogCallMatcher}. */
export interface LogCallMatcherOptions {
  /** Extra receiver names (last identifier or property name) to treat as loggers. */
  readonly loggerNames?: readonly string[];
}

/** Objects through which globals are reached: `window.console`, `globalThis.console`. */
const GLOBAL_OBJECT_NAMES = new Set(['global', 'globalThis', 'self', 'window']);

/** Longest callee text used as a logger label before it is shortened. */
const MAX_LABEL_LENGTH = 40;

const MAX_DEPTH = 8;

/** What the trace maps found in one file. */
interface TrackedLoggers {
  /** Calls of a logger's methods directly on an imported module (`winston.info(x)`). */
  readonly directCalls: ReadonlySet<TSESTree.CallExpression>;
  /** Expressions that evaluate to a logger (`pino()`, `new Logger(...)`, `log4js.getLogger()`). */
  readonly instances: ReadonlySet<TSESTree.Node>;
  /** Expressions that evaluate to a log function (`debug('app')`). */
  readonly functions: ReadonlySet<TSESTree.Node>;
}

const TRACKED = new WeakMap<TSESTree.Program, TrackedLoggers>();

/**
 * Returns a function that tells whether a call writes to a log, and which of its arguments do:
 * - `console` methods, through `window.`/`globalThis.`/`self.`; a local `console` is not the global;
 * - imported loggers, found with `ReferenceTracker` from ESM imports and `require` (`winston.info`,
 *   loglevel `log.warn`, consola, NestJS `Logger.log`), and instances made by their factories,
 *   through variables, class fields and `child()`/`withTag()` (`const logger = pino()`,
 *   `winston.createLogger()`, `bunyan.createLogger()`, `log4js.getLogger()`, `new Logger(X.name)`);
 * - `debug` instances, which are called directly (`const dbg = debug('app'); dbg('%o', value)`);
 * - receivers named like loggers (`logger`, `log`, `this.logger`, `req.log`, `fastify.log`,
 *   `auditLogger`) calling a level method (`info`, `warn`, `error`, `debug`, `trace`, `fatal`, `log`,
 *   `verbose`, `silly`): these names are conventional enough to stand on their own.
 *
 * `child(bindings)` of a logger is a log call too: pino, bunyan and winston write the bindings
 * with every line.
 */
export function createLogCallMatcher(
  sourceCode: Readonly<TSESLint.SourceCode>,
  options: LogCallMatcherOptions = {},
): (node: TSESTree.CallExpression) => LogCall | undefined {
  const extraNames = new Set(options.loggerNames ?? []);
  let tracked: TrackedLoggers | undefined;
  const getTracked = (): TrackedLoggers => (tracked ??= getTrackedLoggers(sourceCode));

  /** `true` when an expression is a logger by origin (a tracked instance) or by name. */
  const isLoggerReceiver = (raw: TSESTree.Node, depth: number): boolean =>
    isConsole(raw, sourceCode) || isLoggerInstance(raw, depth) || isConventionalLoggerName(raw, extraNames);

  const isLoggerInstance = (raw: TSESTree.Node, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    const node = unwrapExpression(raw);
    if (getTracked().instances.has(node)) return true;
    switch (node.type) {
      case AST_NODE_TYPES.CallExpression: {
        const callee = unwrapExpression(node.callee);
        if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
        const method = getPropertyName(callee);
        return method !== undefined && CHILD_LOGGER_METHODS.has(method) && isLoggerReceiver(callee.object, depth + 1);
      }
      case AST_NODE_TYPES.Identifier: {
        const init = getConstInitializer(node, sourceCode);
        return init !== undefined && isLoggerInstance(init, depth + 1);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const field = getClassFieldValue(node);
        return field !== undefined && isLoggerInstance(field, depth + 1);
      }
      default:
        return false;
    }
  };

  const isLogFunction = (raw: TSESTree.Node, depth: number): boolean => {
    if (depth > MAX_DEPTH) return false;
    const node = unwrapExpression(raw);
    if (getTracked().functions.has(node)) return true;
    if (node.type === AST_NODE_TYPES.Identifier) {
      const init = getConstInitializer(node, sourceCode);
      return init !== undefined && isLogFunction(init, depth + 1);
    }
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const field = getClassFieldValue(node);
      return field !== undefined && isLogFunction(field, depth + 1);
    }
    return false;
  };

  return (node) => {
    const callee = unwrapExpression(node.callee);
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const method = getPropertyName(callee);
      if (method === undefined) return undefined;
      const isLevel = LOGGER_METHODS.has(method);
      const isChild = CHILD_LOGGER_METHODS.has(method);
      if (!isLevel && !isChild && !CONSOLE_METHODS.has(method)) return undefined;
      const receiver = unwrapExpression(callee.object);
      if (isConsole(receiver, sourceCode)) {
        if (!CONSOLE_METHODS.has(method)) return undefined;
        const values = method === 'assert' ? node.arguments.slice(1) : node.arguments;
        return { node, label: `console.${method}`, values };
      }
      if (!isLevel && !isChild) return undefined;
      if (getTracked().directCalls.has(node) || isLoggerReceiver(receiver, 0)) {
        return { node, label: getLabel(callee, method, sourceCode), values: node.arguments };
      }
      return undefined;
    }
    if (isLogFunction(callee, 0)) {
      return { node, label: getLabel(callee, undefined, sourceCode), values: node.arguments };
    }
    return undefined;
  };
}

/** `console`, `window.console`, `globalThis.console`: the global, not a local binding of that name. */
function isConsole(raw: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'console' && isGlobalReference(node, sourceCode);
  if (node.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(node) !== 'console') return false;
  const object = unwrapExpression(node.object);
  return object.type === AST_NODE_TYPES.Identifier && GLOBAL_OBJECT_NAMES.has(object.name) && isGlobalReference(object, sourceCode);
}

/** `true` when an identifier resolves to no declaration in the file (a global). */
function isGlobalReference(node: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  return !variable || (variable.defs.length === 0 && !variable.references.some((reference) => reference.isWrite()));
}

/** Receivers named like loggers: the last word of the trailing name is `log` or `logger`. */
function isConventionalLoggerName(raw: TSESTree.Node, extraNames: ReadonlySet<string>): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.CallExpression) return false;
  const name = getTrailingName(node);
  if (name === undefined) return false;
  if (extraNames.has(name)) return true;
  const last = splitWords(name).at(-1);
  return last !== undefined && CONVENTIONAL_LOGGER_WORDS.has(last);
}

/** The initialiser of a variable that is never reassigned (`const` or a `let` written once). */
function getConstInitializer(node: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.Expression | undefined {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const def = variable?.defs[0];
  if (!variable || def?.type !== 'Variable') return undefined;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.id !== def.name || !declarator.init) return undefined;
  if (variable.references.some((reference) => reference.isWrite() && reference.writeExpr !== declarator.init)) return undefined;
  return declarator.init;
}

/** The initial value of `this.name` when it is a field of the enclosing class (`private readonly logger = new Logger(...)`). */
function getClassFieldValue(node: TSESTree.MemberExpression): TSESTree.Expression | undefined {
  if (unwrapExpression(node.object).type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const key = getPropertyName(node);
  if (key === undefined) return undefined;
  let current: TSESTree.Node | undefined = node.parent;
  while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
  if (!current) return undefined;
  for (const member of current.body) {
    if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.computed && getKeyName(member.key) === key && member.value) {
      return member.value;
    }
  }
  return undefined;
}

/** `console.log`, `logger.info`, `this.logger.warn`; long receivers are shortened to their last name. */
function getLabel(callee: TSESTree.Node, method: string | undefined, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const text = sourceCode.getText(callee).replace(/\s+/g, '');
  if (text.length <= MAX_LABEL_LENGTH) return text;
  const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? getTrailingName(callee.object) : getTrailingName(callee);
  return method === undefined ? (receiver ?? 'log') : `${receiver ?? 'logger'}.${method}`;
}

/** Trace-map input for {@link LOGGERS}, built once per process. */
const LOGGER_APIS: readonly TrackedApi<LoggerRole>[] = (() => {
  const apis: TrackedApi<LoggerRole>[] = [];
  for (const entry of LOGGERS as readonly LoggerEntry[]) {
    if (entry.role === 'constructor') continue;
    if (entry.role === 'logger') {
      // The module object has the level methods: track `module.info(...)` and `module.child(...)`.
      for (const method of [...LOGGER_METHODS, ...CHILD_LOGGER_METHODS]) {
        apis.push({ exports: entry.exports.map(({ module, path }) => ({ module, path: [...path, method] })), info: 'logger' });
      }
      continue;
    }
    apis.push({ exports: entry.exports, ...(entry.globals ? { globals: entry.globals } : {}), info: entry.role });
  }
  return apis;
})();

/** Runs the trace maps of {@link LOGGERS} once per file. */
function getTrackedLoggers(sourceCode: Readonly<TSESLint.SourceCode>): TrackedLoggers {
  const cached = TRACKED.get(sourceCode.ast);
  if (cached) return cached;
  const apis = LOGGER_APIS;
  const directCalls = new Set<TSESTree.CallExpression>();
  const instances = new Set<TSESTree.Node>();
  const functions = new Set<TSESTree.Node>();
  for (const { node, info } of collectTrackedCalls(sourceCode, apis)) {
    if (info === 'factory') instances.add(node);
    else if (info === 'function-factory') functions.add(node);
    else if (CHILD_LOGGER_METHODS.has(getCalleeName(node.callee) ?? '')) instances.add(node);
    else directCalls.add(node);
  }
  for (const node of collectConstructedLoggers(sourceCode)) instances.add(node);
  const result = { directCalls, instances, functions };
  TRACKED.set(sourceCode.ast, result);
  return result;
}

/** `new Logger(...)` of a `constructor` entry, imported with ESM (NestJS is written in TypeScript modules). */
function collectConstructedLoggers(sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.NewExpression[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const traceMap: Record<string, Record<string | symbol, unknown>> = {};
  for (const entry of LOGGERS as readonly LoggerEntry[]) {
    if (entry.role !== 'constructor') continue;
    for (const { module, path } of entry.exports) {
      traceMap[module] ??= { [ASTUtils.ReferenceTracker.ESM]: true };
      let current = traceMap[module]!;
      for (const key of path) current = (current[key] ??= {}) as Record<string | symbol, unknown>;
      current[ASTUtils.ReferenceTracker.CONSTRUCT] = true;
    }
  }
  const tracker = new ASTUtils.ReferenceTracker(globalScope as TSESLint.Scope.Scope);
  const out: TSESTree.NewExpression[] = [];
  for (const reference of tracker.iterateEsmReferences(traceMap as never)) {
    if (reference.node.type === AST_NODE_TYPES.NewExpression) out.push(reference.node);
  }
  return out;
}

/** A part of a logged argument whose value reaches the log line. */
export interface LoggedValue {
  /** The expression to classify and report. */
  readonly node: TSESTree.Node;
  /** `true` when the value follows a `Bearer ` prefix in a template or concatenation. */
  readonly afterBearer: boolean;
  /** `true` when the text just before the value names it a token (`'Access token:', t`, `` `JWT=${t}` ``). */
  readonly afterTokenLabel: boolean;
}

/**
 * The parts of a logged argument whose values reach the log: template and `+` operands,
 * object property values (shorthand too) and spreads, array elements, both branches of
 * `??`/`||`/ternaries, the right side of `&&`, and the arguments of serialisers
 * (`JSON.stringify`, `util.inspect`, `util.format`, `String`, `Object.fromEntries`).
 * Unary, comparison and arithmetic results (`!!token`, `token !== undefined`) are booleans or
 * numbers and give nothing.
 */
export function collectLoggedValues(argument: TSESTree.Node, afterTokenLabel = false): LoggedValue[] {
  const out: LoggedValue[] = [];
  const visit = (raw: TSESTree.Node, afterBearer: boolean, depth: number, labelled = false): void => {
    if (depth > MAX_DEPTH || out.length >= 32) return;
    const node = unwrapExpression(raw);
    switch (node.type) {
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.UpdateExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ClassExpression:
      case AST_NODE_TYPES.NewExpression:
        return;
      case AST_NODE_TYPES.TemplateLiteral:
        node.expressions.forEach((expression, index) => {
          const before = node.quasis[index]?.value.cooked ?? '';
          visit(expression, BEARER_SUFFIX.test(before), depth + 1, isTokenLabel(before));
        });
        return;
      case AST_NODE_TYPES.BinaryExpression:
        if (node.operator !== '+') return;
        visit(node.left, false, depth + 1);
        visit(node.right, endsWithBearer(node.left), depth + 1, endsWithTokenLabel(node.left));
        return;
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator !== '&&') visit(node.left, afterBearer, depth + 1, labelled);
        visit(node.right, afterBearer, depth + 1, labelled);
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        visit(node.consequent, afterBearer, depth + 1, labelled);
        visit(node.alternate, afterBearer, depth + 1, labelled);
        return;
      case AST_NODE_TYPES.ObjectExpression:
        for (const property of node.properties) {
          if (property.type === AST_NODE_TYPES.SpreadElement) visit(property.argument, false, depth + 1);
          else visit(property.value, false, depth + 1);
        }
        return;
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of node.elements) {
          if (element) visit(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, false, depth + 1);
        }
        return;
      case AST_NODE_TYPES.SpreadElement:
        visit(node.argument, false, depth + 1);
        return;
      case AST_NODE_TYPES.CallExpression: {
        const name = getCalleeName(node.callee);
        if (name !== undefined && SERIALIZING_FUNCTIONS.has(name) && node.arguments.length > 0) {
          for (const inner of node.arguments) visit(inner, false, depth + 1);
          return;
        }
        out.push({ node: raw, afterBearer, afterTokenLabel: labelled });
        return;
      }
      default:
        out.push({ node: raw, afterBearer, afterTokenLabel: labelled });
    }
  };
  visit(argument, false, 0, afterTokenLabel);
  return out;
}

const BEARER_SUFFIX = /\bbearer\s*$/i;

/** The last words of a log label that ends with `token` or `jwt`: `'Access token:'`, `'JWT ='`, `` `token ${...}` ``. */
const TOKEN_LABEL_SUFFIX = /(?:[a-z0-9]+[\s_-]+){0,2}(?:token|jwt)\s*[:=]?\s*$/i;

/** `true` when a log label ends by naming a credential, not a push, CSRF, reset or page token. */
function isTokenLabel(text: string): boolean {
  const words = TOKEN_LABEL_SUFFIX.exec(text)?.[0].match(/[a-z0-9]+/gi);
  if (!words) return false;
  return classifyName(words.join('_'))?.kind !== 'not-a-token';
}

/** `true` when a log argument is a string whose text ends by naming a token (`console.log('Token:', value)`). */
export function endsWithTokenLabel(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' && isTokenLabel(node.value);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return isTokenLabel(node.quasis.at(-1)?.value.cooked ?? '');
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') return endsWithTokenLabel(node.right);
  return false;
}

function endsWithBearer(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Literal) return typeof node.value === 'string' && BEARER_SUFFIX.test(node.value);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return BEARER_SUFFIX.test(node.quasis.at(-1)?.value.cooked ?? '');
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') return endsWithBearer(node.right);
  return false;
}

/** Partial-string methods: with a start and an end (or a negative start) they keep a prefix or suffix. */
const PARTIAL_STRING_METHODS = new Set(['slice', 'substring', 'substr']);

/** Methods whose result is a number, a boolean or a word, never the string they are called on. */
const SCALAR_METHODS = new Set([
  'includes', 'startsWith', 'endsWith', 'has', 'some', 'every', 'test', 'indexOf', 'lastIndexOf', 'localeCompare', 'charCodeAt',
  'isExpired', 'isValid', 'getTime', 'toISOString', 'toLocaleString', 'toUTCString', 'keys',
]);

/** Functions whose result is a number or a boolean. */
const SCALAR_FUNCTIONS = new Set(['Boolean', 'Number', 'parseInt', 'parseFloat', 'isNaN', 'isFinite']);

/**
 * `true` when a logged value cannot carry a whole credential: a masked or hashed value
 * (`mask(token)`, `redactToken(t)`, `createHash('sha256').update(t).digest('hex')`), a prefix or
 * suffix (`token.slice(0, 8)`, `token.slice(-4)`), a replacement with mask characters
 * (`token.replace(/./g, '*')`), a number or boolean (`Boolean(token)`, `token.includes('.')`),
 * or a variable initialised with one of these.
 */
export function isRedactedOrScalar(raw: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrapExpression(raw);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return true;
    case AST_NODE_TYPES.UnaryExpression:
    case AST_NODE_TYPES.UpdateExpression:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return node.operator !== '+' || (isRedactedOrScalar(node.left, sourceCode, depth + 1) && isRedactedOrScalar(node.right, sourceCode, depth + 1));
    case AST_NODE_TYPES.TemplateLiteral:
      return node.expressions.every((expression) => isRedactedOrScalar(expression, sourceCode, depth + 1));
    case AST_NODE_TYPES.ConditionalExpression:
      return isRedactedOrScalar(node.consequent, sourceCode, depth + 1) && isRedactedOrScalar(node.alternate, sourceCode, depth + 1);
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      const name = getCalleeName(callee);
      if (name === undefined) return false;
      if (SCALAR_FUNCTIONS.has(name) && callee.type === AST_NODE_TYPES.Identifier) return true;
      if (splitWords(name).some((word) => REDACTION_WORDS.has(word))) return true;
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      if (SCALAR_METHODS.has(name)) return true;
      if (PARTIAL_STRING_METHODS.has(name)) return isPartialSlice(node);
      if (name === 'replace' || name === 'replaceAll') {
        const replacement = node.arguments[1] ? getStaticString(node.arguments[1]) : undefined;
        return replacement !== undefined && /^[*•x#.…\-[\]a-z]*$/i.test(replacement) && /[*•#…]|redacted/i.test(replacement);
      }
      // `crypto.createHash('sha256').update(token).digest('hex')`: any step of the chain hashes.
      return isRedactedOrScalar(callee.object, sourceCode, depth + 1) && callee.object.type === AST_NODE_TYPES.CallExpression;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const key = getPropertyName(node);
      return key === 'length' || key === 'size';
    }
    case AST_NODE_TYPES.Identifier: {
      const init = getConstInitializer(node, sourceCode);
      return init !== undefined && isRedactedOrScalar(init, sourceCode, depth + 1);
    }
    default:
      return false;
  }
}

/** `s.slice(0, 8)`, `s.substring(0, 6)`, `s.slice(-4)`: a prefix or suffix. `s.slice(7)` strips a `Bearer ` prefix and keeps the rest. */
function isPartialSlice(node: TSESTree.CallExpression): boolean {
  if (node.arguments.length >= 2) return true;
  const first = node.arguments[0] ? unwrapExpression(node.arguments[0]) : undefined;
  return first?.type === AST_NODE_TYPES.UnaryExpression && first.operator === '-';
}

/** Header names that carry credentials (RFC 9110 §11.6.2, §11.7.2). */
const AUTHORIZATION_NAME = /^(?:proxy-)?authorization$/i;

/** Names under which code holds an incoming request or an outgoing request configuration. */
const REQUEST_NAMES = new Set([
  'req', 'request', 'ctx', 'context', 'event', 'evt', 'incomingRequest', 'httpRequest', 'nextRequest', 'config', 'axiosConfig',
  'requestConfig', 'originalRequest',
]);

/** Members that hold every header of a request. */
const HEADER_BAG_MEMBERS = new Set(['headers', 'header', 'rawHeaders', 'multiValueHeaders']);

/** String methods that keep the credential of a header value (`split(' ')[1]`, `replace('Bearer ', '')`, `slice(7)`). */
const CARRYING_METHODS = new Set(['split', 'replace', 'replaceAll', 'trim', 'trimStart', 'slice', 'substring', 'substr', 'toString', 'at', 'pop']);

/** Variable names that say they hold an `Authorization` header value. */
const AUTHORIZATION_VARIABLE_WORDS = ['auth header', 'authorization header', 'bearer header', 'auth header value', 'authorization header value'];

/**
 * `true` when a value is an `Authorization` header value or a whole header bag that contains it:
 * `req.headers.authorization`, `req.get('Authorization')`, `request.headers.get('authorization')`,
 * `config.headers.Authorization`, Lambda `event.authorizationToken`, the credential cut out of it
 * (`split(' ')[1]`, `replace('Bearer ', '')`), a `const { authorization } = req.headers`, a variable
 * named `authHeader`, and whole header objects of requests (`req.headers`, `ctx.request.headers`,
 * axios `config.headers`, `const { headers } = req`, a header object literal with `Authorization`).
 */
export function isAuthorizationHeaderValue(raw: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const node = unwrapExpression(raw);
  const next = (child: TSESTree.Node): boolean => isAuthorizationHeaderValue(child, sourceCode, depth + 1);
  switch (node.type) {
    case AST_NODE_TYPES.MemberExpression: {
      const key = getPropertyName(node, sourceCode.getScope(node));
      if (key === undefined) {
        return node.computed && isIndexOfSplit(node) && !isFirstIndex(node) && next(node.object);
      }
      if (AUTHORIZATION_NAME.test(key) || key === 'authorizationToken') return true;
      if (HEADER_BAG_MEMBERS.has(key)) return isRequestLike(node.object);
      // `header.split(' ')[0]` is the scheme (`Bearer`), not the credential.
      if (/^\d+$/.test(key)) return !(key === '0' && isSplitCall(node.object)) && next(node.object);
      return false;
    }
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrapExpression(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = getPropertyName(callee);
      if (method === undefined) return false;
      if (/^(?:get|header|getHeader|get_header)$/.test(method) && node.arguments[0]) {
        const name = getStaticString(node.arguments[0], sourceCode.getScope(node));
        return name !== undefined && AUTHORIZATION_NAME.test(name);
      }
      // google-auth-library `client.getRequestHeaders()` returns `{ Authorization: 'Bearer …' }`.
      if (method === 'getRequestHeaders') return true;
      if (method === 'entries' || method === 'values' || method === 'toJSON') return next(callee.object);
      if (CARRYING_METHODS.has(method)) {
        if (PARTIAL_STRING_METHODS.has(method) && isPartialSlice(node)) return false;
        return next(callee.object);
      }
      return false;
    }
    case AST_NODE_TYPES.Identifier:
      return isAuthorizationVariable(node, sourceCode, next);
    case AST_NODE_TYPES.ObjectExpression:
      return node.properties.some(
        (property) =>
          property.type === AST_NODE_TYPES.Property &&
          AUTHORIZATION_NAME.test(getKeyName(property.key) ?? '') &&
          !property.computed &&
          unwrapExpression(property.value).type !== AST_NODE_TYPES.Literal,
      );
    case AST_NODE_TYPES.NewExpression:
      return getCalleeName(node.callee) === 'Headers' && node.arguments[0] !== undefined && next(node.arguments[0]);
    case AST_NODE_TYPES.LogicalExpression:
      return next(node.left) || next(node.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return next(node.consequent) || next(node.alternate);
    default:
      return false;
  }
}

/** `parts[0]`: the scheme of a split header. */
function isFirstIndex(node: TSESTree.MemberExpression): boolean {
  return node.property.type === AST_NODE_TYPES.Literal && node.property.value === 0;
}

/** `parts[1]` of `header.split(' ')`. */
function isIndexOfSplit(node: TSESTree.MemberExpression): boolean {
  const object = unwrapExpression(node.object);
  return object.type === AST_NODE_TYPES.CallExpression && getCalleeName(object.callee) === 'split';
}

function isAuthorizationVariable(
  node: TSESTree.Identifier,
  sourceCode: Readonly<TSESLint.SourceCode>,
  next: (child: TSESTree.Node) => boolean,
): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
  const def = variable?.defs[0];
  const words = splitWords(node.name).join(' ');
  if (!variable || !def) return false;
  if (def.type === 'Parameter') return AUTHORIZATION_VARIABLE_WORDS.includes(words) || hasAuthorizationHeaderDecorator(def.name);
  if (def.type !== 'Variable') return false;
  const declarator = def.node as TSESTree.VariableDeclarator;
  if (declarator.init) {
    const init = unwrapExpression(declarator.init);
    if (init.type === AST_NODE_TYPES.Literal) return false;
    if (declarator.id === def.name) {
      if (next(init)) return true;
    } else {
      // `const { authorization } = req.headers`, `const { headers } = req`, `const [, token] = auth.split(' ')`.
      const key = getDestructuredKey(declarator.id, def.name as TSESTree.Identifier);
      if (key !== undefined && AUTHORIZATION_NAME.test(key)) return true;
      if (key !== undefined && HEADER_BAG_MEMBERS.has(key) && isRequestLike(init)) return true;
      if (declarator.id.type === AST_NODE_TYPES.ArrayPattern && !isSchemeElement(declarator.id, def.name, init) && next(init)) return true;
    }
  }
  for (const reference of variable.references.slice(0, 16)) {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === reference.identifier && next(parent.right)) return true;
  }
  return AUTHORIZATION_VARIABLE_WORDS.includes(words) && declarator.init?.type !== AST_NODE_TYPES.Literal;
}

/** `const [scheme] = header.split(' ')`: the first element of a split header is the scheme, not the credential. */
function isSchemeElement(pattern: TSESTree.ArrayPattern, name: TSESTree.Node, init: TSESTree.Node): boolean {
  return pattern.elements[0] === name && isSplitCall(init);
}

function isSplitCall(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  return node.type === AST_NODE_TYPES.CallExpression && getCalleeName(node.callee) === 'split';
}

/** NestJS `@Headers('authorization') authorization: string`: the parameter receives the header value. */
function hasAuthorizationHeaderDecorator(name: TSESTree.Node): boolean {
  const decorators = name.type === AST_NODE_TYPES.Identifier ? name.decorators : undefined;
  return (decorators ?? []).some((decorator) => {
    const expression = decorator.expression;
    if (expression.type !== AST_NODE_TYPES.CallExpression || getCalleeName(expression.callee) !== 'Headers') return false;
    const header = expression.arguments[0] ? getStaticString(expression.arguments[0]) : undefined;
    return header !== undefined && AUTHORIZATION_NAME.test(header);
  });
}

/** The key under which `name` is destructured at the top level of an object pattern. */
function getDestructuredKey(pattern: TSESTree.Node, name: TSESTree.Identifier): string | undefined {
  if (pattern.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    if (value === name) return getKeyName(property.key);
  }
  return undefined;
}

/** `req`, `request`, `ctx.request`, `c.req`, axios `config`: a request by its conventional name. */
function isRequestLike(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  const name = getTrailingName(node);
  if (name === undefined) return false;
  if (node.type === AST_NODE_TYPES.CallExpression) return false;
  return REQUEST_NAMES.has(name) || (node.type === AST_NODE_TYPES.MemberExpression && name === 'req');
}

