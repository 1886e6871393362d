import type { TSESTree } from '@typescript-eslint/utils';
import type { UrlTokenKind } from '../src/analysis/index.js';

import { createUrlPlacementListeners, getFileAnalysis, getUrlTokenKind, isQueryLikeSearchParams } from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';

export type Options = [
  {
    checkPathSegments?: boolean;
  },
];

export type MessageIds = 'tokenInUrl';

/** Files without these words cannot put a token in a URL. */
const TRIGGERS = /token|jwt/i;

/** Words used in the message for each kind. */
const KIND_LABELS: Readonly<Record<UrlTokenKind, string>> = {
  access: 'access token',
  id: 'ID token',
  refresh: 'refresh token',
  token: 'token',
};

export default createRule<Options, MessageIds>({
  name: 'no-token-in-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow putting OAuth tokens in URL query strings and fragments',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [598],
      securitySeverity: 6.5,
      precision: 'high',
    },
    messages: {
      tokenInUrl:
        'This {{kind}} is placed in a URL (`{{param}}`). URLs are written to server and proxy logs, browser history and analytics, and leak through the Referer header; send it in the `Authorization` header instead (for WebSocket or EventSource, use a short-lived ticket, the first message or a cookie).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkPathSegments: {
            type: 'boolean',
            description: 'Also report access, ID and refresh tokens used as a path segment of a URL that is requested or navigated to.',
          },
        },
      },
    ],
    defaultOptions: [{ checkPathSegments: true }],
  },
  create(context, [options]) {
    const analysis = getFileAnalysis(context, TRIGGERS);
    if (!analysis) return {};
    const { flow } = analysis;
    const { sourceCode } = context;
    const checkPath = options.checkPathSegments !== false;
    const reported = new Set<TSESTree.Node>();

    return createUrlPlacementListeners(
      sourceCode,
      (placement) => {
        if (reported.has(placement.value)) return;
        if (placement.part === 'path' && !checkPath) return;
        const kind = getUrlTokenKind(placement, flow, sourceCode);
        if (kind === undefined) return;
        reported.add(placement.value);
        context.report({
          node: placement.value,
          messageId: 'tokenInUrl',
          data: { kind: KIND_LABELS[kind], param: placement.param ?? '(path)' },
        });
      },
      { isUnknownSearchParamsUrl: isQueryLikeSearchParams },
    );
  },
});
