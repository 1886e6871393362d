import type { Node as MorphNode, SourceFile } from 'ts-morph';
import type { Codemod, Finding, SkippedFinding } from '../src/codemod/types.js';
import type { TokenSiblingEntry } from '../src/knowledge/index.js';

import { Node } from 'ts-morph';

import { TOKEN_SIBLINGS } from '../src/knowledge/index.js';

/** The suggestion of `no-id-token-as-bearer` that carries the certain rewrite. */
const USE_ACCESS_TOKEN = 'useAccessToken';

const REASON_NO_SIBLING =
  'no access token known on this object: a bare variable or an unknown SDK object; pass the access token by hand';
const REASON_REFRESH_TOKEN =
  'a refresh token is sent as a bearer credential; send the access token obtained with it instead (the object holding the refresh token may not carry one)';
const REASON_MISMATCH = 'the suggested edit does not name an ID-token member from the knowledge table; rewrite by hand';

/** A certain rewrite: rename the ID-token member `node` to `accessName`. */
interface Rewrite {
  readonly node: MorphNode;
  readonly accessName: string;
  readonly finding: Finding;
}

/**
 * Rewrites an ID token sent as a bearer credential to the access token that the same SDK
 * object carries (`tokens.id_token` -> `tokens.access_token`, MSAL `result.idToken` ->
 * `result.accessToken`, Keycloak `keycloak.idToken` -> `keycloak.token`). The rule already
 * decided the rewrite from `TOKEN_SIBLINGS` and offers it as its `useAccessToken` suggestion;
 * this codemod applies that suggestion after checking the node at its range against the
 * same table. Findings without it are left for a human.
 */
const idTokenToAccessToken: Codemod = {
  name: 'id-token-to-access-token',
  description: 'Replace an ID token sent as a bearer credential with the access token of the same SDK object',
  fixesRule: 'no-id-token-as-bearer',
  safe: true,
  transform(sourceFile, findings) {
    const rewrites: Rewrite[] = [];
    const skipped: SkippedFinding[] = [];
    const seen = new Set<number>();
    for (const finding of findings) {
      const decision = classifyFinding(sourceFile, finding);
      if ('reason' in decision) {
        skipped.push({ finding, reason: decision.reason });
      } else if (!seen.has(decision.node.getStart())) {
        seen.add(decision.node.getStart());
        rewrites.push(decision);
      }
    }

    let changed = false;
    for (const rewrite of rewrites.sort((a, b) => b.node.getStart() - a.node.getStart())) {
      if (rewrite.node.wasForgotten()) {
        skipped.push({ finding: rewrite.finding, reason: 'the expression changed while other findings were fixed; run the codemod again' });
        continue;
      }
      replaceIdTokenWithAccessToken(rewrite.node, rewrite.accessName);
      changed = true;
    }
    return { changed, skipped };
  },
};

export default idTokenToAccessToken;

/** Decides whether the finding's rewrite is certain, and finds the node to rename. */
function classifyFinding(sourceFile: SourceFile, finding: Finding): Rewrite | { reason: string } {
  if (finding.messageId === 'refreshTokenAsBearer') return { reason: REASON_REFRESH_TOKEN };
  const suggestion = finding.suggestions.find((candidate) => candidate.messageId === USE_ACCESS_TOKEN);
  if (!suggestion) return { reason: REASON_NO_SIBLING };
  const { start, end, text } = suggestion.fix;
  const node = sourceFile.getDescendantAtStartWithWidth(start, end - start);
  if (!node) return { reason: REASON_MISMATCH };
  // Auth0: `claims.__raw` -> `await getAccessTokenSilently()` (the rule checked scope and `async`).
  if (isClaimsRawExpression(node) && getClaimsRawEntry(text)) return { node, accessName: text, finding };
  if (!isMemberName(node)) return { reason: REASON_MISMATCH };
  const entry = getSiblingEntry(node.getText(), text);
  if (!entry) return { reason: REASON_MISMATCH };
  return { node, accessName: entry.accessName, finding };
}

/** `claims.__raw` / `claims?.__raw`: the raw ID token of an Auth0 claims object. */
function isClaimsRawExpression(node: MorphNode): boolean {
  return Node.isPropertyAccessExpression(node) && node.getName() === '__raw';
}

/** The `claims-raw` sibling entry whose access-token getter the replacement `await [client.]getter()` calls. */
function getClaimsRawEntry(text: string): TokenSiblingEntry | undefined {
  const match = /^await (?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)\(\)$/.exec(text);
  return (TOKEN_SIBLINGS as readonly TokenSiblingEntry[]).find(
    (entry) => entry.form === 'claims-raw' && entry.certainty === 'api' && entry.accessName === match?.[1],
  );
}

/** `true` for the name of `a.b` (the `b`), which is also the method name of `a.b()`. */
function isMemberName(node: MorphNode): boolean {
  const parent = node.getParent();
  return Node.isIdentifier(node) && parent !== undefined && Node.isPropertyAccessExpression(parent) && parent.getNameNode() === node;
}

function getSiblingEntry(idName: string, accessName: string): TokenSiblingEntry | undefined {
  return (TOKEN_SIBLINGS as readonly TokenSiblingEntry[]).find(
    (entry) => entry.certainty === 'api' && entry.idName === idName && entry.accessName === accessName,
  );
}

/** Renames the member: the smallest edit, so formatting and comments around it survive. */
function replaceIdTokenWithAccessToken(node: MorphNode, accessName: string): void {
  node.replaceWithText(accessName);
}
