import type { TSESTree } from '@typescript-eslint/utils';

import { getEnclosingFunction, getFileAnalysis, getJwtDecoding, getVerifiedTokenArgument, isFromIncomingRequest } from '../src/analysis/index.js';
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

    const decodes: { node: TSESTree.CallExpression; token: TSESTree.Node; decoder: string }[] = [];
    const verifiedTokens: TSESTree.Node[] = [];

    /** The same variable or the same expression text, verified in the same function. */
    const isVerifiedNearby = (decode: TSESTree.CallExpression, token: TSESTree.Node): boolean => {
      const text = context.sourceCode.getText(token);
      const scope = getEnclosingFunction(decode);
      return verifiedTokens.some((verified) => getEnclosingFunction(verified) === scope && context.sourceCode.getText(verified) === text);
    };

    return {
      CallExpression(node) {
        const verified = getVerifiedTokenArgument(node);
        if (verified) verifiedTokens.push(verified);
        const call = decoding.getDecodeCall(node);
        if (!call || call.part !== 'payload' || call.delegated) return;
        const info = flow.classify(call.token);
        if (info?.kind !== 'access') return;
        // A server decoding a token it received is a resource server reading its own token.
        if (isFromIncomingRequest(call.token, context.sourceCode)) return;
        decodes.push({ node, token: call.token, decoder: call.decoder });
      },
      'Program:exit'() {
        for (const { node, token, decoder } of decodes) {
          // Decoding next to a verification of the same token is a resource server picking the key
          // (`jwt.decode(t, { complete: true }).header.kid`) or reading claims it verified.
          if (isVerifiedNearby(node, token)) continue;
          context.report({ node, messageId: 'accessTokenDecoded', data: { decoder } });
        }
      },
    };
  },
});

