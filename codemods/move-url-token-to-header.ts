import type { CallExpression, Node as MorphNode, NewExpression, ObjectLiteralExpression, SourceFile } from 'ts-morph';
import type { Codemod, Finding, FindingEdit, SkippedFinding } from '../src/codemod/types.js';
import type { UrlClient, UrlMethodEntry, UrlSinkEntry } from '../src/knowledge/index.js';

import { Node, SyntaxKind } from 'ts-morph';

import { applyTextEdits, getAddPropertyEdit, getRemoveListElementEdit, isOverlapping } from '../src/codemod/edits.js';
import { URL_METHOD_SINKS, URL_SINKS } from '../src/knowledge/index.js';

/**
 * The rendered `tokenInUrl` message of `no-token-in-url` starts with the token kind and the
 * parameter name (`This access token is placed in a URL (\`access_token\`).`); ESLint does not
 * hand messages' `data` to the codemod, so it is read back from that stable prefix.
 */
const MESSAGE_PREFIX = /^This (access token|ID token|refresh token|token) is placed in a URL \(`([^`]*)`\)/;

/** Clients whose options take a `headers` object that becomes request headers. */
const HEADER_CLIENTS: ReadonlySet<UrlClient> = new Set(['axios', 'fetch', 'got', 'ky']);
/** axios instance methods that take `(url, data, config)`. */
const AXIOS_DATA_METHODS = new Set(['patch', 'post', 'put', 'postForm', 'putForm', 'patchForm']);
/** Objects through which globals are reached. */
const GLOBAL_OBJECTS = new Set(['globalThis', 'self', 'window']);
/** Functions whose argument is the token itself, encoded for the URL: the header takes the raw token. */
const URL_ENCODERS = new Set(['encodeURIComponent', 'encodeURI']);
/** Keys of a query object option. */
const QUERY_OPTION_KEYS = new Set(['params', 'searchParams']);

const REASON = {
  unknownMessage: 'the finding does not name the token kind and parameter; move it by hand',
  idToken:
    'an ID token in a URL must not become a bearer credential (OIDC Core §2: it is meant for the client); send the access token in the Authorization header instead and drop the ID token from the URL',
  refreshToken:
    'a refresh token belongs only in the body of a token request to the authorization server (RFC 6749 §6); remove it from the URL by hand',
  genericToken:
    'the value is not known to be an OAuth access token, so the server may not accept it in an Authorization header; move it by hand once the API is known to accept RFC 6750 §2.1 bearer headers',
  websocket:
    'browsers cannot set headers on a WebSocket or EventSource connection: use a short-lived single-use ticket in the URL, send the token in the first message, or use a cookie',
  navigation:
    'a redirect, navigation or window.open cannot carry an Authorization header: use a POST (form_post) or a backend-for-frontend session cookie instead',
  noRequest:
    'the URL is not passed straight to a fetch, axios, ky or got call in this file (a helper, a returned value or a variable used elsewhere); move the token by hand',
  unsupportedClient: 'the URL goes to a client this codemod does not edit; move the token to its Authorization header by hand',
  queryShape:
    'the query is built in a way this codemod cannot edit safely (searchParams.set, +=, a helper, a computed separator or the value followed by more text); move the token by hand',
  fragment: 'the token is in the URL fragment, which is not sent to the server; remove it by hand',
  optionsNotLiteral:
    'the init/config argument is not an object literal written at the call, so where to add the header is not certain; add `Authorization: Bearer` to it by hand',
  optionsSpread: 'the options spread another object that may already set headers; add `Authorization: Bearer` by hand',
  headersNotLiteral:
    'the existing `headers` is not an object literal (a variable, a spread or `new Headers()`); add `Authorization: Bearer` to it by hand',
  existingAuthorization:
    'the request already sets an Authorization header (or axios `auth`); decide by hand which credential the API expects and drop the token from the URL',
  missingArguments: 'the call has fewer arguments than the position of its options (axios `post(url)` without data); add the config by hand',
  overlapping: 'another token of the same request was moved in this run; run the codemod again',
} as const;

/** A certain rewrite: the text edits of one finding. */
interface Rewrite {
  readonly finding: Finding;
  readonly edits: readonly FindingEdit[];
}

type Decision = Rewrite | { readonly reason: string };

/** Where the token sits in the URL and how to take it out. */
interface QueryPlacement {
  /** The expression that is the URL argument, or the options object that holds the query option. */
  readonly anchor: MorphNode;
  /** `url` when `anchor` is the URL argument; `options` when it is the options object itself. */
  readonly anchorKind: 'options' | 'url';
  /** Edits that remove the parameter. */
  readonly removal: readonly FindingEdit[];
  /** The query option property removed whole (`params: { access_token }`), which the header may replace. */
  readonly removedOption?: MorphNode;
}

/** A client call and the positions of its URL and options. */
interface RequestShape {
  readonly call: CallExpression | NewExpression;
  readonly client: UrlClient;
  readonly urlArgument: number | undefined;
  readonly optionsIndex: number | undefined;
}

/**
 * Moves an access token out of a URL's query string into an `Authorization: Bearer` header
 * (RFC 6750 §2.1, which every resource server must support; §2.3 discourages the query
 * form, and RFC 9700 §4.3.2 forbids it). `no-token-in-url` finds the token; for each finding
 * this codemod maps the reported value to its node, removes the query parameter cleanly
 * (`?a=1&access_token=x&b=2` -> `?a=1&b=2`, `?access_token=x&b=2` -> `?b=2`, a sole parameter
 * with its `?`, template quasis and expressions, `URLSearchParams` entries, axios `params`,
 * ky/got `searchParams`) and adds the header to the literal init/config object of the
 * fetch, axios, ky or got call that sends the URL. Everything else is listed with the
 * recommended alternative.
 */
const moveUrlTokenToHeader: Codemod = {
  name: 'move-url-token-to-header',
  description: 'Move an access token from a URL query string to an Authorization: Bearer header of the same fetch, axios, ky or got call',
  fixesRule: 'no-token-in-url',
  safe: true,
  transform(sourceFile, findings) {
    const rewrites: Rewrite[] = [];
    const skipped: SkippedFinding[] = [];
    for (const finding of findings) {
      const decision = classifyFinding(sourceFile, finding);
      if ('reason' in decision) {
        skipped.push({ finding, reason: decision.reason });
      } else if (rewrites.some((rewrite) => rewrite.edits.some((a) => decision.edits.some((b) => isOverlapping(a, b))))) {
        skipped.push({ finding, reason: REASON.overlapping });
      } else {
        rewrites.push(decision);
      }
    }
    applyTextEdits(
      sourceFile,
      rewrites.flatMap((rewrite) => rewrite.edits),
    );
    return { changed: rewrites.length > 0, skipped };
  },
};

export default moveUrlTokenToHeader;

/** Decides whether moving the finding's token is certain, and computes the edits. */
function classifyFinding(sourceFile: SourceFile, finding: Finding): Decision {
  const match = MESSAGE_PREFIX.exec(finding.message);
  if (finding.messageId !== 'tokenInUrl' || !match) return { reason: REASON.unknownMessage };
  const [, kind, param] = match as unknown as [string, string, string];
  if (kind === 'ID token') return { reason: REASON.idToken };
  if (kind === 'refresh token') return { reason: REASON.refreshToken };
  if (kind !== 'access token') return { reason: REASON.genericToken };

  const value = getNodeAtRange(sourceFile, finding.start, finding.end);
  if (!value) return { reason: REASON.queryShape };
  const placement = getQueryPlacement(value, param);
  if ('reason' in placement) return getTransportReason(value) ?? placement;
  const request = findRequest(placement);
  if ('reason' in request) return request;

  const options = getOptionsObject(request, placement);
  if ('reason' in options) return options;
  const header = `Authorization: \`Bearer \${${getTokenText(value)}}\``;
  const headerEdits = getHeaderEdits(request, options.object, header, placement.removedOption);
  if ('reason' in headerEdits) return headerEdits;
  const removal = headerEdits.replacedOption ? [] : placement.removal;
  return { finding, edits: [...removal, ...headerEdits.edits] };
}

/** The outermost node that spans exactly the reported range. */
function getNodeAtRange(sourceFile: SourceFile, start: number, end: number): MorphNode | undefined {
  let node: MorphNode | undefined = sourceFile.getDescendantAtStartWithWidth(start, end - start);
  if (!node) return undefined;
  for (let parent = node.getParent(); parent && parent.getStart() === start && parent.getEnd() === end; parent = parent.getParent()) {
    if (Node.isExpressionStatement(parent) || Node.isSourceFile(parent)) break;
    node = parent;
  }
  return node;
}

/** Source text of the raw token: `encodeURIComponent(token)` in the URL is `token` in the header. */
function getTokenText(value: MorphNode): string {
  if (Node.isShorthandPropertyAssignment(value)) return value.getName();
  if (Node.isCallExpression(value)) {
    const callee = value.getExpression();
    const [argument] = value.getArguments();
    if (Node.isIdentifier(callee) && URL_ENCODERS.has(callee.getText()) && argument && value.getArguments().length === 1) {
      return argument.getText();
    }
  }
  return value.getText();
}

// --- Where the token is in the URL -------------------------------------------------------

/** Finds how the value got into the URL and the edits that take it out. */
function getQueryPlacement(value: MorphNode, param: string): QueryPlacement | { reason: string } {
  const parent = value.getParent();
  if (Node.isShorthandPropertyAssignment(value) || (Node.isPropertyAssignment(parent) && parent.getInitializer() === value)) {
    const property = Node.isShorthandPropertyAssignment(value) ? value : parent!;
    return getObjectEntryPlacement(property, param);
  }
  if (Node.isTemplateSpan(parent) && parent.getExpression() === value) return getTemplatePlacement(parent, param);
  if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.PlusToken && parent.getRight() === value) {
    return getConcatenationPlacement(parent, value, param);
  }
  return { reason: REASON.queryShape };
}

const PARAM_AT_END = /([?&])([^?&#=${}]+)=$/;

/** `?a=1&access_token=${t}&b=2`: removes `&access_token=${t}`, or `access_token=${t}&` after `?`, or `?access_token=${t}`. */
function getTemplatePlacement(span: MorphNode, param: string): QueryPlacement | { reason: string } {
  if (!Node.isTemplateSpan(span)) return { reason: REASON.queryShape };
  const template = span.getParent();
  if (!Node.isTemplateExpression(template)) return { reason: REASON.queryShape };
  const spans = template.getTemplateSpans();
  const index = spans.indexOf(span);
  const previous = index === 0 ? template.getHead() : spans[index - 1]!.getLiteral();
  const next = span.getLiteral();
  const before = previous.getText().slice(0, -2);
  const found = PARAM_AT_END.exec(before);
  if (!found || safeDecode(found[2]!) !== param) return { reason: REASON.queryShape };
  const staticBefore = [template.getHead(), ...spans.slice(0, index).map((item) => item.getLiteral())].map((part) => part.getText()).join('');
  if (staticBefore.includes('#')) return { reason: REASON.fragment };
  const after = next.getText().slice(1);
  const separatorStart = previous.getStart() + found.index;
  const valueEnd = next.getStart() + 1;
  const removal = getParameterRemoval(found[1]!, after, separatorStart, valueEnd, next.getStart() + 1);
  if (!removal) return { reason: REASON.queryShape };
  return { anchor: template, anchorKind: 'url', removal: [removal] };
}

/**
 * The edit that removes `<separator>name=<value>` whose separator starts at `separatorStart`
 * and whose value ends at `valueEnd`; `after` is the URL text that follows the value, starting
 * at `afterStart`. `undefined` when the value is followed by more of itself.
 */
function getParameterRemoval(separator: string, after: string, separatorStart: number, valueEnd: number, afterStart: number): FindingEdit | undefined {
  const first = after.charAt(0);
  const endOfQuery = first === '' || first === '`' || first === '#' || first === "'" || first === '"';
  if (separator === '&' && (endOfQuery || first === '&')) return { start: separatorStart, end: valueEnd, text: '' };
  if (separator === '?' && first === '&') return { start: separatorStart + 1, end: afterStart + 1, text: '' };
  if (separator === '?' && endOfQuery) return { start: separatorStart, end: valueEnd, text: '' };
  return undefined;
}

/** `base + '?access_token=' + token + '&b=2'`. */
function getConcatenationPlacement(binary: MorphNode, value: MorphNode, param: string): QueryPlacement | { reason: string } {
  if (!Node.isBinaryExpression(binary)) return { reason: REASON.queryShape };
  const left = binary.getLeft();
  const literal = Node.isBinaryExpression(left) ? left.getRight() : left;
  if (!Node.isStringLiteral(literal) && !Node.isNoSubstitutionTemplateLiteral(literal)) return { reason: REASON.queryShape };
  const quote = literal.getText().charAt(0);
  const raw = literal.getText().slice(1, -1);
  const found = PARAM_AT_END.exec(raw);
  if (!found || safeDecode(found[2]!) !== param) return { reason: REASON.queryShape };
  if (raw.slice(0, found.index).includes('#')) return { reason: REASON.fragment };

  let root: MorphNode = binary;
  while (Node.isParenthesizedExpression(root.getParent())) root = root.getParent()!;
  const outer = root.getParent();
  let next: MorphNode | undefined;
  if (Node.isBinaryExpression(outer) && outer.getLeft() === root) {
    if (outer.getOperatorToken().getKind() !== SyntaxKind.PlusToken) return { reason: REASON.queryShape };
    next = outer.getRight();
    if (!Node.isStringLiteral(next) && !Node.isNoSubstitutionTemplateLiteral(next)) return { reason: REASON.queryShape };
  }
  const after = next ? next.getText().slice(1, -1) : '';
  const separator = found[1]!;
  const endOfQuery = after === '' || after.startsWith('#');
  const keepsSeparator = separator === '?' && after.startsWith('&');
  if (!endOfQuery && !after.startsWith('&')) return { reason: REASON.queryShape };
  const kept = raw.slice(0, keepsSeparator ? found.index + 1 : found.index);
  const edits: FindingEdit[] = [];
  if (kept === '') {
    // `base + '?access_token=' + token`: the literal goes too.
    if (!Node.isBinaryExpression(left)) return { reason: REASON.queryShape };
    edits.push({ start: left.getLeft().getEnd(), end: value.getEnd(), text: '' });
  } else {
    edits.push({ start: literal.getStart(), end: value.getEnd(), text: `${quote}${kept}${quote}` });
  }
  if (keepsSeparator && next) edits.push({ start: next.getStart() + 1, end: next.getStart() + 2, text: '' });
  return { anchor: getOutermostConcatenation(binary), anchorKind: 'url', removal: edits };
}

function getOutermostConcatenation(binary: MorphNode): MorphNode {
  let node = binary;
  for (let parent = node.getParent(); parent; parent = node.getParent()) {
    if (Node.isParenthesizedExpression(parent)) node = parent;
    else if (Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.PlusToken && parent.getLeft() === node) node = parent;
    else break;
  }
  return node;
}

/** `{ access_token: t }` in axios `params`, ky/got `searchParams`, or `new URLSearchParams({ ... })`. */
function getObjectEntryPlacement(property: MorphNode, param: string): QueryPlacement | { reason: string } {
  const object = property.getParent();
  if (!Node.isObjectLiteralExpression(object)) return { reason: REASON.queryShape };
  const name = getPropertyName(property);
  if (name !== param) return { reason: REASON.queryShape };
  const container = skipTransparent(object);
  const holder = container.getParent();

  // `new URLSearchParams({ ... })` in a template (`?${...}`) or as a ky/got `searchParams` value.
  if (Node.isNewExpression(holder) && holder.getExpression().getText() === 'URLSearchParams' && holder.getArguments()[0] === container) {
    const entry = getRemoveListElementEdit(object.getProperties(), property);
    let outer: MorphNode = holder;
    while (Node.isParenthesizedExpression(outer.getParent()) || Node.isAsExpression(outer.getParent())) outer = outer.getParent()!;
    const span = outer.getParent();
    if (Node.isTemplateSpan(span) && span.getExpression() === outer) {
      const template = span.getParent();
      if (!Node.isTemplateExpression(template)) return { reason: REASON.queryShape };
      if (entry) return { anchor: template, anchorKind: 'url', removal: [entry] };
      const removal = getWholeQueryRemoval(span);
      return removal ? { anchor: template, anchorKind: 'url', removal: [removal] } : { reason: REASON.queryShape };
    }
    if (Node.isPropertyAssignment(span) && span.getInitializer() === outer && getPropertyName(span) === 'searchParams') {
      return getQueryOptionPlacement(span, entry);
    }
    return { reason: REASON.noRequest };
  }
  if (Node.isPropertyAssignment(holder) && holder.getInitializer() === container && QUERY_OPTION_KEYS.has(getPropertyName(holder) ?? '')) {
    return getQueryOptionPlacement(holder, getRemoveListElementEdit(object.getProperties(), property));
  }
  return { reason: REASON.noRequest };
}

/** The `params` / `searchParams` option: remove the entry, or the whole option when it was the only one. */
function getQueryOptionPlacement(option: MorphNode, entry: FindingEdit | undefined): QueryPlacement | { reason: string } {
  const options = option.getParent();
  if (!Node.isObjectLiteralExpression(options)) return { reason: REASON.queryShape };
  if (entry) return { anchor: options, anchorKind: 'options', removal: [entry] };
  const whole = getRemoveListElementEdit(options.getProperties(), option) ?? { start: option.getStart(), end: option.getEnd(), text: '' };
  return { anchor: options, anchorKind: 'options', removal: [whole], removedOption: option };
}

/** `?${new URLSearchParams({ access_token })}`: removes `?${...}` (or `${...}&` after `?`). */
function getWholeQueryRemoval(span: MorphNode): FindingEdit | undefined {
  if (!Node.isTemplateSpan(span)) return undefined;
  const template = span.getParent();
  if (!Node.isTemplateExpression(template)) return undefined;
  const spans = template.getTemplateSpans();
  const index = spans.indexOf(span);
  const previous = index === 0 ? template.getHead() : spans[index - 1]!.getLiteral();
  const next = span.getLiteral();
  const before = previous.getText().slice(0, -2);
  if (!before.endsWith('?') || before.includes('#')) return undefined;
  const after = next.getText().slice(1);
  const separatorStart = previous.getStart() + before.length - 1;
  return getParameterRemoval('?', after, separatorStart, next.getStart() + 1, next.getStart() + 1);
}

// --- The request that sends the URL ------------------------------------------------------

/**
 * When the URL goes to a WebSocket, EventSource or a navigation, that is the reason a header
 * cannot help, whatever the shape of the query: say so rather than blame the query.
 */
function getTransportReason(value: MorphNode): { reason: string } | undefined {
  let node: MorphNode | undefined = value;
  for (let depth = 0; node && depth < 6; depth++) {
    const parent: MorphNode | undefined = node.getParent();
    if (Node.isCallExpression(parent) || Node.isNewExpression(parent)) {
      const shape = getRequestShape(parent);
      if (!shape) return undefined;
      if (shape.client === 'websocket' || shape.client === 'event-source' || shape.client === 'socket.io') return { reason: REASON.websocket };
      if (['navigation', 'redirect', 'router', 'window-open'].includes(shape.client)) return { reason: REASON.navigation };
      return undefined;
    }
    node = parent;
  }
  return undefined;
}

/** The call whose URL argument (or options object) holds the token. */
function findRequest(placement: QueryPlacement): RequestShape | { reason: string } {
  let node = skipTransparentUp(placement.anchor);
  let parent = node.getParent();
  if (placement.anchorKind === 'url' && Node.isVariableDeclaration(parent) && parent.getInitializer() === node) {
    // `const url = ...; fetch(url)`: only when the URL is used once, by the call.
    const nameNode = parent.getNameNode();
    if (!Node.isIdentifier(nameNode) || parent.getVariableStatement()?.getDeclarationKind() !== 'const') return { reason: REASON.noRequest };
    const uses = nameNode.findReferencesAsNodes().filter((reference) => reference !== nameNode);
    if (uses.length !== 1) return { reason: REASON.noRequest };
    node = skipTransparentUp(uses[0]!);
    parent = node.getParent();
  }
  if (placement.anchorKind === 'url' && Node.isBinaryExpression(parent) && parent.getOperatorToken().getKind() === SyntaxKind.EqualsToken) {
    return { reason: REASON.navigation };
  }
  if (!Node.isCallExpression(parent) && !Node.isNewExpression(parent)) return { reason: REASON.noRequest };
  const index = parent.getArguments().indexOf(node);
  if (index === -1) return { reason: REASON.noRequest };
  const shape = getRequestShape(parent);
  if (!shape) return { reason: REASON.noRequest };
  if (shape.client === 'websocket' || shape.client === 'event-source' || shape.client === 'socket.io') return { reason: REASON.websocket };
  if (['navigation', 'redirect', 'router', 'window-open'].includes(shape.client)) return { reason: REASON.navigation };
  if (!HEADER_CLIENTS.has(shape.client)) return { reason: REASON.unsupportedClient };
  if (placement.anchorKind === 'url' && shape.urlArgument !== index) return { reason: REASON.noRequest };
  if (placement.anchorKind === 'options' && shape.optionsIndex !== index && !(shape.client === 'axios' && index === 0)) {
    return { reason: REASON.noRequest };
  }
  return shape;
}

/** The options object to receive the header: the literal at the options position, or a new one. */
function getOptionsObject(
  request: RequestShape,
  placement: QueryPlacement,
): { object: ObjectLiteralExpression | undefined } | { reason: string } {
  if (placement.anchorKind === 'options' && Node.isObjectLiteralExpression(placement.anchor)) return { object: placement.anchor };
  const index = request.optionsIndex;
  if (index === undefined) return { reason: REASON.unsupportedClient };
  const argumentsList = request.call.getArguments();
  if (argumentsList.length < index) return { reason: REASON.missingArguments };
  const argument = argumentsList[index];
  if (!argument) return { object: undefined };
  const inner = skipTransparent(argument);
  return Node.isObjectLiteralExpression(inner) ? { object: inner } : { reason: REASON.optionsNotLiteral };
}

/**
 * Edits that add the header: into an existing literal `headers`, as a new `headers` property
 * (in place of a query option that is removed whole, when there is one), or as a new options
 * argument when the call has none.
 */
function getHeaderEdits(
  request: RequestShape,
  options: ObjectLiteralExpression | undefined,
  header: string,
  removedOption: MorphNode | undefined,
): { edits: FindingEdit[]; replacedOption: boolean } | { reason: string } {
  if (!options) {
    const argumentsList = request.call.getArguments();
    const last = argumentsList.at(-1);
    if (!last) return { reason: REASON.noRequest };
    return { edits: [{ start: last.getEnd(), end: last.getEnd(), text: `, { headers: { ${header} } }` }], replacedOption: false };
  }
  const members = options.getProperties();
  if (members.some((member) => Node.isSpreadAssignment(member))) return { reason: REASON.optionsSpread };
  if (request.client === 'axios' && members.some((member) => getPropertyName(member) === 'auth')) return { reason: REASON.existingAuthorization };
  const headers = members.find((member) => getPropertyName(member) === 'headers');
  if (!headers) {
    const property = `headers: { ${header} }`;
    if (removedOption) {
      return { edits: [{ start: removedOption.getStart(), end: removedOption.getEnd(), text: property }], replacedOption: true };
    }
    return { edits: [getAddPropertyEdit(options, property)], replacedOption: false };
  }
  const value = Node.isPropertyAssignment(headers) ? headers.getInitializer() : undefined;
  const object = value ? skipTransparent(value) : undefined;
  if (!Node.isObjectLiteralExpression(object)) return { reason: REASON.headersNotLiteral };
  const headerMembers = object.getProperties();
  if (headerMembers.some((member) => Node.isSpreadAssignment(member))) return { reason: REASON.headersNotLiteral };
  if (headerMembers.some((member) => getPropertyName(member)?.toLowerCase() === 'authorization')) return { reason: REASON.existingAuthorization };
  return { edits: [getAddPropertyEdit(object, header)], replacedOption: false };
}

/**
 * The client of a call, from the URL knowledge table: imports (default, named, aliased,
 * namespace, `require`), globals (also through `window.` / `globalThis.` / `self.`, unless
 * the name is declared in the file), instances of `axios.create()` / `ky.create()` /
 * `got.extend()`, and method-name sinks (`res.redirect`, `router.push`).
 */
function getRequestShape(call: MorphNode): RequestShape | undefined {
  if (!Node.isCallExpression(call) && !Node.isNewExpression(call)) return undefined;
  const chain = getMemberChain(call.getExpression());
  if (!chain) return getMethodSinkShape(call);
  const sourceFile = call.getSourceFile();
  const [root, ...members] = chain;
  const imported = getImportPath(sourceFile, root!);
  const construct = Node.isNewExpression(call);
  let entry: UrlSinkEntry | undefined;
  if (imported) {
    const path = [...imported.path, ...members];
    entry = (URL_SINKS as readonly UrlSinkEntry[]).find((candidate) =>
      candidate.exports.some((exported) => exported.module === imported.module && samePath(exported.path, path)),
    );
  } else if (!isDeclaredInFile(sourceFile, root!)) {
    const path = GLOBAL_OBJECTS.has(root!) ? members : chain;
    entry = (URL_SINKS as readonly UrlSinkEntry[]).find((candidate) => (candidate.globals ?? []).some((global) => samePath(global, path)));
  } else if (members.length === 1) {
    const instance = getInstanceEntry(sourceFile, root!);
    if (instance?.createsClient === true && (instance.clientMethods ?? []).includes(members[0]!)) {
      const dataMethod = instance.client === 'axios' && AXIOS_DATA_METHODS.has(members[0]!);
      return { call, client: instance.client, urlArgument: 0, optionsIndex: dataMethod ? 2 : 1 };
    }
  }
  if (!entry) return getMethodSinkShape(call);
  if (entry.call === 'construct' && !construct && entry.client !== 'websocket') return undefined;
  const optionsIndex = (entry.optionsArguments ?? []).find((index) => index !== entry.urlArgument);
  return { call, client: entry.client, urlArgument: entry.urlArgument, optionsIndex };
}

function getMethodSinkShape(call: CallExpression | NewExpression): RequestShape | undefined {
  const callee = call.getExpression();
  if (!Node.isPropertyAccessExpression(callee)) return undefined;
  const method = callee.getName();
  const receiver = callee.getExpression();
  const receiverName = (Node.isPropertyAccessExpression(receiver) ? receiver.getName() : receiver.getText()).toLowerCase();
  const entry = (URL_METHOD_SINKS as readonly UrlMethodEntry[]).find(
    (candidate) => candidate.methods.includes(method) && (candidate.receivers.length === 0 || candidate.receivers.includes(receiverName)),
  );
  if (!entry || (entry.client !== 'redirect' && entry.client !== 'router')) return undefined;
  return { call, client: entry.client, urlArgument: entry.urlArgument, optionsIndex: undefined };
}

/** `a.b.c` as `['a', 'b', 'c']`; `undefined` for computed or call receivers. */
function getMemberChain(expression: MorphNode): string[] | undefined {
  const node = skipTransparent(expression);
  if (Node.isIdentifier(node)) return [node.getText()];
  if (Node.isPropertyAccessExpression(node)) {
    const object = getMemberChain(node.getExpression());
    return object ? [...object, node.getName()] : undefined;
  }
  return undefined;
}

/** Module and export path of a local name bound by an import or a top-level `require`. */
function getImportPath(sourceFile: SourceFile, name: string): { module: string; path: string[] } | undefined {
  for (const declaration of sourceFile.getImportDeclarations()) {
    const module = declaration.getModuleSpecifierValue();
    if (declaration.getDefaultImport()?.getText() === name) return { module, path: ['default'] };
    if (declaration.getNamespaceImport()?.getText() === name) return { module, path: [] };
    for (const specifier of declaration.getNamedImports()) {
      if ((specifier.getAliasNode()?.getText() ?? specifier.getName()) === name) return { module, path: [specifier.getName()] };
    }
  }
  for (const declaration of sourceFile.getVariableDeclarations()) {
    const init = declaration.getInitializer();
    if (!Node.isCallExpression(init) || init.getExpression().getText() !== 'require') continue;
    const specifier = init.getArguments()[0];
    if (!Node.isStringLiteral(specifier)) continue;
    const module = specifier.getLiteralText();
    const nameNode = declaration.getNameNode();
    if (Node.isIdentifier(nameNode) && nameNode.getText() === name) return { module, path: ['default'] };
    if (Node.isObjectBindingPattern(nameNode)) {
      for (const element of nameNode.getElements()) {
        if (element.getName() === name) return { module, path: [element.getPropertyNameNode()?.getText() ?? name] };
      }
    }
  }
  return undefined;
}

/** The knowledge entry of the factory call that created `name` (`const api = axios.create()`). */
function getInstanceEntry(sourceFile: SourceFile, name: string): UrlSinkEntry | undefined {
  const declaration = sourceFile.getVariableDeclaration(name);
  const init = declaration?.getInitializer();
  if (!Node.isCallExpression(init)) return undefined;
  const shape = getMemberChain(init.getExpression());
  if (!shape) return undefined;
  const imported = getImportPath(sourceFile, shape[0]!);
  if (!imported) return undefined;
  const path = [...imported.path, ...shape.slice(1)];
  return (URL_SINKS as readonly UrlSinkEntry[]).find((candidate) =>
    candidate.exports.some((exported) => exported.module === imported.module && samePath(exported.path, path)),
  );
}

/** `true` when the file declares `name` anywhere (a parameter, variable, function or class), shadowing a global. */
function isDeclaredInFile(sourceFile: SourceFile, name: string): boolean {
  return sourceFile.getDescendantsOfKind(SyntaxKind.Identifier).some((identifier) => {
    if (identifier.getText() !== name) return false;
    const parent = identifier.getParent();
    return (
      (Node.isVariableDeclaration(parent) ||
        Node.isParameterDeclaration(parent) ||
        Node.isFunctionDeclaration(parent) ||
        Node.isClassDeclaration(parent) ||
        Node.isBindingElement(parent)) &&
      parent.getNameNode() === identifier
    );
  });
}

// --- Helpers ------------------------------------------------------------------------------

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

/** Static name of an object member (`a`, `'a'`, `"a"`, shorthand). */
function getPropertyName(member: MorphNode): string | undefined {
  if (Node.isShorthandPropertyAssignment(member)) return member.getName();
  if (!Node.isPropertyAssignment(member)) return undefined;
  const nameNode = member.getNameNode();
  if (Node.isIdentifier(nameNode)) return nameNode.getText();
  if (Node.isStringLiteral(nameNode) || Node.isNoSubstitutionTemplateLiteral(nameNode)) return nameNode.getLiteralText();
  return undefined;
}

/** Looks through parentheses, `as`, `satisfies` and `!` down to the expression. */
function skipTransparent(node: MorphNode): MorphNode {
  let current = node;
  while (
    Node.isParenthesizedExpression(current) ||
    Node.isAsExpression(current) ||
    Node.isSatisfiesExpression(current) ||
    Node.isNonNullExpression(current)
  ) {
    current = current.getExpression();
  }
  return current;
}

/** Climbs out of parentheses, `as`, `satisfies`, `!` and `await` around an expression. */
function skipTransparentUp(node: MorphNode): MorphNode {
  let current = node;
  for (let parent = current.getParent(); parent; parent = current.getParent()) {
    if (
      Node.isParenthesizedExpression(parent) ||
      Node.isAsExpression(parent) ||
      Node.isSatisfiesExpression(parent) ||
      Node.isNonNullExpression(parent)
    ) {
      current = parent;
    } else {
      break;
    }
  }
  return current;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
