import type { CallExpression, Node as MorphNode, NewExpression, ObjectLiteralExpression, SourceFile, VariableDeclaration } from 'ts-morph';
import type { Codemod, CodemodContext, Finding, FindingEdit, SkippedFinding } from '../src/codemod/types.js';
import type { VerifierEntry } from '../src/knowledge/index.js';

import { Node, SyntaxKind } from 'ts-morph';

import { applyTextEdits, getAddPropertyEdit } from '../src/codemod/edits.js';
import { VERIFIERS } from '../src/knowledge/index.js';

/**
 * The rendered `missingAudience` message of `require-jwt-audience` names the verifier API and
 * the dotted audience option (`` `jwtVerify` is called without `audience`; ... ``); ESLint
 * does not hand messages' `data` to the codemod, so they are read back from that stable prefix.
 */
const MISSING_MESSAGE = /^`([^`]+)` is called without `([^`]+)`;/;

/** A same-file name or environment variable that holds an audience (`API_AUDIENCE`, `jwtAudience`, `AUTH0_AUDIENCE`). */
const AUDIENCE_NAME = /audience/i;

const REASON = {
  unknownMessage: 'the finding does not name the verifier and its audience option; add the audience by hand',
  disabled:
    'the audience option is present but set to a value that turns the check off (`clientId: null`, `validators: { aud: false }`, `audience: undefined`); a human must decide whether this verifier may accept tokens for any audience',
  noAudience:
    'no expected audience is known: pass `--audience <expression>`, set `settings[\'oauth-tokens\'].audience`, or declare one constant such as `const API_AUDIENCE = process.env.API_AUDIENCE` in this file (the codemod never invents one)',
  severalAudiences: (sources: readonly string[]) =>
    `several audience sources are known (${sources.map((source) => `\`${source}\``).join(', ')}); pass the one this verifier expects with \`--audience\`, or add it by hand`,
  unknownVerifier: 'the verifier is not in the knowledge table (a verifier from `additionalVerifiers`) and has no options object to edit; add the audience by hand',
  notOptions:
    'the options position holds something other than options (`undefined`, an algorithm name, a non-callback argument); add the audience by hand',
  missingArguments: 'the call has fewer arguments than the position of its options (a key or secret is missing); add the audience by hand',
  sharedOptions:
    'the options object is a variable used by more than this call (or declared where the edit would not be local); add the audience where the options are defined, by hand',
  unknownNesting: 'where the nested audience option belongs in this options object is not certain; add it by hand',
  overlapping: 'another finding edits the same options object in this run; run the codemod again',
} as const;

/** A certain edit for one finding. */
interface Rewrite {
  readonly finding: Finding;
  readonly edit: FindingEdit;
}

type Decision = Rewrite | { readonly reason: string };

/**
 * Adds the expected audience to a JWT verifier's options (RFC 8725 §3.9, RFC 9068 §4, OIDC
 * Core §3.1.3.7 step 3), with the key each library reads (`audience`, `allowedAud`,
 * `verify.allowedAud`, hono `aud`, `verification.aud`, `verifyOptions.audience`) from the
 * verifier knowledge table. `require-jwt-audience` finds the calls and reports either the
 * options object that lacks the key or, when there are no options, the call. The value is
 * never invented: it must come from exactly one source, `--audience`, the
 * `settings['oauth-tokens'].audience` setting, or a single same-file constant or environment
 * read named like an audience. Disabled audience checks are listed for a human.
 */
const addJwtAudience: Codemod = {
  name: 'add-jwt-audience',
  description: 'Add the expected audience to a JWT verifier\'s options when exactly one audience source is known',
  fixesRule: 'require-jwt-audience',
  safe: true,
  transform(sourceFile, findings, context) {
    const rewrites: Rewrite[] = [];
    const skipped: SkippedFinding[] = [];
    for (const finding of findings) {
      const decision = classifyFinding(sourceFile, finding, context);
      if ('reason' in decision) skipped.push({ finding, reason: decision.reason });
      else if (rewrites.some((rewrite) => rewrite.edit.start === decision.edit.start)) skipped.push({ finding, reason: REASON.overlapping });
      else rewrites.push(decision);
    }
    applyTextEdits(
      sourceFile,
      rewrites.map((rewrite) => rewrite.edit),
    );
    return { changed: rewrites.length > 0, skipped };
  },
};

export default addJwtAudience;

/** Decides whether adding the audience is certain, and computes the edit. */
function classifyFinding(sourceFile: SourceFile, finding: Finding, context: CodemodContext): Decision {
  if (finding.messageId === 'audienceDisabled') return { reason: REASON.disabled };
  const match = MISSING_MESSAGE.exec(finding.message);
  if (finding.messageId !== 'missingAudience' || !match) return { reason: REASON.unknownMessage };
  const [, api, option] = match as unknown as [string, string, string];
  const entry = getVerifierEntry(api, option);
  const path = entry ? entry.audienceOptions[0]!.path : option.split('.');

  const node = sourceFile.getDescendantAtStartWithWidth(finding.start, finding.end - finding.start);
  if (!node) return { reason: REASON.unknownMessage };
  const target = getTarget(node, path, entry);
  if ('reason' in target) return target;

  const sources = collectAudienceSources(target.scopeNode, context);
  if (sources.length === 0) return { reason: REASON.noAudience };
  if (sources.length > 1) return { reason: REASON.severalAudiences(sources) };
  const property = formatProperty(target.missingPath, sources[0]!);
  return { finding, edit: target.getEdit(property) };
}

/** The verifier entry named by the message (`JwtService.verifyAsync` is the `JwtService.verify` entry). */
function getVerifierEntry(api: string, option: string): VerifierEntry | undefined {
  return (VERIFIERS as readonly VerifierEntry[]).find((entry) => {
    if (entry.audienceOptions[0]!.path.join('.') !== option) return false;
    if (entry.api === api) return true;
    const prefix = entry.api.includes('.') ? entry.api.slice(0, entry.api.lastIndexOf('.') + 1) : '';
    return entry.invocation === 'method' && (entry.methods ?? []).some((method) => `${prefix}${method}` === api);
  });
}

/** Where the property goes, which keys are still missing, and the node whose scope must see the value. */
interface Target {
  readonly missingPath: readonly string[];
  readonly scopeNode: MorphNode;
  getEdit(property: string): FindingEdit;
}

/** Maps the reported node (the options object, or the call without options) to the edit location. */
function getTarget(node: MorphNode, path: readonly string[], entry: VerifierEntry | undefined): Target | { reason: string } {
  const call = findCall(node);
  if (call) return getArgumentTarget(call, path, entry);
  const object = findObject(node);
  if (!object) return { reason: REASON.unknownMessage };
  const missingPath = getMissingPath(object, path);
  if ('reason' in missingPath) return missingPath;
  return { missingPath, scopeNode: object, getEdit: (property) => getAddPropertyEdit(object, property) };
}

function findCall(node: MorphNode): CallExpression | NewExpression | undefined {
  if (Node.isCallExpression(node) || Node.isNewExpression(node)) return node;
  const parent = node.getParent();
  // `super(...)`, `new X(...)`: the range may start at the keyword.
  if ((Node.isCallExpression(parent) || Node.isNewExpression(parent)) && parent.getStart() === node.getStart()) return parent;
  return undefined;
}

function findObject(node: MorphNode): ObjectLiteralExpression | undefined {
  if (Node.isObjectLiteralExpression(node)) return node;
  const parent = node.getParent();
  return Node.isObjectLiteralExpression(parent) && parent.getStart() === node.getStart() ? parent : undefined;
}

/** A call without options: add an options argument at the entry's position (before a jsonwebtoken callback). */
function getArgumentTarget(call: CallExpression | NewExpression, path: readonly string[], entry: VerifierEntry | undefined): Target | { reason: string } {
  if (!entry) return { reason: REASON.unknownVerifier };
  const index = entry.optionsArgument;
  const argumentsList = call.getArguments();
  if (argumentsList.length < index) return { reason: REASON.missingArguments };
  const wrap = (property: string): string => `{ ${property} }`;
  if (argumentsList.length === index) {
    const last = argumentsList.at(-1);
    if (last) return { missingPath: path, scopeNode: call, getEdit: (property) => ({ start: last.getEnd(), end: last.getEnd(), text: `, ${wrap(property)}` }) };
    const open = call.getFirstChildByKind(SyntaxKind.OpenParenToken);
    if (!open) return { reason: REASON.notOptions };
    return { missingPath: path, scopeNode: call, getEdit: (property) => ({ start: open.getEnd(), end: open.getEnd(), text: wrap(property) }) };
  }
  const argument = argumentsList[index]!;
  if (entry.callbackMayReplaceOptions === true && argumentsList.length === index + 1 && isCallback(argument)) {
    // jsonwebtoken `verify(token, key, callback)` -> `verify(token, key, { audience }, callback)`.
    return { missingPath: path, scopeNode: call, getEdit: (property) => ({ start: argument.getStart(), end: argument.getStart(), text: `${wrap(property)}, ` }) };
  }
  return { reason: REASON.notOptions };
}

function isCallback(node: MorphNode): boolean {
  return Node.isArrowFunction(node) || Node.isFunctionExpression(node) || Node.isIdentifier(node);
}

/**
 * Keys to add to the reported object. For a one-key option that is the option. For a nested
 * option (`verify.allowedAud`) the rule reports the object that lacks the next key: the
 * options themselves (add `verify: { allowedAud }`) or the `verify` object (add `allowedAud`),
 * told apart by where the object is written. An options object held in a `const` is edited
 * only when this call is its one use.
 */
function getMissingPath(object: ObjectLiteralExpression, path: readonly string[]): readonly string[] | { reason: string } {
  let written: MorphNode = object;
  while (Node.isParenthesizedExpression(written.getParent()) || Node.isAsExpression(written.getParent()) || Node.isSatisfiesExpression(written.getParent())) {
    written = written.getParent()!;
  }
  let holder = written.getParent();
  let use: MorphNode = written;
  if (Node.isVariableDeclaration(holder) && holder.getInitializer() === written) {
    const nameNode = holder.getNameNode();
    if (!Node.isIdentifier(nameNode) || holder.getVariableStatement()?.getDeclarationKind() !== 'const') return { reason: REASON.sharedOptions };
    const uses = nameNode.findReferencesAsNodes().filter((reference) => reference !== nameNode);
    if (uses.length !== 1) return { reason: REASON.sharedOptions };
    use = uses[0]!;
    holder = use.getParent();
  }
  if (path.length === 1) return path;
  const objectKeys = new Set(object.getProperties().map((member) => (Node.isPropertyAssignment(member) || Node.isShorthandPropertyAssignment(member) ? member.getName() : '')));
  if (objectKeys.has(path[0]!)) return { reason: REASON.unknownNesting };
  const parentKey = Node.isPropertyAssignment(holder) || Node.isShorthandPropertyAssignment(holder) ? holder.getName() : undefined;
  if (parentKey !== undefined) return parentKey === path.at(-2) ? path.slice(-1) : { reason: REASON.unknownNesting };
  if (Node.isCallExpression(holder) || Node.isNewExpression(holder)) return path;
  return { reason: REASON.unknownNesting };
}

/** `audience: X`, `audience` (shorthand when the value is that identifier), or `verify: { allowedAud: X }`. */
function formatProperty(path: readonly string[], value: string): string {
  const [key, ...rest] = path;
  if (rest.length > 0) return `${key}: { ${formatProperty(rest, value)} }`;
  return value === key ? key! : `${key}: ${value}`;
}

/**
 * The distinct audience expressions known for an edit at `node`: `--audience`, the setting,
 * same-file `const`s named like an audience declared before `node` in an enclosing block
 * (also `const { AUTH0_AUDIENCE } = process.env`), and `process.env.*AUDIENCE*` reads that
 * are not the initializer of such a constant.
 */
function collectAudienceSources(node: MorphNode, context: CodemodContext): string[] {
  const sources = new Set<string>();
  if (context.audience !== undefined && context.audience.trim() !== '') sources.add(context.audience.trim());
  if (context.settings.audience !== undefined) sources.add(context.settings.audience.trim());
  const covered = new Set<MorphNode>();
  for (const declaration of collectScopeConstants(node)) {
    const nameNode = declaration.getNameNode();
    const init = declaration.getInitializer();
    if (Node.isIdentifier(nameNode) && AUDIENCE_NAME.test(nameNode.getText())) {
      sources.add(nameNode.getText());
      if (init) covered.add(init);
    } else if (Node.isObjectBindingPattern(nameNode) && init && isProcessEnv(init)) {
      for (const element of nameNode.getElements()) {
        const key = element.getPropertyNameNode()?.getText() ?? element.getName();
        if (AUDIENCE_NAME.test(key) && element.getInitializer() === undefined) sources.add(element.getName());
      }
    }
  }
  for (const read of collectEnvAudienceReads(node.getSourceFile())) {
    if (![...covered].some((init) => init === read || isAncestor(init, read))) sources.add(read.getText());
  }
  return [...sources];
}

/** `const` declarations in the blocks enclosing `node`, written before it. */
function collectScopeConstants(node: MorphNode): VariableDeclaration[] {
  const found: VariableDeclaration[] = [];
  const position = node.getStart();
  for (let ancestor = node.getParent(); ancestor; ancestor = ancestor.getParent()) {
    if (!Node.isBlock(ancestor) && !Node.isSourceFile(ancestor) && !Node.isModuleBlock(ancestor)) continue;
    for (const statement of ancestor.getStatements()) {
      if (!Node.isVariableStatement(statement) || statement.getDeclarationKind() !== 'const' || statement.getEnd() > position) continue;
      found.push(...statement.getDeclarations());
    }
  }
  return found;
}

/** `process.env.API_AUDIENCE` and `process.env['API_AUDIENCE']` reads. */
function collectEnvAudienceReads(sourceFile: SourceFile): MorphNode[] {
  const reads: MorphNode[] = [];
  for (const access of sourceFile.getDescendantsOfKind(SyntaxKind.PropertyAccessExpression)) {
    if (isProcessEnv(access.getExpression()) && AUDIENCE_NAME.test(access.getName()) && !isAssigned(access)) reads.push(access);
  }
  for (const access of sourceFile.getDescendantsOfKind(SyntaxKind.ElementAccessExpression)) {
    const key = access.getArgumentExpression();
    if (isProcessEnv(access.getExpression()) && Node.isStringLiteral(key) && AUDIENCE_NAME.test(key.getLiteralText()) && !isAssigned(access)) reads.push(access);
  }
  return reads;
}

function isProcessEnv(node: MorphNode): boolean {
  return Node.isPropertyAccessExpression(node) && node.getName() === 'env' && node.getExpression().getText() === 'process';
}

function isAssigned(node: MorphNode): boolean {
  const parent = node.getParent();
  return Node.isBinaryExpression(parent) && parent.getLeft() === node && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken;
}

function isAncestor(ancestor: MorphNode, node: MorphNode): boolean {
  for (let current = node.getParent(); current; current = current.getParent()) if (current === ancestor) return true;
  return false;
}
