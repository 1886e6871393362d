import type { TSESTree } from '@typescript-eslint/utils';
import type { StorageKeyClassification, StorageWrite, TokenFlow, TokenInfo } from '../src/analysis/index.js';
import type { TokenKind } from '../src/knowledge/index.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  classifyStorageKey,
  collectStorageWrites,
  getFileAnalysis,
  getTrailingName,
  splitWords,
  unwrapExpression,
} from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';
import { DESIGN_MODULE_WORDS, TRANSIENT_FLOW_KEY_WORDS } from '../src/knowledge/index.js';

export type Options = [
  {
    allowedKeys?: string[];
    checkSessionStorage?: boolean;
  },
];

export type MessageIds = 'tokenInStorage';

/** Files without these words cannot write to Web Storage. */
const TRIGGERS = /localStorage|sessionStorage/;

/** Words for each kind in the message. */
const KIND_LABELS: Partial<Record<TokenKind, string>> = {
  access: 'access token',
  id: 'ID token',
  refresh: 'refresh token',
  'token-set': 'token set',
  'unknown-token': 'token',
};

/** Calls whose result is a number, a date or a boolean, never a credential. */
const NON_CREDENTIAL_CALLS = new Set([
  'now', 'getTime', 'toISOString', 'toUTCString', 'toLocaleString', 'toDateString', 'valueOf', 'floor', 'ceil', 'round',
  'Number', 'Boolean', 'parseInt', 'parseFloat', 'isValid', 'includes', 'has', 'some', 'every',
]);

export default createRule<Options, MessageIds>({
  name: 'no-token-in-storage',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow storing OAuth access, ID or refresh tokens in localStorage or sessionStorage',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [922],
      securitySeverity: 6.5,
      precision: 'high',
    },
    messages: {
      tokenInStorage:
        'The {{kind}} is written to `{{storage}}`, where any script running on the origin (an XSS payload, a compromised dependency) can read it. Keep tokens in memory (the SDK\'s in-memory cache), or move them to a backend-for-frontend that holds them behind an HttpOnly cookie.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedKeys: {
            type: 'array',
            description: 'Storage keys that are deliberately allowed to hold a token (exact key text).',
            items: { type: 'string' },
            uniqueItems: true,
          },
          checkSessionStorage: {
            type: 'boolean',
            description: 'Also report tokens written to `sessionStorage`.',
          },
        },
      },
    ],
    defaultOptions: [{ allowedKeys: [], checkSessionStorage: true }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context, TRIGGERS);
    if (!analysis) return {};
    const { flow } = analysis;
    const { sourceCode } = context;
    const allowedKeys = new Set(options.allowedKeys ?? []);
    const checkSession = options.checkSessionStorage !== false;

    return {
      'Program:exit'() {
        const reported = new Set<TSESTree.Node>();
        for (const write of collectStorageWrites(sourceCode)) {
          if (write.area === 'session' && !checkSession) continue;
          if (write.keyText !== undefined && allowedKeys.has(write.keyText)) continue;
          const finding = getFinding(write, flow);
          if (!finding || reported.has(finding.node)) continue;
          reported.add(finding.node);
          context.report({
            node: finding.node,
            messageId: 'tokenInStorage',
            data: { kind: finding.label, storage: write.area === 'local' ? 'localStorage' : 'sessionStorage' },
          });
        }
      },
    };

    /** `true` when a value is visibly a number, date, boolean or flag (`String(Date.now())`, `!!token`). */
    function isNonCredentialValue(raw: TSESTree.Node): boolean {
      const node = unwrapExpression(raw);
      switch (node.type) {
        case AST_NODE_TYPES.UnaryExpression:
        case AST_NODE_TYPES.UpdateExpression:
          return true;
        case AST_NODE_TYPES.BinaryExpression:
          return node.operator !== '+' || (isNonCredentialValue(node.left) && isNonCredentialValue(node.right));
        case AST_NODE_TYPES.Literal:
          return typeof node.value !== 'string';
        case AST_NODE_TYPES.NewExpression:
          return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Date';
        case AST_NODE_TYPES.MemberExpression:
          // `tokens.length`, `cache.size`: a count.
          return !node.computed && node.property.type === AST_NODE_TYPES.Identifier && (node.property.name === 'length' || node.property.name === 'size');
        case AST_NODE_TYPES.CallExpression: {
          const callee = unwrapExpression(node.callee);
          const name =
            callee.type === AST_NODE_TYPES.Identifier
              ? callee.name
              : callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier
                ? callee.property.name
                : undefined;
          if (name === undefined) return false;
          if (NON_CREDENTIAL_CALLS.has(name)) return true;
          if ((name === 'String' || name === 'stringify' || name === 'toString') && node.arguments[0]) {
            return isNonCredentialValue(node.arguments[0]);
          }
          if (name === 'toString' && callee.type === AST_NODE_TYPES.MemberExpression) return isNonCredentialValue(callee.object);
          return false;
        }
        default:
          return false;
      }
    }

    /** `tokens` imported from a theme or design-token module. */
    function isDesignTokenValue(raw: TSESTree.Node): boolean {
      let node = unwrapExpression(raw);
      if (node.type === AST_NODE_TYPES.CallExpression && node.arguments[0]) node = unwrapExpression(node.arguments[0]);
      while (node.type === AST_NODE_TYPES.MemberExpression) node = unwrapExpression(node.object);
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
      const def = variable?.defs[0];
      if (def?.type !== 'ImportBinding') return false;
      const declaration = def.parent;
      if (declaration?.type !== AST_NODE_TYPES.ImportDeclaration) return false;
      return splitWords(declaration.source.value).some((word) => DESIGN_MODULE_WORDS.has(word));
    }

    function getKeyClassification(write: StorageWrite): StorageKeyClassification | undefined {
      if (write.keyText !== undefined) return classifyStorageKey(write.keyText);
      if (write.keyHint !== undefined) return classifyStorageKey(write.keyHint);
      return undefined;
    }

    function isTransientFlowKey(write: StorageWrite): boolean {
      const text = write.keyText ?? write.keyHint;
      return text !== undefined && splitWords(text).some((word) => TRANSIENT_FLOW_KEY_WORDS.has(word));
    }

    /** Decides whether a write stores a token: from the value first, then from the key. */
    function getFinding(write: StorageWrite, tokenFlow: TokenFlow): { node: TSESTree.Node; label: string } | undefined {
      const key = getKeyClassification(write);
      const keyNamesToken = key !== undefined && (isTokenValue(key.kind) || key.kind === 'token-set');
      const keyDenies = key !== undefined && !keyNamesToken;
      if (isNonCredentialValue(write.valueNode)) return undefined;
      const value: TokenInfo | undefined = tokenFlow.classify(write.valueNode);

      // A value known to be a token is reported whatever the key says.
      if (value && isStrongToken(value) && !isDesignTokenValue(write.valueNode)) {
        return { node: write.valueNode, label: labelOf(value.kind) };
      }
      if (value && !value.neutral && (value.kind === 'not-a-token' || value.kind === 'claims')) return undefined;
      if (value?.neutral) return undefined;
      if (keyDenies || isDesignTokenValue(write.valueNode)) return undefined;

      // A generically named credential (`token`, `jwt`, `authToken`): the key must not say otherwise.
      if (value?.kind === 'unknown-token') {
        if (!keyNamesToken && isTransientFlowKey(write)) return undefined;
        const kind = keyNamesToken && key.specific ? key.kind : 'unknown-token';
        return { node: write.valueNode, label: labelOf(kind) };
      }
      if (value?.kind === 'token-set') {
        // A bare `tokens` may be design tokens or lexer tokens: the key must name tokens too.
        if (!keyNamesToken && isBareTokensName(write.valueNode)) return undefined;
        return { node: write.valueNode, label: labelOf('token-set') };
      }
      // Nothing is known about the value: the key alone names a token.
      if (keyNamesToken) return { node: write.keyNode, label: labelOf(key.kind) };
      return undefined;
    }
  },
});

function isTokenValue(kind: TokenKind): boolean {
  return kind === 'id' || kind === 'access' || kind === 'refresh' || kind === 'unknown-token';
}

/** A value that is a token by its origin or by a specific name (`user.id_token`, `accessToken`, an SDK user). */
function isStrongToken(info: TokenInfo): boolean {
  if (info.kind === 'id' || info.kind === 'access' || info.kind === 'refresh') return true;
  return info.kind === 'token-set' && (info.specific || info.certainty === 'api');
}

/** `tokens`, `JSON.stringify(tokens)`, `this.tokens`: a plural with no qualifier. */
function isBareTokensName(raw: TSESTree.Node): boolean {
  let node = unwrapExpression(raw);
  if (node.type === AST_NODE_TYPES.CallExpression && node.arguments[0]) node = unwrapExpression(node.arguments[0]);
  const name = getTrailingName(node);
  return name !== undefined && /^(?:tokens|jwts)$/i.test(name);
}

function labelOf(kind: TokenKind): string {
  return KIND_LABELS[kind] ?? 'token';
}
