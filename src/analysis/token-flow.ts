import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { IdTokenDesignId, TokenKind } from '../knowledge/types.js';
import type { TokenSourceEntry } from '../knowledge/token-sources.js';
import type { ResolvedSettings } from './settings.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import { RAW_VALUE_MEMBERS, RAW_VALUE_METHODS } from '../knowledge/token-names.js';
import { TOKEN_SOURCES } from '../knowledge/token-sources.js';
import { DECODER_FUNCTION_NAMES } from '../knowledge/decoders.js';
import { classifyName, isCredentialKind } from './names.js';
import { getImportedModules } from './imports.js';
import { getPropertyName, getStaticString, isFunctionNode, unwrapExpression, walkTree } from './ast.js';
import { getTypeTokenInfo } from './types.js';

/** What the analysis knows about a value. */
export interface TokenInfo {
  /** The kind of value. */
  readonly kind: TokenKind;
  /** `api` when an SDK fact or a spec-defined field name decided it, `heuristic` for naming conventions. */
  readonly certainty: 'api' | 'heuristic';
  /** `true` when the evidence says which token it is (not just "a token"). */
  readonly specific: boolean;
  /** For `claims`: whose claims. For token sets: unused. */
  readonly of?: TokenKind;
  /** A documented design that legitimately sends this ID token (Firebase, Google Cloud, GIS). */
  readonly design?: IdTokenDesignId;
  /** Knowledge entry that decided the kind, if any. */
  readonly sourceId?: string;
  /** Receiver type for SDK objects with generic member names (`keycloak`). */
  readonly objectType?: string;
  /** A literal such as `''`, `null` or `undefined`: neutral in `??`/`||`/ternaries. */
  readonly neutral?: boolean;
}

const NOT_A_TOKEN: TokenInfo = { kind: 'not-a-token', certainty: 'api', specific: true };
const NEUTRAL: TokenInfo = { kind: 'not-a-token', certainty: 'api', specific: false, neutral: true };

/** Spec-defined token-response member names (RFC 6749 §5.1, OIDC Core §3.1.3.3). */
const SPEC_FIELD_KINDS: Readonly<Record<string, TokenKind>> = {
  id_token: 'id',
  access_token: 'access',
  refresh_token: 'refresh',
};

/** Methods that hand the promised value to their first callback parameter. */
const PROMISE_CALLBACK_METHODS = new Set(['then', 'subscribe', 'pipe']);

const MAX_DEPTH = 12;

/** `objectType` of an HTTP response whose body is a token (see `response` token sources). */
const HTTP_RESPONSE = 'http-response';

/** Methods that read a fetch/got/ky response body. */
const RESPONSE_BODY_METHODS = new Set(['text', 'json']);

const JWT_LITERAL = /^eyJ[\w-]+\.[\w-]+\.[\w-]*$/;

type AnyFunction =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

/**
 * Token provenance for one file. Decides what a value is from where it came from first
 * (SDK calls, spec fields, storage keys, same-file helpers) and only then from its name.
 * Results are memoised per node; create it once per file through {@link getTokenFlow}.
 */
export class TokenFlow {
  private readonly cache = new Map<TSESTree.Node, TokenInfo | null>();
  private readonly inProgress = new Set<TSESTree.Node>();
  private importedModules: ReadonlySet<string> | undefined;
  private readonly thisAssignments = new Map<TSESTree.ClassBody, ReadonlyMap<string, readonly TSESTree.Node[]>>();

  constructor(
    private readonly sourceCode: Readonly<TSESLint.SourceCode>,
    private readonly settings: ResolvedSettings,
  ) {}

  /** Modules imported or required by the file. */
  get modules(): ReadonlySet<string> {
    this.importedModules ??= getImportedModules(this.sourceCode.ast, this.sourceCode.text);
    return this.importedModules;
  }

  /** Classifies an expression. `undefined` means nothing is known. */
  classify(node: TSESTree.Node): TokenInfo | undefined {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached ?? undefined;
    if (this.inProgress.has(node) || this.inProgress.size > MAX_DEPTH * 4) return undefined;
    this.inProgress.add(node);
    let result: TokenInfo | undefined;
    try {
      result = this.compute(node);
      // Opt-in type layer (`useTypeInformation`): only where names and data flow found nothing specific.
      if (this.settings.useTypeInformation && (result === undefined || result.kind === 'unknown-token')) {
        result = getTypeTokenInfo(this.sourceCode, node) ?? result;
      }
    } finally {
      this.inProgress.delete(node);
    }
    this.cache.set(node, result ?? null);
    return result;
  }

  /**
   * Classifies the credential inside a header value. `tokenNode` is the expression that carries
   * it, found by {@link getCredentialExpression} (`Bearer ` prefixes and empty fallbacks removed).
   */
  classifyCredential(node: TSESTree.Node): { info: TokenInfo | undefined; tokenNode: TSESTree.Node } {
    const target = getCredentialExpression(node);
    return { info: this.classify(target), tokenNode: target };
  }

  /**
   * The arguments that calls in this file pass to the parameter `node` reads. For
   * `function authFetch(url, token) { ...token... }` and `authFetch('/me', user.id_token)`
   * this gives `[user.id_token]`, so a rule can report the token where it enters the helper.
   * Empty unless `node` is a plain (or defaulted) parameter of a function declaration or of a
   * function assigned to a `const`/`let`, called by name in this file.
   */
  collectArgumentsFor(node: TSESTree.Node): TSESTree.Node[] {
    const inner = unwrapExpression(node);
    if (inner.type !== AST_NODE_TYPES.Identifier) return [];
    const def = ASTUtils.findVariable(this.scopeOf(inner), inner)?.defs[0];
    if (def?.type !== 'Parameter') return [];
    const fn = def.node as AnyFunction;
    const index = fn.params.findIndex(
      (param) => param === def.name || (param.type === AST_NODE_TYPES.AssignmentPattern && param.left === def.name),
    );
    if (index === -1) return [];
    let nameNode: TSESTree.Identifier | undefined;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) nameNode = fn.id;
    else if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
      nameNode = fn.parent.id;
    }
    if (!nameNode) return [];
    const variable = ASTUtils.findVariable(this.scopeOf(fn.parent ?? fn), nameNode);
    if (!variable) return [];
    const found: TSESTree.Node[] = [];
    for (const reference of variable.references) {
      const call = reference.identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== reference.identifier) continue;
      if (call.arguments.slice(0, index).some((argument) => argument.type === AST_NODE_TYPES.SpreadElement)) continue;
      const argument = call.arguments[index];
      if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) found.push(argument);
      if (found.length >= 16) break;
    }
    return found;
  }

  private compute(raw: TSESTree.Node): TokenInfo | undefined {
    const node = unwrapExpression(raw);
    switch (node.type) {
      case AST_NODE_TYPES.Literal: {
        if (node.value === null || node.value === '' || typeof node.value === 'boolean') return NEUTRAL;
        if (typeof node.value === 'string' && JWT_LITERAL.test(node.value)) {
          return { kind: 'unknown-token', certainty: 'heuristic', specific: false };
        }
        return NOT_A_TOKEN;
      }
      case AST_NODE_TYPES.TemplateLiteral: {
        const bearer = getBearerOperand(node);
        if (bearer) return this.classify(bearer);
        if (node.expressions.length === 1 && node.quasis.every((q) => q.value.cooked === '')) {
          return this.classify(node.expressions[0]!);
        }
        return node.expressions.length === 0 ? NOT_A_TOKEN : undefined;
      }
      case AST_NODE_TYPES.BinaryExpression: {
        const bearer = getBearerOperand(node);
        if (bearer) return this.classify(bearer);
        return undefined;
      }
      case AST_NODE_TYPES.LogicalExpression:
        if (node.operator === '&&') return this.classify(node.right);
        return combine(this.classify(node.left), this.classify(node.right));
      case AST_NODE_TYPES.ConditionalExpression:
        return combine(this.classify(node.consequent), this.classify(node.alternate));
      case AST_NODE_TYPES.Identifier:
        return this.classifyIdentifier(node);
      case AST_NODE_TYPES.MemberExpression: {
        const key = getPropertyName(node, this.scopeOf(node));
        if (key === undefined) return undefined;
        return this.classifyMember(node.object, key, node);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.classifyCall(node);
      case AST_NODE_TYPES.NewExpression: {
        const name = getCalleeName(node.callee);
        if (name !== undefined && name.toLowerCase() === 'keycloak') {
          return { kind: 'token-set', certainty: 'api', specific: true, objectType: 'keycloak' };
        }
        return undefined;
      }
      case AST_NODE_TYPES.ObjectExpression:
        return this.classifyObject(node);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.classify(node.right);
      case AST_NODE_TYPES.SequenceExpression:
        return node.expressions.length > 0 ? this.classify(node.expressions.at(-1)!) : undefined;
      default:
        return undefined;
    }
  }

  private scopeOf(node: TSESTree.Node): TSESLint.Scope.Scope {
    return this.sourceCode.getScope(node);
  }

  private classifyIdentifier(node: TSESTree.Identifier): TokenInfo | undefined {
    if (node.name === 'undefined') return NEUTRAL;
    const byName = nameInfo(node.name, false);
    const variable = ASTUtils.findVariable(this.scopeOf(node), node);
    if (!variable || variable.defs.length === 0) return byName;
    const resolved = this.classifyVariable(variable);
    return preferEvidence(resolved, byName);
  }

  private classifyVariable(variable: TSESLint.Scope.Variable): TokenInfo | undefined {
    const def = variable.defs[0]!;
    switch (def.type) {
      case 'ImportBinding':
      case 'FunctionName':
      case 'ClassName':
      case 'TSEnumName':
      case 'TSModuleName':
      case 'Type':
        return def.type === 'ImportBinding' ? undefined : NOT_A_TOKEN;
      case 'Variable': {
        const declarator = def.node as TSESTree.VariableDeclarator;
        const writes = variable.references.filter((ref) => ref.writeExpr && ref.writeExpr !== declarator.init);
        let result: TokenInfo | undefined;
        if (declarator.init) {
          const state = this.classifyStateVariable(declarator, def.name as TSESTree.Identifier);
          if (state !== false) return state;
          result = this.classifyPattern(declarator.id, def.name, declarator.init);
          if (declarator.init.type === AST_NODE_TYPES.ArrowFunctionExpression || declarator.init.type === AST_NODE_TYPES.FunctionExpression) {
            return NOT_A_TOKEN;
          }
        }
        if (declarator.parent.kind !== 'const') {
          for (const ref of writes.slice(0, 8)) {
            if (ref.identifier === def.name) continue;
            const parent = ref.identifier.parent;
            if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === ref.identifier) {
              result = combine(result, this.classify(parent.right));
            }
          }
        }
        if (!declarator.init && declarator.parent.parent?.type === AST_NODE_TYPES.ForOfStatement) return undefined;
        return result;
      }
      case 'Parameter':
        return this.classifyParameter(def.node as AnyFunction, def.name as TSESTree.Identifier);
      case 'CatchClause':
        return NOT_A_TOKEN;
      default:
        return undefined;
    }
  }

  /**
   * React state, `const [token, setToken] = useState(initial)`: what the initial value and the
   * values passed to the setter in this file are. `false` when the declaration is not React state.
   */
  private classifyStateVariable(declarator: TSESTree.VariableDeclarator, name: TSESTree.Identifier): TokenInfo | undefined | false {
    const { id, init } = declarator;
    if (id.type !== AST_NODE_TYPES.ArrayPattern || id.elements[0] !== name || !init) return false;
    const call = unwrapExpression(init);
    if (call.type !== AST_NODE_TYPES.CallExpression || getCalleeName(call.callee) !== 'useState') return false;
    let result = call.arguments[0] && !isFunctionNode(call.arguments[0]) ? this.classify(call.arguments[0]) : undefined;
    const setter = id.elements[1];
    if (setter?.type !== AST_NODE_TYPES.Identifier) return result;
    const variable = ASTUtils.findVariable(this.scopeOf(setter), setter);
    for (const reference of (variable?.references ?? []).slice(0, 16)) {
      const setCall = reference.identifier.parent;
      if (setCall?.type !== AST_NODE_TYPES.CallExpression) continue;
      // `promise.then(setToken)`: the setter receives what the promise resolves to.
      if (setCall.arguments[0] === reference.identifier && setCall.callee.type === AST_NODE_TYPES.MemberExpression && getPropertyName(setCall.callee) === 'then') {
        result = combine(result, this.classify(setCall.callee.object));
        continue;
      }
      if (setCall.callee !== reference.identifier) continue;
      const value = setCall.arguments[0];
      if (value && value.type !== AST_NODE_TYPES.SpreadElement && !isFunctionNode(value)) result = combine(result, this.classify(value));
    }
    return result;
  }

  /** Classifies `name` inside a declaration pattern initialised by `init` (destructuring, defaults). */
  private classifyPattern(pattern: TSESTree.Node, name: TSESTree.Identifier, init: TSESTree.Node): TokenInfo | undefined {
    const steps = getPatternPath(pattern, name);
    if (steps === undefined) return undefined;
    let info = steps.length === 0 ? this.classify(init) : undefined;
    let objectNode: TSESTree.Node | undefined = init;
    for (const [index, step] of steps.entries()) {
      if (step.type === 'key') {
        const from: TokenInfo | undefined = index === 0 ? this.classify(init) : info;
        info = this.memberOf(from, index === 0 ? objectNode : undefined, step.key, name);
        objectNode = undefined;
      } else if (step.type === 'default') {
        info = combine(info, this.classify(step.value));
      } else {
        return undefined;
      }
    }
    return info;
  }

  private classifyParameter(fn: AnyFunction, name: TSESTree.Identifier): TokenInfo | undefined {
    const index = fn.params.findIndex((param) => containsNode(param, name));
    if (index === -1) return undefined;
    const param = fn.params[index]!;
    const parent = fn.parent;
    // `promise.then((tokens) => ...)`: the parameter is the resolved value.
    let resolved: TokenInfo | undefined;
    if (
      index === 0 &&
      parent?.type === AST_NODE_TYPES.CallExpression &&
      parent.arguments[0] === fn &&
      parent.callee.type === AST_NODE_TYPES.MemberExpression
    ) {
      const method = getPropertyName(parent.callee);
      if (method !== undefined && PROMISE_CALLBACK_METHODS.has(method)) {
        resolved = this.classify(parent.callee.object);
      }
    }
    // `supabase.auth.onAuthStateChange((event, session) => ...)`: the SDK hands the callback a token set.
    resolved ??= this.findCallbackParamSource(fn, index);
    const steps = getPatternPath(param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param, name);
    if (steps === undefined) return resolved;
    let info = resolved;
    for (const step of steps) {
      if (step.type === 'key') info = this.memberOf(info, undefined, step.key, name);
      else if (step.type === 'default') info = combine(info, this.classify(step.value));
      else return undefined;
    }
    if (param.type === AST_NODE_TYPES.AssignmentPattern && steps.length === 0) {
      info = combine(info, this.classify(param.right));
    }
    return info;
  }

  /** Classifies `object.key`. */
  private classifyMember(object: TSESTree.Node, key: string, at: TSESTree.Node): TokenInfo | undefined {
    const inner = unwrapExpression(object);
    if (inner.type === AST_NODE_TYPES.ThisExpression) {
      const field = this.classifyThisMember(inner, key);
      if (field) return preferEvidence(field, nameInfo(key, true));
    }
    // Google Identity Services: `response.credential` in the sign-in callback is an ID token.
    if (key === 'credential' && inner.type === AST_NODE_TYPES.Identifier) {
      const entry = this.findCallbackMemberSource(inner);
      if (entry) return fromEntry(entry);
    }
    return this.memberOf(this.classify(inner), inner, key, at);
  }

  /** Applies one member step (`.key`) to what is known about the object. */
  private memberOf(
    objectInfo: TokenInfo | undefined,
    objectNode: TSESTree.Node | undefined,
    key: string,
    _at: TSESTree.Node,
  ): TokenInfo | undefined {
    // axios `response.data`, got `response.body` of a request to a token-source URL.
    if (objectInfo?.objectType === HTTP_RESPONSE && (key === 'data' || key === 'body')) return this.getResponseBody(objectInfo);
    // Receivers with generic member names (keycloak.token).
    for (const entry of TOKEN_SOURCES as readonly TokenSourceEntry[]) {
      if (entry.pattern.type !== 'member' || entry.pattern.name !== key) continue;
      const receiverName = objectNode ? getTrailingName(objectNode)?.toLowerCase() : undefined;
      if (
        (objectInfo?.objectType !== undefined && objectInfo.objectType === 'keycloak') ||
        (receiverName !== undefined && entry.pattern.receiverNames.includes(receiverName))
      ) {
        return fromEntry(entry);
      }
    }
    const spec = SPEC_FIELD_KINDS[key];
    if (spec !== undefined) return { kind: spec, certainty: 'api', specific: true, ...(objectInfo?.sourceId ? { sourceId: objectInfo.sourceId } : {}) };
    const user = this.settings.tokenProperties.get(key);
    if (user !== undefined) return { kind: user, certainty: 'api', specific: true, sourceId: 'settings' };
    const byName = nameInfo(key, true);
    if (objectInfo?.kind === 'claims') {
      if (key === '__raw' && objectInfo.of !== undefined) {
        return { kind: objectInfo.of, certainty: 'api', specific: true, sourceId: 'auth0-get-id-token-claims' };
      }
      return { kind: 'not-a-token', certainty: 'api', specific: false };
    }
    if (objectInfo && isTokenValueKind(objectInfo.kind) && RAW_VALUE_MEMBERS.has(key)) {
      // Token objects expose their raw value under generic names (Okta `authState.idToken.idToken`).
      if (byName?.specific && byName.kind !== objectInfo.kind && isCredentialKind(byName.kind)) return byName;
      return objectInfo;
    }
    if (objectInfo && isTokenValueKind(objectInfo.kind) && byName === undefined) {
      // A member of a token string or token object that is not a raw value (`idToken.payload`, `.length`).
      return key === 'payload' || key === 'claims' ? { kind: 'claims', certainty: 'api', specific: true, of: objectInfo.kind } : NOT_A_TOKEN;
    }
    if (byName && objectInfo?.kind === 'token-set' && objectInfo.certainty === 'api' && isCredentialKind(byName.kind)) {
      return { ...byName, certainty: 'api', ...(objectInfo.sourceId ? { sourceId: objectInfo.sourceId } : {}) };
    }
    if (byName?.kind === 'token-set' && objectInfo?.kind === 'token-set' && objectInfo.sourceId !== undefined) {
      // A token container inside an SDK object keeps its origin (Amplify v6 `session.tokens`).
      return { ...byName, certainty: objectInfo.certainty, sourceId: objectInfo.sourceId };
    }
    return byName;
  }

  private classifyThisMember(node: TSESTree.ThisExpression, key: string): TokenInfo | undefined {
    let current: TSESTree.Node | undefined = node.parent;
    while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
    if (!current) return undefined;
    let result: TokenInfo | undefined;
    for (const member of current.body) {
      if (
        member.type === AST_NODE_TYPES.PropertyDefinition &&
        !member.computed &&
        getKeyName(member.key) === key &&
        member.value
      ) {
        result = combine(result, this.classify(member.value));
      }
    }
    // `this.token = user.id_token` in the constructor or a method.
    for (const value of this.getThisAssignments(current).get(key) ?? []) result = combine(result, this.classify(value));
    return result;
  }

  /** Values assigned to `this.<key>` in the methods of a class (not in nested classes or functions), by key. */
  private getThisAssignments(body: TSESTree.ClassBody): ReadonlyMap<string, readonly TSESTree.Node[]> {
    let assignments = this.thisAssignments.get(body);
    if (assignments) return assignments;
    const found = new Map<string, TSESTree.Node[]>();
    assignments = found;
    this.thisAssignments.set(body, found);
    const visitorKeys = this.sourceCode.visitorKeys;
    for (const member of body.body) {
      const fn = member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition ? member.value : null;
      if (!fn || !isFunctionNode(fn) || !fn.body) continue;
      walkTree(fn.body, visitorKeys, (node) => {
        if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
        if (unwrapExpression(node.left.object).type !== AST_NODE_TYPES.ThisExpression) return;
        const key = getPropertyName(node.left);
        if (key === undefined || getThisOwner(node) !== body) return;
        const values = found.get(key) ?? [];
        if (values.length < 8) values.push(node.right);
        found.set(key, values);
      });
    }
    return assignments;
  }

  private classifyCall(node: TSESTree.CallExpression): TokenInfo | undefined {
    const response = this.classifyResponse(node);
    if (response) return response;
    const callee = unwrapExpression(node.callee);
    const name = getCalleeName(callee);
    if (name === undefined) return undefined;

    // String(x), JSON.parse(x), JSON.stringify(x), decodeURIComponent(x) keep the token's kind.
    if (callee.type === AST_NODE_TYPES.Identifier && (name === 'String' || name === 'decodeURIComponent' || name === 'encodeURIComponent')) {
      return node.arguments[0] ? this.classify(node.arguments[0]) : undefined;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const receiver = unwrapExpression(callee.object);
      const receiverName = getTrailingName(receiver);
      if (receiverName === 'JSON' && (name === 'parse' || name === 'stringify')) {
        return node.arguments[0] ? this.classify(node.arguments[0]) : undefined;
      }
      if (RAW_VALUE_METHODS.has(name) && node.arguments.length <= 1) {
        const inner = this.classify(receiver);
        if (inner && inner.kind !== 'not-a-token') return inner;
      }
      // `(await fetch(url)).text()`: the body of a response whose URL is a known token source.
      if (RESPONSE_BODY_METHODS.has(name) && node.arguments.length === 0) {
        const body = this.getResponseBody(this.classify(receiver));
        if (body) return body;
      }
      // `promise.then((value) => expression)`: what the callback returns.
      if (name === 'then' && node.arguments[0]) {
        const callback = unwrapExpression(node.arguments[0]);
        if (isFunctionNode(callback)) {
          const returned = this.classifyReturns(callback);
          if (returned) return returned;
        }
      }
      // `storage.getItem('id_token')`, `cookies.get('access_token')`, `params.get('id_token')`.
      if ((name === 'getItem' || name === 'get' || name === 'getAll') && node.arguments[0]) {
        const keyText = getStaticString(node.arguments[0], this.scopeOf(node));
        if (keyText !== undefined) {
          const spec = SPEC_FIELD_KINDS[keyText];
          if (spec !== undefined) return { kind: spec, certainty: 'api', specific: true };
          const byKey = nameInfo(keyText, true);
          if (byKey) return byKey;
          return undefined;
        }
      }
    }
    const decoder = DECODER_FUNCTION_NAMES.has(name);
    if (decoder && node.arguments[0]) {
      const decoded = this.classify(node.arguments[0]);
      return { kind: 'claims', certainty: 'heuristic', specific: decoded !== undefined, ...(decoded && isTokenValueKind(decoded.kind) ? { of: decoded.kind } : {}) };
    }

    // A function or method declared in this file is read from its body, even when it shares
    // an SDK method's name (`async getIdToken() { return storage.getItem('id_token') }`).
    const local = getLocalFunction(callee, this.scopeOf(callee));
    if (local) return this.classifyReturns(local) ?? nameInfo(name, false, true);

    const entry = this.findCallSource(name, node);
    if (entry) return fromEntry(entry, this.getDesignFor(entry, node));

    const userKind = this.settings.tokenFunctions.get(name);
    if (userKind !== undefined) return { kind: userKind, certainty: 'api', specific: true, sourceId: 'settings' };

    return nameInfo(name, false, true);
  }

  /** What a function returns: the expression body of an arrow, or every `return` in a block body. */
  private classifyReturns(fn: AnyFunction): TokenInfo | undefined {
    if (fn.body === null || fn.body === undefined) return undefined;
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return this.classify(fn.body);
    let result: TokenInfo | undefined;
    for (const returned of collectReturnedExpressions(fn.body)) {
      result = combine(result, this.classify(returned));
    }
    return result;
  }

  /**
   * A request whose URL is a known token source (`TOKEN_SOURCES` entries of type `response`):
   * `fetch(METADATA_IDENTITY_URL + aud)`, `axios.get(url)`, `got(url)`. The result is the
   * response object; its body is read by {@link getResponseBody}.
   */
  private classifyResponse(node: TSESTree.CallExpression): TokenInfo | undefined {
    const first = node.arguments[0];
    if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
    let url: string | undefined;
    for (const entry of TOKEN_SOURCES as readonly TokenSourceEntry[]) {
      if (entry.pattern.type !== 'response') continue;
      url ??= getStaticUrlText(first, this.scopeOf(node));
      if (url === undefined) return undefined;
      const text = url;
      if (entry.pattern.urlIncludes.every((part) => text.includes(part))) {
        return { kind: 'token-set', certainty: entry.certainty, specific: true, sourceId: entry.id, objectType: HTTP_RESPONSE };
      }
    }
    return undefined;
  }

  /** The body of a response classified by {@link classifyResponse}: the token its source entry names. */
  private getResponseBody(response: TokenInfo | undefined): TokenInfo | undefined {
    if (response?.objectType !== HTTP_RESPONSE) return undefined;
    const entry = (TOKEN_SOURCES as readonly TokenSourceEntry[]).find((candidate) => candidate.id === response.sourceId);
    return entry ? fromEntry(entry) : undefined;
  }

  private classifyObject(node: TSESTree.ObjectExpression): TokenInfo | undefined {
    let carriesToken = false;
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const info = this.classify(property.value);
      if (info && isCredentialKind(info.kind) && info.specific) carriesToken = true;
    }
    return carriesToken ? { kind: 'token-set', certainty: 'heuristic', specific: true } : undefined;
  }

  private findCallSource(name: string, node: TSESTree.CallExpression): TokenSourceEntry | undefined {
    let fallback: TokenSourceEntry | undefined;
    for (const entry of TOKEN_SOURCES as readonly TokenSourceEntry[]) {
      if (entry.pattern.type !== 'call' || entry.pattern.name !== name) continue;
      if (entry.modules.some((module) => this.modules.has(module))) return entry;
      if (entry.design === 'firebase' && isAwaitedOrThen(node)) return entry;
      const receiver = node.callee.type === AST_NODE_TYPES.MemberExpression ? getTrailingName(node.callee.object) : undefined;
      if (receiver !== undefined && entry.pattern.receiverNames?.includes(receiver.toLowerCase())) return entry;
      if (entry.distinctive) fallback ??= entry;
    }
    return fallback;
  }

  private getDesignFor(entry: TokenSourceEntry, _node: TSESTree.CallExpression): IdTokenDesignId | undefined {
    return entry.design;
  }

  /** `credential` on the parameter of a GIS sign-in callback. */
  private findCallbackMemberSource(identifier: TSESTree.Identifier): TokenSourceEntry | undefined {
    const variable = ASTUtils.findVariable(this.scopeOf(identifier), identifier);
    const def = variable?.defs[0];
    if (def?.type !== 'Parameter') return undefined;
    const positions = this.getCallbackPositions(def.node as AnyFunction);
    for (const entry of TOKEN_SOURCES as readonly TokenSourceEntry[]) {
      if (entry.pattern.type !== 'callback-member') continue;
      const { callee, callbackKey } = entry.pattern;
      if (positions.some((position) => isCallbackOf(position, callee, callbackKey))) return entry;
    }
    return undefined;
  }

  /** The parameter at `index` of a callback that an SDK call invokes with a token set (`callback-param` entries). */
  private findCallbackParamSource(fn: AnyFunction, index: number): TokenInfo | undefined {
    for (const position of this.getCallbackPositions(fn)) {
      const call = position.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee === position) continue;
      const name = getCalleeName(call.callee);
      if (name === undefined) continue;
      for (const entry of TOKEN_SOURCES as readonly TokenSourceEntry[]) {
        if (entry.pattern.type !== 'callback-param' || entry.pattern.index !== index || !entry.pattern.callee.includes(name)) continue;
        if (entry.distinctive || entry.modules.some((module) => this.modules.has(module))) return fromEntry(entry);
      }
    }
    return undefined;
  }

  /**
   * Where a function is handed over as a callback: the function expression itself, or the
   * references of a function declared by name in this file (`callback: handleCredentialResponse`).
   */
  private getCallbackPositions(fn: AnyFunction): TSESTree.Node[] {
    let nameNode: TSESTree.Identifier | undefined;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) nameNode = fn.id;
    else if (fn.parent?.type === AST_NODE_TYPES.VariableDeclarator && fn.parent.init === fn && fn.parent.id.type === AST_NODE_TYPES.Identifier) {
      nameNode = fn.parent.id;
    }
    if (!nameNode) return [fn];
    const variable = ASTUtils.findVariable(this.scopeOf(fn.parent ?? fn), nameNode);
    const references = (variable?.references ?? []).filter((reference) => reference.identifier !== nameNode).slice(0, 8);
    return [fn, ...references.map((reference) => reference.identifier)];
  }
}

/**
 * The function a callee names when it is declared in the same file: a function declaration,
 * a `const` initialised with a function, or a method of the enclosing class (`this.load()`).
 */
function getLocalFunction(callee: TSESTree.Node, scope: TSESLint.Scope.Scope): AnyFunction | undefined {
  let fn: TSESTree.Node | null | undefined;
  if (callee.type === AST_NODE_TYPES.Identifier) {
    const def = ASTUtils.findVariable(scope, callee)?.defs[0];
    if (def?.type === 'FunctionName') fn = def.node;
    else if (def?.type === 'Variable') fn = (def.node as TSESTree.VariableDeclarator).init;
  } else if (callee.type === AST_NODE_TYPES.MemberExpression && callee.object.type === AST_NODE_TYPES.ThisExpression) {
    const key = getPropertyName(callee);
    let current: TSESTree.Node | undefined = callee.parent;
    while (current && current.type !== AST_NODE_TYPES.ClassBody) current = current.parent;
    if (current && key !== undefined) {
      for (const member of current.body) {
        if (member.type === AST_NODE_TYPES.MethodDefinition && !member.computed && getKeyName(member.key) === key) fn = member.value;
        if (member.type === AST_NODE_TYPES.PropertyDefinition && !member.computed && getKeyName(member.key) === key) fn = member.value;
      }
    }
  }
  return fn && isFunctionNode(fn) ? fn : undefined;
}


/**
 * The static text of a URL argument, with `*` for the parts that are not known: literals,
 * templates, `+` concatenation, `const` strings and `new URL(text, base)`.
 */
export function getStaticUrlText(raw: TSESTree.Node, scope: TSESLint.Scope.Scope, depth = 0): string | undefined {
  if (depth > 4) return undefined;
  const node = unwrapExpression(raw);
  const known = getStaticString(node, scope);
  if (known !== undefined) return known;
  switch (node.type) {
    case AST_NODE_TYPES.TemplateLiteral:
      return node.quasis
        .map((quasi, index) => {
          const expression = node.expressions[index];
          const part = expression ? (getStaticUrlText(expression, scope, depth + 1) ?? '*') : '';
          return (quasi.value.cooked ?? '') + part;
        })
        .join('');
    case AST_NODE_TYPES.BinaryExpression:
      if (node.operator !== '+') return undefined;
      return (getStaticUrlText(node.left, scope, depth + 1) ?? '*') + (getStaticUrlText(node.right, scope, depth + 1) ?? '*');
    case AST_NODE_TYPES.NewExpression:
      return getCalleeName(node.callee) === 'URL' && node.arguments[0] ? getStaticUrlText(node.arguments[0], scope, depth + 1) : undefined;
    case AST_NODE_TYPES.Identifier: {
      const def = ASTUtils.findVariable(scope, node)?.defs[0];
      if (def?.type !== 'Variable' || def.parent.kind !== 'const') return undefined;
      const declarator = def.node as TSESTree.VariableDeclarator;
      return declarator.id === def.name && declarator.init ? getStaticUrlText(declarator.init, scope, depth + 1) : undefined;
    }
    default:
      return undefined;
  }
}

function fromEntry(entry: TokenSourceEntry, design: IdTokenDesignId | undefined = entry.design): TokenInfo {
  return {
    kind: entry.kind,
    certainty: entry.certainty,
    specific: true,
    sourceId: entry.id,
    ...(entry.kind === 'claims' ? { of: 'id' as const } : {}),
    ...(design ? { design } : {}),
  };
}

function nameInfo(name: string, isProperty: boolean, asCall = false): TokenInfo | undefined {
  const spec = isProperty ? SPEC_FIELD_KINDS[name] : undefined;
  if (spec !== undefined) return { kind: spec, certainty: 'api', specific: true };
  const result = classifyName(name, { asCall });
  if (!result) return undefined;
  return { kind: result.kind, certainty: 'heuristic', specific: result.specific };
}

function isTokenValueKind(kind: TokenKind): kind is 'id' | 'access' | 'refresh' {
  return kind === 'id' || kind === 'access' || kind === 'refresh';
}

/**
 * Prefers what the data flow proved over what a name suggests, but lets a specific
 * name refine a generic origin (`const idToken = await getToken()`).
 */
function preferEvidence(resolved: TokenInfo | undefined, byName: TokenInfo | undefined): TokenInfo | undefined {
  if (!resolved) return byName;
  if (resolved.neutral) return byName ?? resolved;
  if (resolved.specific) return resolved;
  if (byName?.specific) return byName;
  return resolved;
}

/** Combines the branches of `??`, `||` and ternaries: literals are neutral, the first credential wins. */
export function combine(a: TokenInfo | undefined, b: TokenInfo | undefined): TokenInfo | undefined {
  if (!a) return b?.neutral ? undefined : b;
  if (!b) return a.neutral ? undefined : a;
  if (a.neutral) return b;
  if (b.neutral) return a;
  if (isCredentialKind(a.kind) && a.specific) return a;
  if (isCredentialKind(b.kind) && b.specific) return b;
  if (isCredentialKind(a.kind)) return a;
  if (isCredentialKind(b.kind)) return b;
  return a;
}

/** The class body whose instance `this` refers to at `node`; `undefined` inside a nested `function`. */
function getThisOwner(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current;
    if (
      (current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.FunctionDeclaration) &&
      current.parent?.type !== AST_NODE_TYPES.MethodDefinition &&
      current.parent?.type !== AST_NODE_TYPES.PropertyDefinition
    ) {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Looks through empty fallbacks around a value: `x ?? ''`, `x || undefined`, `cond && x`,
 * `cond ? x : ''` (and `cond ? '' : x`) all carry `x`. Anything else is returned as is.
 */
export function stripEmptyFallbacks(raw: TSESTree.Node): TSESTree.Node {
  let current = raw;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const node = unwrapExpression(current);
    if (node.type === AST_NODE_TYPES.LogicalExpression) {
      if (node.operator === '&&') current = node.right;
      else if (isEmptyValue(node.right)) current = node.left;
      else return current;
    } else if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      if (isEmptyValue(node.alternate)) current = node.consequent;
      else if (isEmptyValue(node.consequent)) current = node.alternate;
      else return current;
    } else {
      return current;
    }
  }
  return current;
}

/**
 * The expression that carries the credential in a header value: removes `Bearer ` prefixes
 * (templates and concatenation) and empty fallbacks, so `idToken ? 'Bearer ' + idToken : ''`
 * and `'Bearer ' + (idToken ?? '')` both give `idToken`.
 */
export function getCredentialExpression(raw: TSESTree.Node): TSESTree.Node {
  let current = raw;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const stripped = stripEmptyFallbacks(current);
    const operand = getBearerOperand(stripped);
    if (operand === undefined) return stripped;
    current = operand;
  }
  return current;
}

/** `''`, `null`, `undefined`, `void 0`: the "no credential" branch of a fallback. */
function isEmptyValue(raw: TSESTree.Node): boolean {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Literal) return node.value === null || node.value === '';
  if (node.type === AST_NODE_TYPES.Identifier) return node.name === 'undefined';
  if (node.type === AST_NODE_TYPES.TemplateLiteral) return node.expressions.length === 0 && node.quasis[0]?.value.cooked === '';
  return node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'void';
}

/** Returns the expression after a `Bearer ` prefix in a template literal or a `+` concatenation. */
export function getBearerOperand(raw: TSESTree.Node): TSESTree.Expression | undefined {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const head = node.quasis[0]?.value.cooked ?? '';
    if (/^\s*bearer\s+$/i.test(head) && node.expressions[0]) return node.expressions[0];
    return undefined;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    const left = unwrapExpression(node.left);
    if (left.type === AST_NODE_TYPES.Literal && typeof left.value === 'string' && /^\s*bearer\s+$/i.test(left.value)) {
      return node.right;
    }
  }
  return undefined;
}

type PatternStep =
  | { readonly type: 'key'; readonly key: string }
  | { readonly type: 'default'; readonly value: TSESTree.Expression }
  | { readonly type: 'index' };

/** Path from a binding pattern to `name`: `{ a: { b: name = x } }` -> key a, key b, default x. */
function getPatternPath(pattern: TSESTree.Node, name: TSESTree.Identifier): PatternStep[] | undefined {
  if (pattern === name) return [];
  switch (pattern.type) {
    case AST_NODE_TYPES.ObjectPattern:
      for (const property of pattern.properties) {
        if (property.type === AST_NODE_TYPES.RestElement) {
          if (containsNode(property, name)) return undefined;
          continue;
        }
        if (!containsNode(property.value, name)) continue;
        const key = property.computed ? undefined : getKeyName(property.key);
        if (key === undefined) return undefined;
        const rest = getPatternPath(property.value, name);
        return rest === undefined ? undefined : [{ type: 'key', key }, ...rest];
      }
      return undefined;
    case AST_NODE_TYPES.AssignmentPattern: {
      const rest = getPatternPath(pattern.left, name);
      return rest === undefined ? undefined : [...rest, { type: 'default', value: pattern.right }];
    }
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.some((element) => element && containsNode(element, name)) ? [{ type: 'index' }] : undefined;
    default:
      return undefined;
  }
}

function containsNode(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** Name of a non-computed key or string-literal key. */
export function getKeyName(key: TSESTree.Node): string | undefined {
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  if (key.type === AST_NODE_TYPES.PrivateIdentifier) return key.name;
  return undefined;
}

/** Last name in a callee: `a.b.getIdToken` -> `getIdToken`, `fetch` -> `fetch`. */
export function getCalleeName(callee: TSESTree.Node): string | undefined {
  const node = unwrapExpression(callee);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(node);
  return undefined;
}

/** Last identifier or property name of an expression: `this.auth.keycloak` -> `keycloak`. */
export function getTrailingName(raw: TSESTree.Node): string | undefined {
  const node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.Identifier) return node.name;
  if (node.type === AST_NODE_TYPES.MemberExpression) return getPropertyName(node);
  if (node.type === AST_NODE_TYPES.CallExpression) return getCalleeName(node.callee);
  return undefined;
}

function isAwaitedOrThen(node: TSESTree.CallExpression): boolean {
  let current: TSESTree.Node = node;
  while (current.parent && (current.parent.type === AST_NODE_TYPES.ChainExpression || current.parent.type === AST_NODE_TYPES.TSNonNullExpression)) {
    current = current.parent;
  }
  const parent = current.parent;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) return true;
  return (
    parent?.type === AST_NODE_TYPES.MemberExpression &&
    parent.object === current &&
    getPropertyName(parent) === 'then'
  );
}

function isCallbackOf(fn: TSESTree.Node, callees: readonly string[], keys: readonly string[]): boolean {
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.Property && !parent.computed) {
    const key = getKeyName(parent.key);
    const call = parent.parent.parent;
    if (key !== undefined && keys.includes(key) && (call?.type === AST_NODE_TYPES.CallExpression)) {
      const name = getCalleeName(call.callee);
      return name !== undefined && callees.includes(name);
    }
  }
  if (parent?.type === AST_NODE_TYPES.JSXExpressionContainer && parent.parent.type === AST_NODE_TYPES.JSXAttribute) {
    const attribute = parent.parent;
    const element = attribute.parent;
    const key = attribute.name.type === AST_NODE_TYPES.JSXIdentifier ? attribute.name.name : undefined;
    const tag = element.type === AST_NODE_TYPES.JSXOpeningElement && element.name.type === AST_NODE_TYPES.JSXIdentifier ? element.name.name : undefined;
    return key !== undefined && tag !== undefined && keys.includes(key) && callees.includes(tag);
  }
  return false;
}

/** Expressions returned by a function body, not descending into nested functions. */
function collectReturnedExpressions(body: TSESTree.BlockStatement): TSESTree.Expression[] {
  const out: TSESTree.Expression[] = [];
  const visit = (node: TSESTree.Node): void => {
    switch (node.type) {
      case AST_NODE_TYPES.ReturnStatement:
        if (node.argument) out.push(node.argument);
        return;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.FunctionExpression:
      case AST_NODE_TYPES.ArrowFunctionExpression:
      case AST_NODE_TYPES.ClassDeclaration:
      case AST_NODE_TYPES.ClassExpression:
        return;
      default:
        break;
    }
    for (const key of STATEMENT_CHILD_KEYS) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
      } else if (child && typeof child === 'object' && 'type' in child) {
        visit(child as TSESTree.Node);
      }
    }
  };
  visit(body);
  return out.slice(0, 16);
}

const STATEMENT_CHILD_KEYS = ['body', 'consequent', 'alternate', 'block', 'handler', 'finalizer', 'cases'] as const;

const FLOWS = new WeakMap<TSESTree.Program, TokenFlow>();

/** The file's {@link TokenFlow}, created once and shared by every rule. */
export function getTokenFlow(sourceCode: Readonly<TSESLint.SourceCode>, settings: ResolvedSettings): TokenFlow {
  let flow = FLOWS.get(sourceCode.ast);
  if (!flow) {
    flow = new TokenFlow(sourceCode, settings);
    FLOWS.set(sourceCode.ast, flow);
  }
  return flow;
}
