import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { DecodeCall } from '../src/analysis/index.js';

import { getEnclosingFunction, getFileAnalysis, getJwtDecoding, getVerifiedTokenArgument, isFromIncomingRequest, walkTree } from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';

export type Options = [];

export type MessageIds = 'accessTokenDecoded';

/** Files without these words cannot decode a JWT: decoders, `atob`, `Buffer.from(..., 'base64')`. */
const TRIGGERS = /jwt|decode|atob|base64/i;

/** An access token is always named or produced with one of these words (`access_token`, `getTokenSilently`, `keycloak.token`). */
const REQUIRES = [/token|jwt/i];

export default createRule<Options, MessageIds>({
  name: 'no-access-token-decode',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow client code from decoding an access token to read its claims',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [200],
      securitySeverity: 5.3,
      precision: 'high',
    },
    messages: {
      accessTokenDecoded:
        'An access token is decoded with `{{decoder}}` to read its claims. Access tokens are addressed to the API (`aud` = the resource server) and are opaque to the client: their format may change (opaque, encrypted) at any time. Read user claims from the ID token or the userinfo endpoint, and the expiry from `expires_in` of the token response.',
    },
    schema: [],
  },
  create(context) {
    const analysis = getFileAnalysis(context, TRIGGERS, REQUIRES);
    if (!analysis) return {};
    const { flow } = analysis;
    const decoding = getJwtDecoding(context.sourceCode);
    if (decoding.isEmpty) return {};

    const candidates = new Map<TSESTree.CallExpression, DecodeCall>();
    const consider = (call: DecodeCall | undefined): void => {
      if (!call || call.part !== 'payload' || call.delegated || candidates.has(call.node)) return;
      if (flow.classify(call.token)?.kind !== 'access') return;
      // A server decoding a token it received is a resource server reading its own token.
      if (isFromIncomingRequest(call.token, context.sourceCode)) return;
      candidates.set(call.node, call);
    };

    /**
     * The same token text verified in the same function: a resource server that decodes to pick
     * the key (`jwt.decode(t, { complete: true }).header.kid`) or reads claims it verified.
     */
    const isVerifiedNearby = (call: DecodeCall): boolean => {
      const scope = getEnclosingFunction(call.node) ?? context.sourceCode.ast;
      const text = context.sourceCode.getText(call.token);
      let verified = false;
      walkTree(scope, context.sourceCode.visitorKeys, (node) => {
        if (verified || node.type !== 'CallExpression') return;
        const token = getVerifiedTokenArgument(node);
        if (token && getEnclosingFunction(node) === getEnclosingFunction(call.node) && context.sourceCode.getText(token) === text) verified = true;
      });
      return verified;
    };

    const listeners: TSESLint.RuleListener = {
      'Program:exit'() {
        for (const call of decoding.all) consider(call);
        for (const call of candidates.values()) {
          if (isVerifiedNearby(call)) continue;
          context.report({ node: call.node, messageId: 'accessTokenDecoded', data: { decoder: call.decoder } });
        }
      },
    };
    // `this.parseJwt(token)`: class-method helpers are recognised call by call.
    if (decoding.hasMethodHelpers) listeners.CallExpression = (node) => consider(decoding.getDecodeCall(node));
    return listeners;
  },
});

