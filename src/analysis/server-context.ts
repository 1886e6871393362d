import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { RuntimeSide } from '../knowledge/runtimes.js';

import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { RUNTIME_MODULES } from '../knowledge/runtimes.js';
import { getPropertyName, unwrapExpression } from './ast.js';
import { getImportedModules } from './imports.js';
import { getKeyName, getTrailingName } from './token-flow.js';

type AnyFunction = TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** Parameter names under which handlers receive the incoming request or its framework context. */
const REQUEST_PARAMETER_NAMES = new Set(['req', 'request', 'ctx', 'context', 'event', 'evt', 'c', 'httpRequest', 'incomingRequest']);

/** Second parameters of `(req, res)`-style handlers: Express, Next.js API routes, Fastify, Hapi. */
const RESPONSE_PARAMETER_NAMES = new Set(['res', 'response', 'reply', 'h', 'resp']);

/**
 * Type names of an incoming request or of a handler's context (last segment of a qualified
 * name: `express.Request`, `Koa.Context`). Fetch `Request` counts: a function that receives one
 * is a route handler, middleware or edge/worker `fetch` handler.
 */
const SERVER_PARAMETER_TYPES = new Set([
  'ALBEvent', 'APIGatewayProxyEvent', 'APIGatewayProxyEventV2', 'APIGatewayProxyEventV2WithJWTAuthorizer',
  'APIGatewayRequestAuthorizerEvent', 'APIGatewayRequestAuthorizerEventV2', 'APIGatewayTokenAuthorizerEvent',
  'ActionFunctionArgs', 'ExecutionContext', 'FastifyRequest', 'GetServerSidePropsContext', 'H3Event', 'HonoRequest',
  'IncomingMessage', 'LoaderFunctionArgs', 'NextApiRequest', 'NextRequest', 'ParameterizedContext', 'Request', 'RequestEvent',
]);

/** Type names of whole handlers, on the variable that holds one (`const handler: APIGatewayProxyHandler = ...`). */
const SERVER_HANDLER_TYPES = new Set([
  'APIGatewayProxyHandler', 'APIGatewayProxyHandlerV2', 'APIGatewayAuthorizerHandler', 'APIGatewayTokenAuthorizerHandler',
  'APIGatewayRequestAuthorizerHandler', 'ALBHandler', 'Handle', 'Handler', 'LoaderFunction', 'ActionFunction', 'Middleware',
  'MiddlewareHandler', 'NextApiHandler', 'NextMiddleware', 'GetServerSideProps', 'RequestHandler', 'PagesFunction',
]);

/**
 * Exported names that frameworks call with a request: Next.js route handlers and `middleware`,
 * `getServerSideProps`, Remix/React Router `loader`/`action`, Lambda `handler`, SvelteKit `handle`.
 */
const SERVER_EXPORT_NAMES = new Set([
  'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'middleware', 'getServerSideProps', 'loader', 'action',
  'handler', 'handle', 'authorizer', 'proxy',
]);

/** Methods that register a route handler or middleware (`app.get`, `router.use`, `fastify.addHook`). */
const ROUTE_METHODS = new Set([
  'all', 'addHook', 'delete', 'del', 'get', 'head', 'on', 'onRequest', 'options', 'patch', 'post', 'preHandler', 'put', 'route', 'use',
]);

/** Receivers of route registrations: `app`, `router`, `server`, `fastify`, `api`, `adminRouter`. */
const ROUTER_NAME = /^(?:app|api|apiRouter|fastify|hono|instance|r|route|router|routes|server)$|(?:App|Router|Routes|Server)$/;

/** Keys whose function value builds a GraphQL or RPC context from the request (`context: ({ req }) => ...`). */
const CONTEXT_KEYS = new Set(['context', 'createContext']);

/** Keys of a destructured first parameter that only a server handler receives (`({ req })`, `({ request, params })`). */
const REQUEST_PATTERN_KEYS = new Set(['req', 'request', 'event', 'headers', 'cookies']);

const MODULE_SIDES = new WeakMap<TSESTree.Program, { server: boolean; client: boolean; directive: RuntimeSide | undefined }>();

/**
 * `true` when `node` runs on a server that received an HTTP request: inside an Express / Koa /
 * Fastify / Hapi handler or middleware, a Next.js route handler, `middleware`, API route or
 * `getServerSideProps`, a server action (`'use server'`), a Lambda, Worker or edge handler, a
 * GraphQL `context` function or NestJS code. Decided from the innermost function outwards
 * (handler signatures, exports, route registrations, parameter types), then from the file
 * (`'use client'`/`'use server'`, imported server or UI frameworks from `RUNTIME_MODULES`), and
 * finally from a request-named parameter (`req`, `request`, `ctx`, `event`) of an enclosing
 * function. Client callbacks (axios interceptors) are never server code.
 */
export function isInServerContext(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const functions = collectEnclosingFunctions(node);
  for (const fn of functions) {
    if (isClientCallback(fn)) return false;
    if (hasDirective(fn, 'use server')) return true;
    if (isServerHandler(fn)) return true;
  }
  const sides = getModuleSides(sourceCode);
  if (sides.directive !== undefined) return sides.directive === 'server';
  if (sides.server) return true;
  if (sides.client) return false;
  return functions.some(hasRequestParameter);
}

/**
 * Lambda event and handler types of API Gateway routes that have an authorizer: a JWT or Cognito
 * authorizer verified the token (signature, issuer, audience, expiry) before the handler runs,
 * and a Lambda authorizer decided on it (`APIGatewayProxyEventV2WithJWTAuthorizer`,
 * `APIGatewayProxyWithCognitoAuthorizerEvent`, `APIGatewayProxyHandlerV2WithJWTAuthorizer`).
 */
const AUTHORIZED_EVENT_TYPE = /With(?:JWT|Cognito|Lambda)Authorizer/;

/**
 * `true` when `node` runs in a Lambda handler behind an API Gateway authorizer: a parameter or
 * the handler variable is typed as an authorized event, or the handler reads the verified claims
 * from `event.requestContext.authorizer`. The gateway verified the token before the handler ran
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html).
 */
export function isBehindGatewayAuthorizer(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (const fn of collectEnclosingFunctions(node)) {
    for (const parameter of fn.params) {
      const inner = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
      const target = inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.left : inner;
      const name = 'typeAnnotation' in target ? getTypeName(target.typeAnnotation?.typeAnnotation) : undefined;
      if (name !== undefined && AUTHORIZED_EVENT_TYPE.test(name)) return true;
    }
    const parent = fn.parent;
    if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
      const name = getTypeName(parent.id.typeAnnotation?.typeAnnotation);
      if (name !== undefined && AUTHORIZED_EVENT_TYPE.test(name)) return true;
    }
    if (fn.params.length > 0 && /requestContext\??\.authorizer\b/.test(sourceCode.getText(fn))) return true;
  }
  return false;
}

/** `true` when `fn` has the signature, name, type or registration of a server request handler. */
export function isServerHandler(fn: AnyFunction): boolean {
  if (hasHandlerParameters(fn) || hasServerParameterType(fn) || isExportedHandler(fn)) return true;
  const parent = fn.parent;
  if (!parent) return false;
  if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(fn as TSESTree.Expression)) {
    return isRouteRegistration(parent);
  }
  if (parent.type === AST_NODE_TYPES.Property && parent.value === fn) {
    const key = getKeyName(parent.key);
    return key !== undefined && CONTEXT_KEYS.has(key);
  }
  // Workers / Deno / Bun: `export default { async fetch(request, env, ctx) {...} }`.
  if (parent.type === AST_NODE_TYPES.MethodDefinition || parent.type === AST_NODE_TYPES.Property) {
    const first = getParameterName(fn.params[0]);
    return getKeyName(parent.key) === 'fetch' && (first === 'request' || first === 'req');
  }
  return false;
}

/**
 * `app.get('/me', auth, handler)`, `router.use(mw)`, `fastify.addHook('onRequest', fn)`: a call
 * of a route method on a receiver named like an app or router (not `interceptors.request.use`).
 */
export function isRouteRegistration(call: TSESTree.CallExpression): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
  const method = getPropertyName(callee);
  if (method === undefined || !ROUTE_METHODS.has(method)) return false;
  let receiver = unwrapExpression(callee.object);
  // `app.route('/x').get(handler)`, `router.route('/x').post(...)`
  while (receiver.type === AST_NODE_TYPES.CallExpression && receiver.callee.type === AST_NODE_TYPES.MemberExpression) {
    receiver = unwrapExpression(receiver.callee.object);
  }
  const name = getTrailingName(receiver);
  return name !== undefined && ROUTER_NAME.test(name);
}

function hasDirective(fn: AnyFunction, directive: string): boolean {
  if (fn.body?.type !== AST_NODE_TYPES.BlockStatement) return false;
  for (const statement of fn.body.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) return false;
    if (statement.directive === directive) return true;
  }
  return false;
}

function collectEnclosingFunctions(node: TSESTree.Node): AnyFunction[] {
  const out: AnyFunction[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (
      current.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      current.type === AST_NODE_TYPES.FunctionDeclaration ||
      current.type === AST_NODE_TYPES.FunctionExpression
    ) {
      out.push(current);
    }
  }
  return out;
}

function getParameterName(parameter: TSESTree.Parameter | undefined): string | undefined {
  if (!parameter) return undefined;
  const inner = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
  const target = inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.left : inner;
  return target.type === AST_NODE_TYPES.Identifier ? target.name : undefined;
}

/** `(req, res)`, `(req, res, next)`, `(err, req, res, next)`, `(request, reply)`, Koa `(ctx, next)`, Lambda `(event, context)`. */
function hasHandlerParameters(fn: AnyFunction): boolean {
  const names = fn.params.map((parameter) => getParameterName(parameter));
  const [first, second, third] = names;
  if ((first === 'req' || first === 'request') && second !== undefined && RESPONSE_PARAMETER_NAMES.has(second)) return true;
  if (first === 'err' && (second === 'req' || second === 'request') && third !== undefined && RESPONSE_PARAMETER_NAMES.has(third)) return true;
  if (first === 'ctx' && second === 'next') return true;
  return (first === 'event' || first === 'evt') && (second === 'context' || second === 'ctx') && names.length <= 3;
}

function hasServerParameterType(fn: AnyFunction): boolean {
  for (const parameter of fn.params) {
    const inner = parameter.type === AST_NODE_TYPES.TSParameterProperty ? parameter.parameter : parameter;
    const target = inner.type === AST_NODE_TYPES.AssignmentPattern ? inner.left : inner;
    const name = 'typeAnnotation' in target ? getTypeName(target.typeAnnotation?.typeAnnotation) : undefined;
    if (name !== undefined && SERVER_PARAMETER_TYPES.has(name)) return true;
  }
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    const name = getTypeName(parent.id.typeAnnotation?.typeAnnotation);
    if (name !== undefined && SERVER_HANDLER_TYPES.has(name)) return true;
  }
  return false;
}

function getTypeName(type: TSESTree.TypeNode | undefined): string | undefined {
  if (type?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const name = type.typeName;
  if (name.type === AST_NODE_TYPES.Identifier) return name.name;
  if (name.type === AST_NODE_TYPES.TSQualifiedName) return name.right.name;
  return undefined;
}

/**
 * `export async function GET(request)`, `export const handler = async (event) => ...`,
 * `exports.handler = ...`, `module.exports.handler = ...`, `export default function handler(req, res)`.
 */
function isExportedHandler(fn: AnyFunction): boolean {
  const parent = fn.parent;
  if (!parent) return false;
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) {
    if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return fn.params.length > 0 && hasRequestParameter(fn);
    return parent.type === AST_NODE_TYPES.ExportNamedDeclaration && fn.id !== null && SERVER_EXPORT_NAMES.has(fn.id.name);
  }
  if (parent.type === AST_NODE_TYPES.ExportDefaultDeclaration) return hasRequestParameter(fn);
  if (parent.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    return parent.parent.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration && SERVER_EXPORT_NAMES.has(parent.id.name);
  }
  if (parent.type === AST_NODE_TYPES.AssignmentExpression && parent.right === fn && parent.left.type === AST_NODE_TYPES.MemberExpression) {
    const name = getPropertyName(parent.left);
    const object = unwrapExpression(parent.left.object);
    const isExports =
      (object.type === AST_NODE_TYPES.Identifier && (object.name === 'exports' || object.name === 'module')) ||
      (object.type === AST_NODE_TYPES.MemberExpression && getPropertyName(object) === 'exports');
    return isExports && name !== undefined && (SERVER_EXPORT_NAMES.has(name) || (name === 'exports' && hasRequestParameter(fn)));
  }
  return false;
}

/** A parameter named like a request or framework context, or `({ req })` / `({ request })` destructuring. */
function hasRequestParameter(fn: AnyFunction): boolean {
  return fn.params.some((parameter) => {
    const name = getParameterName(parameter);
    if (name !== undefined) return REQUEST_PARAMETER_NAMES.has(name);
    const inner = parameter.type === AST_NODE_TYPES.AssignmentPattern ? parameter.left : parameter;
    if (inner.type !== AST_NODE_TYPES.ObjectPattern) return false;
    return inner.properties.some((property) => {
      if (property.type !== AST_NODE_TYPES.Property) return false;
      const key = getKeyName(property.key);
      return key !== undefined && REQUEST_PATTERN_KEYS.has(key);
    });
  });
}

/** axios `instance.interceptors.request.use(fn)` / `.response.use(fn)`: an outgoing request seen by a client. */
function isClientCallback(fn: AnyFunction): boolean {
  const parent = fn.parent;
  if (parent?.type !== AST_NODE_TYPES.CallExpression || !parent.arguments.includes(fn as TSESTree.Expression)) return false;
  const callee = unwrapExpression(parent.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || getPropertyName(callee) !== 'use') return false;
  const receiver = unwrapExpression(callee.object);
  if (receiver.type !== AST_NODE_TYPES.MemberExpression) return false;
  return getTrailingName(receiver.object) === 'interceptors';
}

function getModuleSides(sourceCode: Readonly<TSESLint.SourceCode>): { server: boolean; client: boolean; directive: RuntimeSide | undefined } {
  const program = sourceCode.ast;
  let sides = MODULE_SIDES.get(program);
  if (sides) return sides;
  let directive: RuntimeSide | undefined;
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement || statement.directive === undefined) break;
    if (statement.directive === 'use client') directive = 'client';
    if (statement.directive === 'use server') directive = 'server';
  }
  const modules = [...getImportedModules(program, sourceCode.text)].map((module) => module.replace(/^node:/, ''));
  let server = false;
  let client = false;
  for (const entry of RUNTIME_MODULES) {
    const matches = entry.modules.some((name: string) => modules.some((module) => module === name || module.startsWith(`${name}/`)));
    if (!matches) continue;
    if (entry.side === 'server') server = true;
    else client = true;
  }
  sides = { server, client, directive };
  MODULE_SIDES.set(program, sides);
  return sides;
}
