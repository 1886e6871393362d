import type { TSESTree } from '@typescript-eslint/utils';
import type { LoggedValue, TokenInfo } from '../src/analysis/index.js';
import type { TokenKind } from '../src/knowledge/index.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  classifyName,
  collectLoggedValues,
  createLogCallMatcher,
  endsWithTokenLabel,
  getFileAnalysis,
  getKeyName,
  getTrailingName,
  isAuthorizationHeaderValue,
  isRedactedOrScalar,
  splitWords,
  unwrapExpression,
} from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';
import { FLAG_KEY_WORDS, REDACTION_WORDS, TOKEN_MINTING_FUNCTIONS } from '../src/knowledge/index.js';

export type Options = [
  {
    loggerNames?: string[];
    reportUnknownTokens?: boolean;
  },
];

export type MessageIds = 'tokenInLog';

/**
 * Files without these words cannot log a token or an `Authorization` header. SDK names cover
 * token sets logged under generic names (`console.log(event, session)`, `console.log(loginResponse)`).
 */
const TRIGGERS = /token|jwt|authoriz|bearer|oidc|oauth|headers|session|msal|auth0/i;

/** Every logger call names a console, a logger, a log method or a logging library. */
const REQUIRES = [/console|log|pino|winston|bunyan|debug|consola|signale/i];

/** Words that make a file OAuth code: there, a bare `tokens` is a token set. */
const AUTH_CONTEXT = /access_?token|id_?token|refresh_?token|oauth|oidc|openid|bearer|authoriz|msal|keycloak|auth0|cognito|amplify|next-auth|@auth\//i;

/** Words of code in which a bare `tokens` is lexer output, design tokens, LLM token ids or crypto-currency tokens. */
const OTHER_TOKENS_CONTEXT =
  /tokeni[sz]|lexer|lexical|syntax|tiktoken|openai|anthropic|prompt|completion|embedding|design.?tokens|theme|tailwind|style-dictionary|chevrotain|acorn|esprima|markdown|ethers|web3|wagmi|viem|erc-?20|solana|uniswap|contract|wallet|swap/i;

/** Words for each kind in the message. */
const KIND_LABELS: Partial<Record<TokenKind, string>> = {
  access: 'access token',
  id: 'ID token',
  refresh: 'refresh token',
  'token-set': 'token set',
  'unknown-token': 'token',
};

/** Calls whose result is a list of words or lexemes. */
const SPLITTING_METHODS = new Set(['split', 'match', 'matchAll', 'tokenize', 'tokenise', 'lex', 'scan', 'encode']);

const AUTHORIZATION_HEADER_LABEL = 'Authorization header';

/** Auth.js / NextAuth callbacks that receive the provider's token response as `account`. */
const ACCOUNT_CALLBACK_KEYS = new Set(['jwt', 'signIn']);

/** Auth.js / NextAuth callbacks whose `token` parameter is the decoded session JWT (claims), not a credential. */
const CLAIMS_CALLBACK_KEYS = new Set(['jwt', 'session']);

export default createRule<Options, MessageIds>({
  name: 'no-token-in-logs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow writing OAuth tokens, token sets or Authorization header values to logs',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [532],
      securitySeverity: 5.5,
      precision: 'high',
    },
    messages: {
      tokenInLog:
        'The {{kind}} is written to the log by `{{logger}}`. Logs are shipped to many systems and kept for a long time, and anyone who can read them can replay the credential; log a fingerprint (a short hash) or the claims you need instead.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          loggerNames: {
            type: 'array',
            description:
              'Extra receiver names (the last identifier or property name, e.g. `audit` for `this.audit.info(...)`) to treat as loggers.',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
          },
          reportUnknownTokens: {
            type: 'boolean',
            description:
              'Also report values that are only named like a credential (`token`, `jwt`, `authToken`) when their origin is unknown.',
          },
        },
      },
    ],
    defaultOptions: [{ loggerNames: [], reportUnknownTokens: false }],
  },
  create(context, [options]) {
    // Custom logger names (`loggerNames`) need not contain a logging word.
    const analysis = getFileAnalysis(context, TRIGGERS, (options.loggerNames ?? []).length > 0 ? [] : REQUIRES);
    if (!analysis) return {};
    const { flow } = analysis;
    const { sourceCode } = context;
    const reportUnknown = options.reportUnknownTokens === true;
    const matchLogCall = createLogCallMatcher(sourceCode, { loggerNames: options.loggerNames ?? [] });
    let otherTokensContext: boolean | undefined;
    /** `true` when a bare `tokens` in this file may mean something other than OAuth tokens. */
    const isOtherTokensContext = (): boolean =>
      (otherTokensContext ??= OTHER_TOKENS_CONTEXT.test(sourceCode.text) && !AUTH_CONTEXT.test(sourceCode.text));

    /** The message label of a logged value, or `undefined` when it is not a credential. */
    const getLabel = (value: LoggedValue): string | undefined => {
      const { node } = value;
      if (isRedactedOrScalar(node, sourceCode) || isFlagOrRedactedName(node)) return undefined;
      const info: TokenInfo | undefined = flow.classify(node);
      if (info?.kind === 'id' || info?.kind === 'access' || info?.kind === 'refresh') return KIND_LABELS[info.kind];
      // `const accessToken = await api.exchangePublicToken(p); console.log('access token:', accessToken)`:
      // the variable and the message agree, whatever the name of the call suggests.
      const named = value.afterTokenLabel && info?.kind === 'not-a-token' && info.certainty === 'heuristic' ? getOwnCredentialName(node) : undefined;
      if (named !== undefined) return KIND_LABELS[named];
      if (info && !info.neutral && (info.kind === 'claims' || info.kind === 'not-a-token')) return undefined;
      if (isAuthorizationHeaderValue(node, sourceCode)) return AUTHORIZATION_HEADER_LABEL;
      if (info?.kind === 'token-set') {
        if (info.certainty === 'heuristic' && isBareTokensName(node) && (isOtherTokensContext() || isSplitResult(node))) return undefined;
        return KIND_LABELS['token-set'];
      }
      if (value.afterBearer && !info?.neutral) return KIND_LABELS['unknown-token'];
      if (info === undefined && isAuthJsAccountParameter(node)) return KIND_LABELS['token-set'];
      if (info?.kind === 'unknown-token' && isMintedToken(node)) return KIND_LABELS['unknown-token'];
      // `console.log('Access token:', token)`: the message says the generically named value is a token.
      if (value.afterTokenLabel && isGenericTokenValue(node, info) && !isClaimsCallbackParameter(node)) return KIND_LABELS['unknown-token'];
      if (info?.kind === 'unknown-token' && reportUnknown && !isClaimsCallbackParameter(node)) return KIND_LABELS['unknown-token'];
      return undefined;
    };

    /** `jwt.sign(...)`, `await this.jwtService.signAsync(...)`, or a variable initialised with one. */
    function isMintedToken(raw: TSESTree.Node): boolean {
      let node = unwrapExpression(raw);
      if (node.type === AST_NODE_TYPES.Identifier) {
        const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
        const declarator = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator) : undefined;
        if (!declarator?.init || declarator.id !== def?.name) return false;
        node = unwrapExpression(declarator.init);
      }
      if (node.type !== AST_NODE_TYPES.CallExpression) return false;
      const name = getTrailingName(node);
      return name !== undefined && TOKEN_MINTING_FUNCTIONS.has(name);
    }

    /** `const tokens = line.split(/\s+/)`: words, not credentials. */
    function isSplitResult(raw: TSESTree.Node): boolean {
      const node = unwrapExpression(raw);
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
      const init = def?.type === 'Variable' ? (def.node as TSESTree.VariableDeclarator).init : null;
      const name = init ? getTrailingName(unwrapExpression(init)) : undefined;
      return name !== undefined && SPLITTING_METHODS.has(name);
    }

    /** `hasAccessToken`, `isIdTokenValid` (a flag about a token), `maskedAccessToken`, `redactedJwt` (already redacted). */
    function isFlagOrRedactedName(raw: TSESTree.Node): boolean {
      const node = unwrapExpression(raw);
      if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return false;
      const name = getTrailingName(node);
      if (name === undefined) return false;
      const words = splitWords(name);
      return (words[0] !== undefined && FLAG_KEY_WORDS.has(words[0])) || words.some((word) => REDACTION_WORDS.has(word));
    }

    /**
     * `account` in Auth.js / NextAuth `callbacks: { jwt({ token, account }) { ... } }` (and `signIn`):
     * the provider's token response, with `access_token`, `refresh_token` and `id_token`.
     */
    function isAuthJsAccountParameter(raw: TSESTree.Node): boolean {
      const node = unwrapExpression(raw);
      if (node.type !== AST_NODE_TYPES.Identifier || node.name !== 'account') return false;
      const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
      if (def?.type !== 'Parameter') return false;
      const owner = def.node.parent;
      if (owner?.type !== AST_NODE_TYPES.Property || !ACCOUNT_CALLBACK_KEYS.has(getKeyName(owner.key) ?? '')) return false;
      const callbacks = owner.parent.parent;
      return callbacks?.type === AST_NODE_TYPES.Property && getKeyName(callbacks.key) === 'callbacks';
    }

    /** `token` in `callbacks: { jwt({ token }) { ... } }`: the decoded Auth.js session token. */
    function isClaimsCallbackParameter(raw: TSESTree.Node): boolean {
      let node = unwrapExpression(raw);
      while (node.type === AST_NODE_TYPES.MemberExpression) node = unwrapExpression(node.object);
      if (node.type !== AST_NODE_TYPES.Identifier) return false;
      const def = ASTUtils.findVariable(sourceCode.getScope(node), node)?.defs[0];
      if (def?.type !== 'Parameter') return false;
      const owner = def.node.parent;
      if (owner?.type !== AST_NODE_TYPES.Property && owner?.type !== AST_NODE_TYPES.MethodDefinition) return false;
      const key = getKeyName(owner.key);
      return key !== undefined && CLAIMS_CALLBACK_KEYS.has(key);
    }

    return {
      CallExpression(node) {
        const call = matchLogCall(node);
        if (!call) return;
        const reported = new Set<TSESTree.Node>();
        for (const [index, argument] of call.values.entries()) {
          const previous = index > 0 ? call.values[index - 1] : undefined;
          for (const value of collectLoggedValues(argument, previous !== undefined && endsWithTokenLabel(previous))) {
            if (reported.has(value.node)) continue;
            const kind = getLabel(value);
            if (kind === undefined) continue;
            reported.add(value.node);
            context.report({ node: value.node, messageId: 'tokenInLog', data: { kind, logger: call.label } });
          }
        }
      },
    };
  },
});

/**
 * A value named only as a token (`token`, `jwt`, `authToken`, `response.token`) whose origin says
 * nothing else about it.
 */
function isGenericTokenValue(raw: TSESTree.Node, info: TokenInfo | undefined): boolean {
  if (info?.kind === 'unknown-token') return true;
  if (info !== undefined) return false;
  const node = unwrapExpression(raw);
  if (node.type !== AST_NODE_TYPES.Identifier && node.type !== AST_NODE_TYPES.MemberExpression) return false;
  const name = getTrailingName(node);
  return name !== undefined && classifyName(name)?.kind === 'unknown-token';
}

/** The kind named by a variable's own name when it names a credential precisely (`accessToken`, `id_token`). */
function getOwnCredentialName(raw: TSESTree.Node): 'access' | 'id' | 'refresh' | undefined {
  const node = unwrapExpression(raw);
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const kind = classifyName(node.name)?.kind;
  return kind === 'access' || kind === 'id' || kind === 'refresh' ? kind : undefined;
}

/** `tokens`, `this.tokens`: a plural with no qualifier. */
function isBareTokensName(raw: TSESTree.Node): boolean {
  const name = getTrailingName(unwrapExpression(raw));
  return name !== undefined && /^(?:tokens|jwts)$/i.test(name);
}
