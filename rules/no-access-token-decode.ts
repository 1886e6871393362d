import { getFileAnalysis, getJwtDecoding, isFromIncomingRequest } from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';

export type Options = [];

export type MessageIds = 'accessTokenDecoded';

/** Files without these words cannot decode a JWT: decoders, `atob`, `Buffer.from(..., 'base64')`. */
const TRIGGERS = /jwt|decode|atob|base64/i;

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
    const analysis = getFileAnalysis(context, TRIGGERS);
    if (!analysis) return {};
    const { flow } = analysis;
    const decoding = getJwtDecoding(context.sourceCode);

    return {
      CallExpression(node) {
        const call = decoding.getDecodeCall(node);
        if (!call || call.part !== 'payload' || call.delegated) return;
        const info = flow.classify(call.token);
        if (info?.kind !== 'access') return;
        // A server decoding a token it received is a resource server reading its own token.
        if (isFromIncomingRequest(call.token, context.sourceCode)) return;
        context.report({ node, messageId: 'accessTokenDecoded', data: { decoder: call.decoder } });
      },
    };
  },
});
