import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { DecodeCall } from '../src/analysis/index.js';

import { ASTUtils, AST_NODE_TYPES } from '@typescript-eslint/utils';

import {
  collectVerifierCalls,
  createLogCallMatcher,
  getJwtDecoding,
  getTrailingName,
  getVerifiedTokenArgument,
  isDecodedTokenTrusted,
  isFromIncomingRequest,
  getStaticKeyName,
  isBehindGatewayAuthorizer,
  isFunctionNode,
  isInServerContext,
  isRouteRegistration,
  matchesTriggers,
  unwrapExpression,
} from '../src/analysis/index.js';
import { createRule } from '../src/create-rule.js';

export type Options = [];

export type MessageIds = 'unverifiedDecode';

/** Files without these words cannot decode a JWT: decoders, `atob`, `Buffer.from(..., 'base64')`. */
const TRIGGERS = /jwt|decode|atob|base64/i;

/** Verifier entries that run as request middleware and verify the request's token before any handler. */
const MIDDLEWARE_VERIFIERS = new Set(['express-jwt-v6', 'express-jwt-v7', 'express-oauth2-jwt-bearer', 'hono-jwk-middleware', 'hono-jwt-middleware', 'koa-jwt']);

/** Route middleware named like authentication: `requireAuth`, `checkJwt`, `verifyToken`, `protect`, `isLoggedIn`. */
const AUTH_MIDDLEWARE_NAME = /auth|jwt|verif|protect|guard|logged/i;

/** Fastify route options that run hooks before the handler (`{ onRequest: [fastify.authenticate] }`). */
const ROUTE_HOOK_OPTIONS = new Set(['onRequest', 'preHandler', 'preValidation', 'preParsing', 'beforeHandler']);

type AnyFunction = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

export default createRule<Options, MessageIds>({
  name: 'no-unverified-jwt-decode',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow server code from trusting the claims of a request JWT that it decoded without verifying',
      recommended: 'recommended',
      requiresTypeChecking: false,
      cwe: [345, 347],
      securitySeverity: 8.1,
      precision: 'high',
    },
    messages: {
      unverifiedDecode:
        'A JWT from the incoming request is decoded with `{{decoder}}` and its claims are trusted, but its signature, issuer, audience and expiry are not checked: anyone can forge it. Verify it with `jwtVerify` / `jwt.verify` including `audience` before trusting its claims.',
    },
    schema: [],
  },
  create(context) {
    const { sourceCode } = context;
    if (!matchesTriggers(sourceCode.ast, sourceCode.text, TRIGGERS)) return {};
    const decoding = getJwtDecoding(sourceCode);
    if (decoding.isEmpty) return {};
    const decodes: DecodeCall[] = [];
    const verifications: { node: TSESTree.CallExpression; token: TSESTree.Node }[] = [];

    const getTokenKeys = (raw: TSESTree.Node): Set<string> => {
      const node = unwrapExpression(raw);
      const keys = new Set([sourceCode.getText(node).replaceAll(/\s+/g, '')]);
      if (node.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(sourceCode.getScope(node), node);
        const def = variable?.defs[0];
        if (def) keys.add(`binding:${def.name.range[0]}`);
        if (def?.type === 'Variable' && def.node.id === def.name && def.node.init) {
          keys.add(sourceCode.getText(unwrapExpression(def.node.init)).replaceAll(/\s+/g, ''));
        }
      }
      return keys;
    };

    /** A verification of the same token that runs on every path to the decode, before or after it. */
    const isVerifiedInPlace = (call: DecodeCall): boolean => {
      const decodeKeys = getTokenKeys(call.token);
      return verifications.some(({ node, token }) => {
        if (![...getTokenKeys(token)].some((key) => decodeKeys.has(key)) || areExclusive(node, call.node)) return false;
        // `jwt.verify(token, key, (err) => { ... jwt.decode(token) ... })`
        if (contains(node, call.node)) return true;
        // `jwt.verify(token, key, (err) => { ... })` hands a failure to its callback instead of
        // throwing: code after the call runs whether or not the token verified.
        if (node.range[0] < call.node.range[0]) return !hasCallback(node) && contains(getGuardingBlock(node), call.node);
        // Decoding to pick the key, then verifying: both run in the same block.
        return contains(getGuardingBlock(call.node), node);
      });
    };

    const isBehindVerifyingMiddleware = (node: TSESTree.Node, middleware: ReadonlySet<TSESTree.Node>): boolean => {
      const isAuthMiddleware = (raw: TSESTree.Node): boolean => {
        const argument = unwrapExpression(raw);
        if (middleware.has(argument)) return true;
        if (argument.type === AST_NODE_TYPES.ArrayExpression) return argument.elements.some((element) => element !== null && isAuthMiddleware(element));
        // Fastify route options: `app.get('/x', { onRequest: [app.authenticate] }, handler)`
        if (argument.type === AST_NODE_TYPES.ObjectExpression) {
          return argument.properties.some((property) => {
            if (property.type !== AST_NODE_TYPES.Property) return false;
            const key = getStaticKeyName(property);
            return key !== undefined && ROUTE_HOOK_OPTIONS.has(key) && isAuthMiddleware(property.value);
          });
        }
        if (argument.type === AST_NODE_TYPES.Identifier) {
          const variable = ASTUtils.findVariable(sourceCode.getScope(argument), argument);
          const def = variable?.defs[0];
          if (def?.type === 'Variable' && def.node.init && middleware.has(unwrapExpression(def.node.init))) return true;
        }
        const name = getTrailingName(argument);
        return name !== undefined && AUTH_MIDDLEWARE_NAME.test(name);
      };
      for (let current = node.parent; current; current = current.parent) {
        // NestJS `@UseGuards(AuthGuard('jwt'))` on the handler or its controller.
        if (hasAuthGuardDecorator(current, isAuthMiddleware)) return true;
        const call = current.parent;
        if (!isFunctionNode(current) || call?.type !== AST_NODE_TYPES.CallExpression || !isRouteRegistration(call)) continue;
        const index = call.arguments.indexOf(current as TSESTree.CallExpressionArgument);
        if (call.arguments.slice(0, index).some((argument) => isAuthMiddleware(argument))) return true;
      }
      // `app.use(expressjwt({...}))`, `app.use('/api/*', jwt({ secret }))`: every later handler gets a verified token.
      return [...middleware].some((verifier) => {
        const registration = getUseRegistration(verifier, sourceCode);
        return registration !== undefined && !contains(registration, node);
      });
    };

    return {
      CallExpression(node) {
        const call = decoding.getDecodeCall(node);
        if (call && call.part === 'payload' && !call.delegated) decodes.push(call);
        const token = getVerifiedTokenArgument(node);
        if (token) verifications.push({ node, token });
      },
      'Program:exit'() {
        if (decodes.length === 0) return;
        const middleware = new Set<TSESTree.Node>(
          collectVerifierCalls(sourceCode)
            .filter((verifier) => MIDDLEWARE_VERIFIERS.has(verifier.entry.id))
            .map((verifier) => verifier.node),
        );
        const isLogCall = createLogCallMatcher(sourceCode);
        for (const call of decodes) {
          if (!isFromIncomingRequest(call.token, sourceCode)) continue;
          if (!isInServerContext(call.node, sourceCode)) continue;
          if (isVerifiedInPlace(call) || isBehindVerifyingMiddleware(call.node, middleware)) continue;
          if (isBehindGatewayAuthorizer(call.node, sourceCode)) continue;
          if (!isDecodedTokenTrusted(call.node, { sourceCode, isLogCall })) continue;
          context.report({ node: call.node, messageId: 'unverifiedDecode', data: { decoder: call.decoder } });
        }
      },
    };
  },
});


/**
 * `true` when at most one of two nodes runs: the two branches of an `if` or a ternary, the sides
 * of `||`/`??`, or a `try` block and its `catch` (a decode in `catch` runs when verification failed).
 */
function areExclusive(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const ancestors = new Set<TSESTree.Node>();
  for (let current: TSESTree.Node | undefined = a; current; current = current.parent) ancestors.add(current);
  let child: TSESTree.Node = b;
  let common: TSESTree.Node | undefined = b.parent;
  while (common && !ancestors.has(common)) {
    child = common;
    common = common.parent;
  }
  if (!common) return false;
  const sideOf = (node: TSESTree.Node): TSESTree.Node | undefined => {
    let current: TSESTree.Node = node;
    while (current.parent && current.parent !== common) current = current.parent;
    return current.parent === common ? current : undefined;
  };
  const sideA = sideOf(a);
  const sideB = child;
  if (!sideA || sideA === sideB) return false;
  switch (common.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return sideA !== common.test && sideB !== common.test;
    case AST_NODE_TYPES.TryStatement:
      return (sideA === common.block && sideB === common.handler) || (sideA === common.handler && sideB === common.block);
    case AST_NODE_TYPES.LogicalExpression:
      return common.operator !== '&&';
    case AST_NODE_TYPES.SwitchStatement:
      return sideA.type === AST_NODE_TYPES.SwitchCase && sideB.type === AST_NODE_TYPES.SwitchCase;
    default:
      return false;
  }
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * The block whose every later statement runs only after `node` ran: its nearest enclosing block,
 * skipping `try` blocks (a failed verification throws out of them) and stopping at functions.
 */
function getGuardingBlock(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent) {
    const parent: TSESTree.Node = current.parent;
    if (isFunctionNode(parent)) return parent.body;
    if (parent.type === AST_NODE_TYPES.BlockStatement && parent.parent.type !== AST_NODE_TYPES.TryStatement) return parent;
    if (parent.type === AST_NODE_TYPES.Program) return parent;
    current = parent;
  }
  return current;
}

/** The `app.use(...)` / `router.use(...)` call that registers a middleware expression, directly or through a `const`. */
function getUseRegistration(verifier: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression | undefined {
  const parent = verifier.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === verifier && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(parent.id), parent.id);
    for (const reference of variable?.references ?? []) {
      const registration = getUseRegistration(reference.identifier, sourceCode);
      if (registration) return registration;
    }
    return undefined;
  }
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(verifier as TSESTree.CallExpressionArgument)) return undefined;
  const callee = unwrapExpression(parent.callee);
  const isUse = callee.type === AST_NODE_TYPES.MemberExpression && getTrailingName(callee) === 'use';
  return isUse && isRouteRegistration(parent) ? parent : undefined;
}

/** `@UseGuards(JwtAuthGuard)` / `@UseGuards(AuthGuard('jwt'))` on a method or class: NestJS runs the guard before the handler. */
function hasAuthGuardDecorator(node: TSESTree.Node, isAuthGuard: (argument: TSESTree.Node) => boolean): boolean {
  if (node.type !== AST_NODE_TYPES.MethodDefinition && node.type !== AST_NODE_TYPES.ClassDeclaration && node.type !== AST_NODE_TYPES.ClassExpression) {
    return false;
  }
  return node.decorators.some((decorator) => {
    const expression = decorator.expression;
    if (expression.type !== AST_NODE_TYPES.CallExpression || getTrailingName(expression.callee) !== 'UseGuards') return false;
    return expression.arguments.some((argument) => isAuthGuard(argument));
  });
}

/** `true` when a call's last argument is a function: a callback that receives the verification error. */
function hasCallback(call: TSESTree.CallExpression): boolean {
  const last = call.arguments.at(-1);
  return last !== undefined && isFunctionNode(last);
}
