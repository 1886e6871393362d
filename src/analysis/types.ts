import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type ts from 'typescript';
import type { TokenKind } from '../knowledge/types.js';
import type { TokenSourceEntry } from '../knowledge/token-sources.js';
import type { TokenTypeEntry } from '../knowledge/token-types.js';
import type { TokenInfo } from './token-flow.js';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { TOKEN_SOURCES } from '../knowledge/token-sources.js';
import { TOKEN_TYPES } from '../knowledge/token-types.js';
import { unwrapExpression } from './ast.js';
import { classifyName } from './names.js';

/*
 * The optional type-aware layer. It reads the TypeScript program that typescript-eslint builds
 * when the user configures typed linting (`parserOptions.projectService`), and only then.
 *
 * `typescript` is an optional peer dependency, so this module imports its types only and never
 * its values: TS syntax nodes are told apart by their fields (`typeName`, `objectType`, ...), not
 * by `ts.SyntaxKind`, whose numbers differ between TypeScript versions. The two symbol flags used
 * below have kept their values since TypeScript 2.0.
 */

/** `ts.SymbolFlags.Alias` (`1 << 21`): an import or export specifier. */
const SYMBOL_ALIAS = 2_097_152;
/** `ts.SymbolFlags.TypeAlias` (`1 << 19`). */
const SYMBOL_TYPE_ALIAS = 524_288;

const MAX_DEPTH = 4;

/** `sourceId` of a kind read from the name of a type the user declared (`type IdToken = string`). */
export const TYPE_DECLARATION_SOURCE = 'type-declaration';

/** Generic wrappers whose first type argument is the value: `Promise<IdToken>`, `Observable<AccessToken>`. */
const VALUE_WRAPPERS = new Set(['Promise', 'PromiseLike', 'Observable', 'Readonly', 'NonNullable', 'Awaited']);

/**
 * Kinds a user-declared type name may give. A generic name (`Token`, `Jwt`) gives nothing: a
 * lexer's `interface Token` is common, and names already cover generic tokens.
 */
const USER_TYPE_KINDS = new Set<TokenKind>(['id', 'access', 'refresh', 'claims']);

const TYPE_ENTRIES = TOKEN_TYPES as readonly TokenTypeEntry[];

/** Every SDK module the knowledge tables name: a property `idToken` declared in one of them is an API fact. */
const SDK_MODULES: ReadonlySet<string> = new Set([
  ...(TOKEN_SOURCES as readonly TokenSourceEntry[]).flatMap((entry) => entry.modules),
  ...TYPE_ENTRIES.flatMap((entry) => entry.modules),
]);

const NOTHING = null;

/** Results per ESTree node (`null`: nothing known). ESTree nodes belong to one file, so this is never shared. */
const NODE_CACHE = new WeakMap<TSESTree.Node, TokenInfo | null>();

/** The package a declaration file belongs to, per source file of the program. */
const MODULE_CACHE = new WeakMap<ts.SourceFile, string | null>();

/**
 * Classifies an expression by its TypeScript type when the file was parsed with type information
 * (`sourceCode.parserServices.program` is set). Decides what names cannot: a value declared with
 * a user type such as `type IdToken = string` or `interface IdTokenClaims`, a read of a property
 * that an SDK declares (`User['id_token']`, Keycloak `token` on an instance from another module),
 * an SDK token type (Okta `IDToken`, MSAL `AuthenticationResult`, Amplify `JWT`) and the return
 * type of a function declared elsewhere. Returns `undefined` when there is no program, when the
 * types say nothing, and on any checker error: the untyped result then stands.
 */
export function getTypeTokenInfo(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TokenInfo | undefined {
  const cached = NODE_CACHE.get(node);
  if (cached !== undefined) return cached ?? undefined;
  let result: TokenInfo | undefined;
  try {
    const services = sourceCode.parserServices;
    const program = services?.program;
    const map = services?.esTreeNodeToTSNodeMap;
    if (program && map) result = new TypeReader(program, map).classifyExpression(unwrapExpression(node));
  } catch {
    // A checker failure (an unusual program, a TypeScript version mismatch) must never fail lint.
    result = undefined;
  }
  NODE_CACHE.set(node, result ?? NOTHING);
  return result;
}

type NodeMap = NonNullable<NonNullable<TSESLint.SourceCode['parserServices']>['esTreeNodeToTSNodeMap']>;

/** Fields of TS syntax nodes read below; every one is optional because nodes are told apart by them. */
interface LooseNode {
  readonly type?: ts.TypeNode;
  readonly typeName?: ts.EntityName;
  readonly typeArguments?: readonly ts.TypeNode[];
  readonly objectType?: ts.TypeNode;
  readonly indexType?: ts.TypeNode & { readonly literal?: { readonly text?: string } };
  readonly types?: readonly ts.TypeNode[];
  readonly parameters?: unknown;
  readonly elements?: unknown;
  readonly propertyName?: ts.Node & { readonly text?: string };
  readonly name?: ts.Node & { readonly text?: string };
  readonly dotDotDotToken?: unknown;
  readonly parent?: ts.Node;
}

function loose(node: ts.Node): LooseNode {
  return node as unknown as LooseNode;
}

class TypeReader {
  private readonly checker: ts.TypeChecker;

  constructor(
    private readonly program: ts.Program,
    private readonly map: NodeMap,
  ) {
    this.checker = program.getTypeChecker();
  }

  classifyExpression(node: TSESTree.Node): TokenInfo | undefined {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier: {
        const symbol = this.symbolAt(node);
        return (symbol && this.fromSymbolRead(symbol, 0)) ?? this.fromExpressionType(node);
      }
      case AST_NODE_TYPES.MemberExpression: {
        const symbol = this.symbolAt(node.property);
        return (symbol && this.fromSymbolRead(symbol, 0)) ?? this.fromExpressionType(node);
      }
      case AST_NODE_TYPES.CallExpression:
        return this.fromCall(node) ?? this.fromExpressionType(node);
      default:
        return undefined;
    }
  }

  private tsNode(node: TSESTree.Node): ts.Node | undefined {
    return this.map.get(node) as ts.Node | undefined;
  }

  private symbolAt(node: TSESTree.Node): ts.Symbol | undefined {
    const tsNode = this.tsNode(node);
    return tsNode ? this.resolveAlias(this.checker.getSymbolAtLocation(tsNode)) : undefined;
  }

  private resolveAlias(symbol: ts.Symbol | undefined): ts.Symbol | undefined {
    if (symbol && (symbol.flags & SYMBOL_ALIAS) !== 0) return this.checker.getAliasedSymbol(symbol);
    return symbol;
  }

  /** What the type of an expression says (branded aliases, SDK and user interfaces, `Promise` of them). */
  private fromExpressionType(node: TSESTree.Node): TokenInfo | undefined {
    const tsNode = this.tsNode(node);
    return tsNode ? this.fromType(this.checker.getTypeAtLocation(tsNode), 0) : undefined;
  }

  /**
   * A read of `symbol` (a variable, parameter or property): an SDK-declared property first, then
   * the type annotation of its declaration, then, for a destructured binding, the property it reads.
   */
  private fromSymbolRead(symbol: ts.Symbol, depth: number): TokenInfo | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const declarations = symbol.declarations ?? [];
    for (const declaration of declarations.slice(0, 4)) {
      const module = this.moduleOf(declaration);
      if (module !== undefined) {
        const sdk = this.fromSdkProperty(symbol.name, module);
        if (sdk) return sdk;
        continue;
      }
      const shape = loose(declaration);
      // A method or function: reading it is not reading a token (its calls go through `fromCall`).
      if (shape.parameters !== undefined) return undefined;
      if (shape.type) {
        const annotated = this.fromTypeNode(shape.type, depth + 1);
        if (annotated) return annotated;
      } else if (shape.parent && loose(shape.parent).elements !== undefined && shape.dotDotDotToken === undefined) {
        const bound = this.fromBindingElement(declaration, depth + 1);
        if (bound) return bound;
      }
    }
    return undefined;
  }

  /** `const { credential } = session`: the property of the destructured type that the binding reads. */
  private fromBindingElement(declaration: ts.Node, depth: number): TokenInfo | undefined {
    const shape = loose(declaration);
    const key = shape.propertyName?.text ?? shape.name?.text;
    if (key === undefined || !shape.parent) return undefined;
    const property = this.checker.getPropertyOfType(this.checker.getTypeAtLocation(shape.parent), key);
    return property ? this.fromSymbolRead(property, depth + 1) : undefined;
  }

  /** A property `name` declared by the SDK `module`: a `TOKEN_SOURCES` member fact or a token property name. */
  private fromSdkProperty(name: string, module: string): TokenInfo | undefined {
    for (const entry of TOKEN_SOURCES as readonly TokenSourceEntry[]) {
      if (entry.pattern.type === 'member' && entry.pattern.name === name && entry.modules.includes(module)) {
        return { kind: entry.kind, certainty: 'api', specific: true, sourceId: entry.id, ...(entry.design ? { design: entry.design } : {}) };
      }
    }
    if (!SDK_MODULES.has(module)) return undefined;
    for (const entry of TYPE_ENTRIES) {
      if (entry.pattern.type !== 'property' || !entry.pattern.propertyNames.includes(name)) continue;
      if (entry.modules.length > 0 && !entry.modules.includes(module)) continue;
      const kind = entry.propertyKinds?.[name] ?? entry.kind;
      return { kind, certainty: 'api', specific: kind !== 'unknown-token', sourceId: entry.id };
    }
    return undefined;
  }

  /** A call of a function declared elsewhere: an SDK call fact, or what its declared return type says. */
  private fromCall(node: TSESTree.CallExpression): TokenInfo | undefined {
    const tsNode = this.tsNode(node);
    if (!tsNode) return undefined;
    const declaration = this.checker.getResolvedSignature(tsNode as ts.CallExpression)?.getDeclaration() as ts.Node | undefined;
    if (!declaration) return undefined;
    const module = this.moduleOf(declaration);
    const name = loose(declaration).name?.text;
    if (module !== undefined) {
      for (const entry of TOKEN_SOURCES as readonly TokenSourceEntry[]) {
        if (entry.pattern.type === 'call' && entry.pattern.name === name && entry.modules.includes(module)) {
          return {
            kind: entry.kind,
            certainty: 'api',
            specific: true,
            sourceId: entry.id,
            ...(entry.kind === 'claims' ? { of: 'id' as const } : {}),
            ...(entry.design ? { design: entry.design } : {}),
          };
        }
      }
      return undefined;
    }
    const returned = loose(declaration).type;
    return returned ? this.fromTypeNode(returned, 0) : undefined;
  }

  /** What a written type says: `IdToken`, `IdToken | undefined`, `Promise<IdToken>`, `User['id_token']`. */
  private fromTypeNode(typeNode: ts.TypeNode, depth: number): TokenInfo | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const shape = loose(typeNode);
    if (shape.typeName) {
      const symbol = this.resolveAlias(this.checker.getSymbolAtLocation(shape.typeName));
      if (!symbol) return undefined;
      const argument = shape.typeArguments?.[0];
      if (VALUE_WRAPPERS.has(symbol.name) && argument) return this.fromTypeNode(argument, depth + 1);
      return this.fromNamedSymbol(symbol, depth + 1);
    }
    if (shape.objectType && shape.indexType) {
      const key = shape.indexType.literal?.text;
      if (key === undefined) return undefined;
      const objectType = this.checker.getTypeFromTypeNode(shape.objectType);
      const property = this.checker.getPropertyOfType(this.checker.getNonNullableType(objectType), key);
      return property ? this.fromSymbolRead(property, depth + 1) : undefined;
    }
    if (shape.types && !this.checker.getTypeFromTypeNode(typeNode).isIntersection()) {
      // `IdToken | undefined`: the members that say something must agree.
      return agree(shape.types.map((member) => this.fromTypeNode(member, depth + 1)));
    }
    return undefined;
  }

  /** What a computed type says: its alias or its interface/class, looking through `Promise` and `| undefined`. */
  private fromType(type: ts.Type, depth: number): TokenInfo | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const nonNullable = this.checker.getNonNullableType(type);
    if (type.aliasSymbol) {
      const byAlias = this.fromNamedSymbol(type.aliasSymbol, depth + 1);
      if (byAlias) return byAlias;
    }
    if (nonNullable.isUnion()) return agree(nonNullable.types.slice(0, 8).map((member) => this.fromType(member, depth + 1)));
    if (nonNullable !== type && nonNullable.aliasSymbol) return this.fromNamedSymbol(nonNullable.aliasSymbol, depth + 1);
    const symbol = nonNullable.getSymbol();
    if (!symbol) return undefined;
    if (VALUE_WRAPPERS.has(symbol.name) && this.isDefaultLibrary(symbol)) {
      const awaited = this.checker.getAwaitedType(nonNullable);
      return awaited && awaited !== nonNullable ? this.fromType(awaited, depth + 1) : undefined;
    }
    return this.fromNamedSymbol(symbol, depth + 1);
  }

  /**
   * A named type: an SDK type from `TOKEN_TYPES` when an SDK declares it, the kind its name says
   * when the user declares it (`type AccessToken = string`, `interface IdTokenClaims`), or, for a
   * user alias whose name says nothing (`type Credential = User['id_token']`), what it aliases.
   */
  private fromNamedSymbol(symbol: ts.Symbol, depth: number): TokenInfo | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const declaration = symbol.declarations?.[0];
    if (!declaration) return undefined;
    const module = this.moduleOf(declaration);
    if (module !== undefined) {
      for (const entry of TYPE_ENTRIES) {
        if (entry.pattern.type === 'type' && entry.pattern.typeName === symbol.name && entry.modules.includes(module)) {
          return {
            kind: entry.kind,
            certainty: 'api',
            specific: entry.kind !== 'unknown-token',
            sourceId: entry.id,
            ...(entry.of ? { of: entry.of } : {}),
          };
        }
      }
      return undefined;
    }
    if (this.isDefaultLibrary(symbol)) return undefined;
    const byName = classifyName(symbol.name);
    if (byName && USER_TYPE_KINDS.has(byName.kind)) {
      return {
        kind: byName.kind,
        certainty: 'api',
        specific: byName.specific,
        sourceId: TYPE_DECLARATION_SOURCE,
        ...(byName.kind === 'claims' ? claimsOwner(symbol.name) : {}),
      };
    }
    if (byName === undefined && (symbol.flags & SYMBOL_TYPE_ALIAS) !== 0) {
      const aliased = loose(declaration).type;
      if (aliased) return this.fromTypeNode(aliased, depth + 1);
    }
    return undefined;
  }

  private isDefaultLibrary(symbol: ts.Symbol): boolean {
    const declaration = symbol.declarations?.[0];
    return declaration !== undefined && this.program.isSourceFileDefaultLibrary(declaration.getSourceFile());
  }

  /** The npm package whose file declares `declaration`, or `undefined` for the user's own code. */
  private moduleOf(declaration: ts.Node): string | undefined {
    const sourceFile = declaration.getSourceFile();
    let module = MODULE_CACHE.get(sourceFile);
    if (module === undefined) {
      module = getPackageName(sourceFile.fileName) ?? NOTHING;
      MODULE_CACHE.set(sourceFile, module);
    }
    return module ?? undefined;
  }
}

/**
 * The package of a file path under `node_modules` (the innermost one, so pnpm's
 * `.pnpm/x@1/node_modules/x` works), with `@types/scope__name` mapped to `@scope/name`.
 */
export function getPackageName(fileName: string): string | undefined {
  const normalized = fileName.replaceAll('\\', '/');
  const index = normalized.lastIndexOf('/node_modules/');
  if (index === -1) return undefined;
  const [first, second] = normalized.slice(index + '/node_modules/'.length).split('/');
  if (first === undefined) return undefined;
  const name = first.startsWith('@') && second !== undefined ? `${first}/${second}` : first;
  if (!name.startsWith('@types/')) return name;
  const typed = name.slice('@types/'.length);
  return typed.includes('__') ? `@${typed.replace('__', '/')}` : typed;
}

/** `IdTokenClaims` -> claims of an ID token, `AccessTokenPayload` -> of an access token. */
function claimsOwner(name: string): { of?: TokenKind } {
  const flat = name.toLowerCase().replaceAll('_', '');
  if (flat.includes('idtoken')) return { of: 'id' };
  if (flat.includes('accesstoken')) return { of: 'access' };
  return {};
}

/** The common answer of several types; `undefined` results are ignored, disagreement gives nothing. */
function agree(results: readonly (TokenInfo | undefined)[]): TokenInfo | undefined {
  let found: TokenInfo | undefined;
  for (const result of results) {
    if (!result) continue;
    if (found && (found.kind !== result.kind || found.of !== result.of)) return undefined;
    found ??= result;
  }
  return found;
}
