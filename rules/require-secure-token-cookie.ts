import type { TSESTree } from '@typescript-eslint/utils';
import type { CookieWrite, TokenFlow, TokenInfo } from '../src/analysis/index.js';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { classifyCookieName, collectCookieWrites, getFileAnalysis, unwrapExpression } from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';

export type Options = [
  {
    allowedCookieNames?: string[];
    checkClientSide?: boolean;
  },
];

export type MessageIds = 'insecureTokenCookie' | 'tokenCookieReadableByScript';

/** Files without these words cannot write a cookie. */
const TRIGGERS = /cookie|session|token|jwt/i;

/** Every cookie API names a cookie or a session, except Hapi's `server.state()` / `h.state()`. */
const REQUIRES = [/cookie|nookies|session|\.state\s*\(/i];

/** Longest name text shown in a message when the name is an expression. */
const MAX_NAME_LENGTH = 40;

export default createRule<Options, MessageIds>({
  name: 'require-secure-token-cookie',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require cookies that carry tokens or session ids to be HttpOnly, Secure and SameSite',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [614, 1004, 1275],
      securitySeverity: 6.1,
      precision: 'high',
    },
    messages: {
      insecureTokenCookie:
        'The `{{name}}` cookie carries a token or session id but is set without {{missing}}. Without HttpOnly any script on the page can read it, without Secure it travels over plain HTTP, and without SameSite it is attached to cross-site requests.',
      tokenCookieReadableByScript:
        'The `{{name}}` cookie carrying a token is written by browser code, and cookies set from JavaScript can never be HttpOnly: any script on the page (an XSS payload, a compromised dependency) can read it. Keep tokens on the server (a backend-for-frontend that sets an HttpOnly, Secure, SameSite session cookie).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedCookieNames: {
            type: 'array',
            description: 'Cookie names that are deliberately allowed to be set without the flags (exact name).',
            items: { type: 'string' },
            uniqueItems: true,
          },
          checkClientSide: {
            type: 'boolean',
            description: 'Also report tokens written to cookies by browser code (`document.cookie`, js-cookie, react-cookie).',
          },
        },
      },
    ],
    defaultOptions: [{ allowedCookieNames: [], checkClientSide: true }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context, TRIGGERS, REQUIRES);
    if (!analysis) return {};
    const { flow } = analysis;
    const { sourceCode } = context;
    const allowedNames = new Set(options.allowedCookieNames ?? []);
    const checkClient = options.checkClientSide !== false;

    return {
      'Program:exit'() {
        const reported = new Set<TSESTree.Node>();
        for (const write of collectCookieWrites(sourceCode)) {
          if (write.clearing || (write.name !== undefined && allowedNames.has(write.name))) continue;
          if (write.side === 'client' && !checkClient) continue;
          if (!carriesCredential(write, flow)) continue;
          const name = getDisplayName(write);
          if (write.side === 'client') {
            if (reported.has(write.node)) continue;
            reported.add(write.node);
            context.report({ node: write.node, messageId: 'tokenCookieReadableByScript', data: { name } });
            continue;
          }
          if (write.missing.length === 0) continue;
          const node = getReportNode(write);
          if (reported.has(node)) continue;
          reported.add(node);
          const missing = write.missing.map((flag) => `\`${write.entry.flagKeys[flag]}\``).join(', ');
          context.report({ node, messageId: 'insecureTokenCookie', data: { name, missing } });
        }
      },
    };

    /** The name as written: the static name, or the source of the name expression. */
    function getDisplayName(write: CookieWrite): string {
      if (write.name !== undefined) return write.name;
      const text = write.nameNode ? sourceCode.getText(write.nameNode) : (write.nameHint ?? 'cookie');
      return text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH - 1)}…` : text;
    }
  },
});

/**
 * `true` when a cookie carries a credential: session middleware always does; otherwise a value
 * known to be a token, or a name (or the words of a name constant) that names a token or a
 * session. The double-submit CSRF cookie never counts: scripts must read it.
 */
function carriesCredential(write: CookieWrite, flow: TokenFlow): boolean {
  const nameText = write.name ?? write.nameHint;
  const nameKind = nameText === undefined ? undefined : classifyCookieName(nameText);
  if (nameKind === 'csrf') return false;
  if (write.entry.id === 'express-session' || write.entry.id === 'cookie-session') return true;
  if (write.valueNode && isBooleanValue(write.valueNode)) return false;
  const value: TokenInfo | undefined = write.valueNode ? flow.classify(write.valueNode) : undefined;
  if (value?.neutral) return false;
  if (value && isStrongToken(value)) return true;
  if (nameKind === 'other') return false;
  if (value?.kind === 'unknown-token') return true;
  if (value && (value.kind === 'not-a-token' || value.kind === 'claims') && value.certainty === 'api' && !isPlainLiteral(write.valueNode)) return false;
  return nameKind === 'credential';
}

/** A token by its origin or by a specific name: `tokens.access_token`, `idToken`, an SDK token set. */
function isStrongToken(info: TokenInfo): boolean {
  if (info.kind === 'id' || info.kind === 'access' || info.kind === 'refresh') return true;
  return info.kind === 'token-set' && (info.specific || info.certainty === 'api');
}

/** `true`, `false`, `'true'`, `'false'`: a yes/no marker (`auth=true`), never a credential. */
function isBooleanValue(node: TSESTree.Node): boolean {
  const value = unwrapExpression(node);
  if (value.type !== AST_NODE_TYPES.Literal) return false;
  return typeof value.value === 'boolean' || value.value === 'true' || value.value === 'false';
}

/** A string literal value (a test fixture, a placeholder): the name decides. */
function isPlainLiteral(node: TSESTree.Node | undefined): boolean {
  return node !== undefined && unwrapExpression(node).type === AST_NODE_TYPES.Literal;
}

/**
 * Where a finding is reported: the first (in source order) flag property explicitly turned
 * off (`httpOnly: false`), else the options argument, else the whole call, assignment or
 * header string.
 */
function getReportNode(write: CookieWrite): TSESTree.Node {
  const disabled = write.missing
    .map((flag) => write.flags[flag])
    .filter((state) => state.status === 'disabled' && state.node !== undefined)
    .map((state) => state.node!)
    .sort((a, b) => a.range[0] - b.range[0]);
  return disabled[0] ?? write.optionsNode ?? write.node;
}
