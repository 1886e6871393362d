import type { TSESTree } from '@typescript-eslint/utils';
import type { VerifierSpecifier } from '../src/analysis/index.js';

import { collectVerifierCalls, getAdditionalVerifierEntries, matchesTriggers } from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';

export type Options = [
  {
    additionalVerifiers?: VerifierSpecifier[];
  },
];

export type MessageIds = 'audienceDisabled' | 'missingAudience';

/**
 * Files without these words cannot call a built-in verifier: every verifier module or its
 * functions contain one (`jwtVerify`, `jsonwebtoken`, `express-jwt`, `verifyIdToken`...).
 */
const TRIGGERS = /jwt|verify|token/i;

export default createRule<Options, MessageIds>({
  name: 'require-jwt-audience',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require JWT verification to check the audience (`aud`) claim',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [287, 345],
      securitySeverity: 7.4,
      precision: 'very-high',
    },
    messages: {
      missingAudience:
        '`{{api}}` is called without `{{option}}`; a token issued for any other client or API of the same issuer would be accepted.',
      audienceDisabled:
        '`{{api}}` is called with `{{option}}` set to a value that turns the audience check off; a token issued for any other client or API of the same issuer would be accepted.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          additionalVerifiers: {
            type: 'array',
            description:
              'Extra JWT verifier functions or classes (for example an in-house wrapper package) whose options must set an audience.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['from', 'package', 'name', 'optionsArgument', 'audienceOption'],
              properties: {
                from: { type: 'string', enum: ['package'], description: 'Where the verifier comes from; only `package` is supported.' },
                package: { type: 'string', minLength: 1, description: 'Module specifier the verifier is imported or required from.' },
                name: {
                  type: 'string',
                  minLength: 1,
                  description: 'Export path of the verifier, dotted for members (`verifyToken`, `Auth.verify`).',
                },
                optionsArgument: { type: 'integer', minimum: 0, description: 'Index of the argument that holds the options object.' },
                audienceOption: {
                  type: 'string',
                  minLength: 1,
                  description: 'Dotted key path of the expected audience inside the options (`audience`, `verify.allowedAud`).',
                },
                construct: { type: 'boolean', description: 'Set when the verifier is a class created with `new`.' },
              },
            },
          },
        },
      },
    ],
    defaultOptions: [{ additionalVerifiers: [] }],
  },
  create(context, [options]) {
    const additional = getAdditionalVerifierEntries(options.additionalVerifiers ?? []);
    const { sourceCode } = context;
    if (additional.length === 0 && !matchesTriggers(sourceCode.ast, sourceCode.text, TRIGGERS)) return {};

    return {
      'Program:exit'() {
        const reported = new Set<TSESTree.Node>();
        for (const call of collectVerifierCalls(sourceCode, additional)) {
          const { audience } = call;
          if (audience.status === 'disabled') {
            if (reported.has(audience.property)) continue;
            reported.add(audience.property);
            context.report({ node: audience.property, messageId: 'audienceDisabled', data: { api: call.api, option: audience.option } });
          } else if (audience.status === 'missing') {
            const node = audience.target ?? call.node;
            if (reported.has(node)) continue;
            reported.add(node);
            context.report({ node, messageId: 'missingAudience', data: { api: call.api, option: audience.option } });
          }
        }
      },
    };
  },
});
