import type { TSESTree } from '@typescript-eslint/utils';
import type { AuthorizationParam, AuthorizationRequest } from '../src/analysis/index.js';

import {
  createAuthorizationRequestListeners,
  getFileAnalysis,
  getFlowOptionFinding,
  isFrontChannelTokenResponse,
  parseResponseType,
} from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';
import { AUTHORIZATION_CONTEXT_PARAMS } from '../src/knowledge/index.js';

export type Options = [];

export type MessageIds = 'implicitFlow' | 'missingPkce' | 'pkceDisabled' | 'plainPkce';

/** Files without these words cannot build or configure an authorization request. */
const TRIGGERS = /response_type|responsetype|challenge|pkce|implicit|msal|oauth|oidc|openid|auth0|keycloak|okta/i;

export default createRule<Options, MessageIds>({
  name: 'require-pkce',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the Authorization Code flow with PKCE (S256) for OAuth authorization requests',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [345, 598],
      securitySeverity: 7.1,
      precision: 'high',
    },
    messages: {
      implicitFlow:
        'This authorization request uses the implicit flow (`response_type={{responseType}}`): tokens come back in the redirect URL, where history, logs and other scripts can read them, and cannot be bound to the client. Use the Authorization Code flow with PKCE (`response_type=code`, `code_challenge_method=S256`), which current OAuth SDKs do for you.',
      missingPkce:
        'This authorization code request has no `code_challenge`, so an intercepted or injected authorization code can be redeemed. Send a PKCE `code_challenge` with `code_challenge_method=S256` (and the `code_verifier` at the token endpoint), or let an OAuth SDK build the request.',
      pkceDisabled:
        '`{{option}}` turns off the PKCE the library would add, so an intercepted or injected authorization code can be redeemed. Remove it and keep the Authorization Code flow with PKCE (S256).',
      plainPkce:
        'PKCE uses the `plain` method here (set explicitly or by omitting `code_challenge_method`), so the challenge is the verifier and anyone who sees the authorization request can redeem the code. Use `code_challenge_method=S256`.',
    },
    schema: [],
  },
  create(context) {
    const analysis = getFileAnalysis(context, TRIGGERS);
    if (!analysis) return {};
    const { sourceCode } = context;
    const reported = new Set<string>();

    const report = (
      target: AuthorizationParam | TSESTree.Node,
      messageId: MessageIds,
      data?: Record<string, string>,
    ): void => {
      const node = 'type' in target ? target : target.node;
      const loc = 'type' in target ? undefined : target.loc;
      const key = loc ? `${loc.start.line}:${loc.start.column}` : `${node.range[0]}:${node.range[1]}`;
      if (reported.has(key)) return;
      reported.add(key);
      if (loc) context.report({ loc, messageId, data });
      else context.report({ node, messageId, data });
    };

    /** The `response_type` angular-oauth2-oidc sends when `responseType` is empty (`oidc` and `requestAccessToken` default to true). */
    const getDefaultResponseType = (request: AuthorizationRequest): string | undefined => {
      const fallback = request.api?.defaultResponseType;
      if (fallback === undefined || !request.complete) return undefined;
      if (request.api?.library !== 'angular-oauth2-oidc' || request.api.kind === 'implicit-api') return fallback;
      const oidc = request.params.get('oidc');
      const requestAccessToken = request.params.get('request_access_token');
      if ((oidc && oidc.value === undefined) || (requestAccessToken && requestAccessToken.value === undefined)) return undefined;
      if (oidc?.value === 'false') return 'token';
      return requestAccessToken?.value === 'false' ? 'id_token' : 'id_token token';
    };

    const onRequest = (request: AuthorizationRequest): void => {
      const { params, api } = request;
      const method = params.get('code_challenge_method');
      if (method?.value?.toLowerCase() === 'plain') report(method, 'plainPkce');

      if (api?.kind === 'implicit-api') {
        report(request.node, 'implicitFlow', { responseType: api.defaultResponseType ?? 'token' });
        return;
      }
      const responseType = params.get('response_type');
      let value: string | undefined;
      if (responseType) {
        value = responseType.value;
      } else if (api?.kind === 'authorization-url') {
        value = 'code';
      } else if ([...params.keys()].some((name) => AUTHORIZATION_CONTEXT_PARAMS.has(name))) {
        value = getDefaultResponseType(request);
      }
      if (value === undefined) return;
      const words = parseResponseType(value);
      if (!words || !request.hasContext) return;

      if (isFrontChannelTokenResponse(words)) {
        report(responseType ?? request.node, 'implicitFlow', { responseType: words.join(' ') });
        return;
      }
      if (!words.includes('code') || !request.buildsUrl || !request.complete || api?.addsPkce === true) return;
      const challenge = params.get('code_challenge');
      if (!challenge) report(responseType ?? request.node, 'missingPkce');
      else if (!method) report(challenge, 'plainPkce');
    };

    return {
      ...createAuthorizationRequestListeners(sourceCode, onRequest),
      Property(node) {
        const finding = getFlowOptionFinding(node, sourceCode);
        if (finding?.pkceSwitch) {
          report(node, 'pkceDisabled', { option: `${finding.pkceSwitch.key}: ${String(finding.pkceSwitch.disabledValue)}` });
        } else if (finding?.flowOption) {
          report(node, 'implicitFlow', { responseType: finding.flowOption.responseType });
        }
      },
    };
  },
});
