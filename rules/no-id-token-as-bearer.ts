import type { TSESTree } from '@typescript-eslint/utils';
import type { TokenInfo } from '../src/analysis/index.js';
import type { IdTokenDesignId } from '../src/knowledge/index.js';

import {
  createAuthorizationListeners,
  getAccessTokenReplacement,
  getAliasedAccessTokenReplacement,
  getCredentialExpression,
  getFileAnalysis,
  getRequestUrlText,
  splitWords,
} from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';
import { ID_TOKEN_DESIGN_IDS, TOKEN_ENDPOINT_PATH_WORDS } from '../src/knowledge/index.js';

export type Options = [
  {
    allowedDesigns?: IdTokenDesignId[];
    checkRefreshTokens?: boolean;
  },
];

export type MessageIds = 'idTokenAsBearer' | 'refreshTokenAsBearer' | 'useAccessToken';

/** Files without these words cannot contain a bearer credential. */
const TRIGGERS = /bearer|authorization/i;

/** ID and refresh tokens are named or produced with one of these words (`id_token`, `getIdToken`, GIS `credential`). */
const REQUIRES = [/token|jwt|credential/i];

export default createRule<Options, MessageIds>({
  name: 'no-id-token-as-bearer',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending ID tokens or refresh tokens as bearer credentials',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [287, 863],
      securitySeverity: 8.1,
      precision: 'high',
    },
    hasSuggestions: true,
    messages: {
      idTokenAsBearer:
        'An ID token is sent as a bearer credential. ID tokens are addressed to the client (`aud` = client_id), not to your API; send the access token and have the API verify its `audience`.',
      refreshTokenAsBearer:
        'A refresh token is sent as a bearer credential. Refresh tokens may only be sent to the authorization server token endpoint; send the access token instead.',
      useAccessToken: 'Send `{{replacement}}` (the access token of the same {{library}} object) instead.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          allowedDesigns: {
            type: 'array',
            description:
              'Documented designs in which an ID token is meant to be sent as a credential, and which are therefore not reported.',
            items: { type: 'string', enum: [...ID_TOKEN_DESIGN_IDS] },
            uniqueItems: true,
          },
          checkRefreshTokens: {
            type: 'boolean',
            description: 'Also report refresh tokens sent as bearer credentials.',
          },
        },
      },
    ],
    defaultOptions: [{ allowedDesigns: [...ID_TOKEN_DESIGN_IDS], checkRefreshTokens: true }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context, TRIGGERS, REQUIRES);
    if (!analysis) return {};
    const { flow } = analysis;
    const allowed = new Set<string>(options.allowedDesigns ?? ID_TOKEN_DESIGN_IDS);
    const checkRefresh = options.checkRefreshTokens !== false;
    const reported = new Set<TSESTree.Node>();

    /** `true` when the request goes to a token or refresh endpoint, where a refresh token belongs. */
    const isTokenEndpoint = (sinkValue: TSESTree.Node): boolean => {
      const url = getRequestUrlText(sinkValue, context.sourceCode);
      if (url === undefined) return false;
      const path = url.split(/[?#]/, 1)[0] ?? '';
      return splitWords(path).some((word) => TOKEN_ENDPOINT_PATH_WORDS.has(word));
    };

    /** ID-token findings, reported at `Program:exit` once every bearer use in the file is known. */
    const idTokenFindings: { tokenNode: TSESTree.Node; info: TokenInfo }[] = [];

    const report = (info: TokenInfo | undefined, tokenNode: TSESTree.Node, sinkValue: TSESTree.Node): void => {
      if (!info || reported.has(tokenNode)) return;
      if (info.kind === 'id') {
        if (info.design !== undefined && allowed.has(info.design)) return;
        reported.add(tokenNode);
        idTokenFindings.push({ tokenNode, info });
      } else if (info.kind === 'refresh' && checkRefresh && !isTokenEndpoint(sinkValue)) {
        reported.add(tokenNode);
        context.report({ node: tokenNode, messageId: 'refreshTokenAsBearer' });
      }
    };

    const listeners = createAuthorizationListeners(context.sourceCode, ({ value }) => {
      const { info, tokenNode } = flow.classifyCredential(value);
      if (info && info.kind !== 'unknown-token') {
        report(info, tokenNode, value);
        return;
      }
      // A parameter of a same-file helper (`authFetch(url, token)`): report what its callers pass.
      for (const argument of flow.collectArgumentsFor(tokenNode)) {
        const credential = getCredentialExpression(argument);
        report(flow.classify(credential), credential, value);
      }
    });

    return {
      ...listeners,
      'Program:exit'() {
        for (const { tokenNode, info } of idTokenFindings) {
          // `const token = user.id_token` read only as bearer credentials: rewriting the
          // initialiser changes nothing else in the program.
          const replacement =
            getAccessTokenReplacement(tokenNode, info, flow.modules, context.sourceCode) ??
            getAliasedAccessTokenReplacement(tokenNode, flow, context.sourceCode, (identifier) => reported.has(identifier));
          context.report({
            node: tokenNode,
            messageId: 'idTokenAsBearer',
            suggest: replacement
              ? [
                  {
                    messageId: 'useAccessToken',
                    data: { replacement: replacement.text, library: replacement.entryId },
                    fix: (fixer) => fixer.replaceText(replacement.node, replacement.text),
                  },
                ]
              : null,
          });
        }
      },
    };
  },
});
