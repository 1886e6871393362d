/**
 * JWT verifiers and where each one takes the expected audience.
 *
 * RFC 8725 §3.9 ("Use and Validate Audience"), RFC 9068 §4 and OIDC Core §3.1.3.7 step 3
 * require a relying party or resource server to check that it is the token's `aud`. Most
 * Node.js verifiers check `aud` only when they are told the expected value; a few fail
 * closed (they throw when it is absent) and only an explicit value turns the check off.
 * Used by `require-jwt-audience` and by the `add-jwt-audience` codemod.
 */
import type { Certainty, ModuleExport } from './types.js';

/** A literal value that, although the audience key is present, turns the check off. */
export type AudienceDisablingValue = 'empty-string' | 'false' | 'null' | 'undefined';

/** One place in the options object that sets the expected audience. */
export interface AudienceOption {
  /** Key path from the options object: `['audience']`, `['verify', 'allowedAud']`. */
  readonly path: readonly string[];
  /** Literal values that disable the check although the key is present. */
  readonly disablingValues: readonly AudienceDisablingValue[];
}

/**
 * How the verifier is reached from its export:
 * - `call`: the export is called, options at {@link VerifierEntry.optionsArgument};
 * - `construct`: `new Export(options)`, also `super(options)` in a subclass (and in a
 *   NestJS `PassportStrategy(Export)` mixin subclass);
 * - `plugin`: the export is passed to `app.register(plugin, options)` (Fastify);
 * - `method`: a method of an instance of the exported class (`jwtService.verify`).
 */
export type VerifierInvocation = 'call' | 'construct' | 'method' | 'plugin';

/**
 * What the library does when no audience is configured:
 * - `unchecked`: `aud` is not checked (report when absent);
 * - `fails-closed`: it throws or reads a required default (report only disabling values).
 */
export type AbsentAudienceBehaviour = 'fails-closed' | 'unchecked';

/** One verifier API. */
export interface VerifierEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** What this entry is, for the shared table format. */
  readonly kind: 'verifier';
  /** Name shown in messages (`jwtVerify`, `jsonwebtoken.verify`). */
  readonly api: string;
  /** Import paths of the function, class or plugin. */
  readonly exports: readonly ModuleExport[];
  /** How the export is invoked. */
  readonly invocation: VerifierInvocation;
  /** For `method`: the method names that verify. */
  readonly methods?: readonly string[];
  /** For `method`: receiver names that identify an instance when the file imports the module (`jwtService`). */
  readonly receiverNames?: readonly string[];
  /** For `method`: an options key that identifies the call shape when the receiver cannot be traced (`idToken`). */
  readonly identifyingOption?: string;
  /** Argument index of the options (of `register` for plugins, of `super` for subclasses). */
  readonly optionsArgument: number;
  /** `true` when a function at the options position is the callback and the options are absent. */
  readonly callbackMayReplaceOptions?: boolean;
  /** `true` when a string at the options position is an algorithm name, not options (hono `verify`). */
  readonly algorithmMayReplaceOptions?: boolean;
  /** `true` when the options may be an array of option objects, each checked (aws-jwt-verify multi-pool). */
  readonly acceptsOptionsArray?: boolean;
  /**
   * Options key whose presence means the call configures verification at all; without it the
   * call is not a verifier configuration (`JwtModule.register` without `verifyOptions` only signs).
   */
  readonly verificationOption?: string;
  /** Options key holding a factory whose return value is the options (`registerAsync({ useFactory })`). */
  readonly factoryOption?: string;
  /** Where the audience is set; any one of them counts. The first is the one to add. */
  readonly audienceOptions: readonly AudienceOption[];
  /** What happens when no audience option is present. */
  readonly whenAbsent: AbsentAudienceBehaviour;
  /**
   * Exports whose use in the same file shows the application issues the tokens it verifies
   * for itself alone (a session JWE encrypted with its own key, as next-auth does): the
   * audience is then not reported.
   */
  readonly selfIssuedMarkers?: readonly string[];
  /** Entry whose same-file configuration also supplies the audience to this one (module-level options). */
  readonly inheritsFrom?: string;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

const JSONWEBTOKEN_FALSY = ['empty-string', 'false', 'null', 'undefined'] as const satisfies readonly AudienceDisablingValue[];

/** Verifier APIs, sorted by id. */
export const VERIFIERS = [
  {
    id: 'aws-jwt-verify-alb',
    kind: 'verifier',
    api: 'AlbJwtVerifier.create',
    exports: [{ module: 'aws-jwt-verify', path: ['AlbJwtVerifier', 'create'] }],
    invocation: 'call',
    optionsArgument: 0,
    acceptsOptionsArray: true,
    audienceOptions: [{ path: ['clientId'], disablingValues: ['null'] }],
    whenAbsent: 'fails-closed',
    certainty: 'api',
    reference: 'https://github.com/awslabs/aws-jwt-verify#verifying-jwts-from-amazon-application-load-balancer',
  },
  {
    id: 'aws-jwt-verify-cognito',
    kind: 'verifier',
    api: 'CognitoJwtVerifier.create',
    exports: [{ module: 'aws-jwt-verify', path: ['CognitoJwtVerifier', 'create'] }],
    invocation: 'call',
    optionsArgument: 0,
    acceptsOptionsArray: true,
    audienceOptions: [{ path: ['clientId'], disablingValues: ['null'] }],
    whenAbsent: 'fails-closed',
    certainty: 'api',
    reference: 'https://github.com/awslabs/aws-jwt-verify#verifying-jwts-from-amazon-cognito',
  },
  {
    id: 'aws-jwt-verify-generic',
    kind: 'verifier',
    api: 'JwtVerifier.create',
    exports: [
      { module: 'aws-jwt-verify', path: ['JwtVerifier', 'create'] },
      { module: 'aws-jwt-verify', path: ['JwtRsaVerifier', 'create'] },
    ],
    invocation: 'call',
    optionsArgument: 0,
    acceptsOptionsArray: true,
    audienceOptions: [{ path: ['audience'], disablingValues: ['null'] }],
    whenAbsent: 'fails-closed',
    certainty: 'api',
    reference: 'https://github.com/awslabs/aws-jwt-verify#verifying-jwts-from-any-oidc-compatible-idp',
  },
  {
    id: 'express-jwt-v6',
    kind: 'verifier',
    api: 'express-jwt',
    exports: [
      { module: 'express-jwt', path: [] },
      { module: 'express-jwt', path: ['default'] },
    ],
    invocation: 'call',
    optionsArgument: 0,
    audienceOptions: [{ path: ['audience'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/auth0/express-jwt/tree/v6.1.2#usage',
  },
  {
    id: 'express-jwt-v7',
    kind: 'verifier',
    api: 'expressjwt',
    exports: [{ module: 'express-jwt', path: ['expressjwt'] }],
    invocation: 'call',
    optionsArgument: 0,
    audienceOptions: [{ path: ['audience'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/auth0/express-jwt#usage',
  },
  {
    id: 'express-oauth2-jwt-bearer',
    kind: 'verifier',
    api: 'auth',
    exports: [{ module: 'express-oauth2-jwt-bearer', path: ['auth'] }],
    invocation: 'call',
    optionsArgument: 0,
    // Absent, `audience` defaults to process.env.AUDIENCE and the verifier asserts it is set.
    audienceOptions: [{ path: ['validators', 'aud'], disablingValues: ['false'] }],
    whenAbsent: 'fails-closed',
    certainty: 'api',
    reference: 'https://auth0.github.io/node-oauth2-jwt-bearer/interfaces/AuthOptions.html',
  },
  {
    id: 'fast-jwt-create-verifier',
    kind: 'verifier',
    api: 'createVerifier',
    exports: [{ module: 'fast-jwt', path: ['createVerifier'] }],
    invocation: 'call',
    optionsArgument: 0,
    audienceOptions: [{ path: ['allowedAud'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/nearform/fast-jwt#createverifier',
  },
  {
    id: 'fastify-jwt-plugin',
    kind: 'verifier',
    api: '@fastify/jwt',
    exports: [
      { module: '@fastify/jwt', path: [] },
      { module: '@fastify/jwt', path: ['default'] },
      { module: '@fastify/jwt', path: ['fastifyJwt'] },
      { module: 'fastify-jwt', path: [] },
      { module: 'fastify-jwt', path: ['default'] },
    ],
    invocation: 'plugin',
    optionsArgument: 1,
    audienceOptions: [
      { path: ['verify', 'allowedAud'], disablingValues: JSONWEBTOKEN_FALSY },
      // fastify-jwt <= 3 was built on jsonwebtoken and took `audience`.
      { path: ['verify', 'audience'], disablingValues: JSONWEBTOKEN_FALSY },
    ],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/fastify/fastify-jwt#verify',
  },
  {
    id: 'google-auth-library-verify-id-token',
    kind: 'verifier',
    api: 'verifyIdToken',
    exports: [
      { module: 'google-auth-library', path: ['OAuth2Client'] },
      { module: 'googleapis', path: ['google', 'auth', 'OAuth2'] },
    ],
    invocation: 'method',
    methods: ['verifyIdToken'],
    identifyingOption: 'idToken',
    optionsArgument: 0,
    audienceOptions: [{ path: ['audience'], disablingValues: ['null', 'undefined'] }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://developers.google.com/identity/gsi/web/guides/verify-google-id-token#using-a-google-api-client-library',
  },
  {
    id: 'hono-jwk-middleware',
    kind: 'verifier',
    api: 'jwk',
    exports: [{ module: 'hono/jwk', path: ['jwk'] }],
    invocation: 'call',
    optionsArgument: 0,
    audienceOptions: [{ path: ['verification', 'aud'], disablingValues: ['undefined'] }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://hono.dev/docs/middleware/builtin/jwk',
  },
  {
    id: 'hono-jwt-middleware',
    kind: 'verifier',
    api: 'jwt',
    exports: [{ module: 'hono/jwt', path: ['jwt'] }],
    invocation: 'call',
    optionsArgument: 0,
    audienceOptions: [{ path: ['verification', 'aud'], disablingValues: ['undefined'] }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://hono.dev/docs/middleware/builtin/jwt',
  },
  {
    id: 'hono-jwt-verify',
    kind: 'verifier',
    api: 'verify',
    exports: [
      { module: 'hono/jwt', path: ['verify'] },
      { module: 'hono/jwt', path: ['Jwt', 'verify'] },
      { module: 'hono/utils/jwt', path: ['Jwt', 'verify'] },
    ],
    invocation: 'call',
    optionsArgument: 2,
    algorithmMayReplaceOptions: true,
    audienceOptions: [{ path: ['aud'], disablingValues: ['undefined'] }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://hono.dev/docs/helpers/jwt#verify',
  },
  {
    id: 'jose-jwt-decrypt',
    kind: 'verifier',
    api: 'jwtDecrypt',
    exports: [
      { module: 'jose', path: ['jwtDecrypt'] },
      { module: 'jose/jwt/decrypt', path: ['jwtDecrypt'] },
    ],
    invocation: 'call',
    optionsArgument: 2,
    audienceOptions: [{ path: ['audience'], disablingValues: ['undefined'] }],
    whenAbsent: 'unchecked',
    selfIssuedMarkers: ['EncryptJWT'],
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/main/docs/jwt/decrypt/functions/jwtDecrypt.md',
  },
  {
    id: 'jose-jwt-verify',
    kind: 'verifier',
    api: 'jwtVerify',
    exports: [
      { module: 'jose', path: ['jwtVerify'] },
      { module: 'jose/jwt/verify', path: ['jwtVerify'] },
    ],
    invocation: 'call',
    optionsArgument: 2,
    audienceOptions: [{ path: ['audience'], disablingValues: ['undefined'] }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/main/docs/jwt/verify/functions/jwtVerify.md',
  },
  {
    id: 'jose-legacy-jwt-verify',
    kind: 'verifier',
    api: 'JWT.verify',
    exports: [{ module: 'jose', path: ['JWT', 'verify'] }],
    invocation: 'call',
    optionsArgument: 2,
    audienceOptions: [{ path: ['audience'], disablingValues: ['undefined'] }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/v2.0.7/docs/README.md#jwtverifytoken-keyorstore-options',
  },
  {
    id: 'jsonwebtoken-verify',
    kind: 'verifier',
    api: 'jsonwebtoken.verify',
    exports: [
      { module: 'jsonwebtoken', path: ['verify'] },
      { module: 'jsonwebtoken', path: ['default', 'verify'] },
    ],
    invocation: 'call',
    optionsArgument: 2,
    callbackMayReplaceOptions: true,
    // verify.js: `if (options.audience)`, a truthy test.
    audienceOptions: [{ path: ['audience'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/auth0/node-jsonwebtoken#jwtverifytoken-secretorpublickey-options-callback',
  },
  {
    id: 'koa-jwt',
    kind: 'verifier',
    api: 'koa-jwt',
    exports: [
      { module: 'koa-jwt', path: [] },
      { module: 'koa-jwt', path: ['default'] },
    ],
    invocation: 'call',
    optionsArgument: 0,
    audienceOptions: [{ path: ['audience'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/koajs/jwt#token-verification-exceptions',
  },
  {
    id: 'nestjs-jwt-module',
    kind: 'verifier',
    api: 'JwtModule.register',
    exports: [
      { module: '@nestjs/jwt', path: ['JwtModule', 'register'] },
      { module: '@nestjs/jwt', path: ['JwtModule', 'registerAsync'] },
    ],
    invocation: 'call',
    optionsArgument: 0,
    verificationOption: 'verifyOptions',
    factoryOption: 'useFactory',
    audienceOptions: [{ path: ['verifyOptions', 'audience'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/nestjs/jwt#async-options',
  },
  {
    id: 'nestjs-jwt-service',
    kind: 'verifier',
    api: 'JwtService.verify',
    exports: [{ module: '@nestjs/jwt', path: ['JwtService'] }],
    invocation: 'method',
    methods: ['verify', 'verifyAsync'],
    receiverNames: ['jwtService'],
    optionsArgument: 1,
    audienceOptions: [{ path: ['audience'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    inheritsFrom: 'nestjs-jwt-module',
    certainty: 'api',
    reference: 'https://github.com/nestjs/jwt#api-spec',
  },
  {
    id: 'passport-jwt-strategy',
    kind: 'verifier',
    api: 'passport-jwt Strategy',
    exports: [{ module: 'passport-jwt', path: ['Strategy'] }],
    invocation: 'construct',
    optionsArgument: 0,
    // Only the top-level key counts: it is copied over `jsonWebTokenOptions.audience` even when undefined.
    audienceOptions: [{ path: ['audience'], disablingValues: JSONWEBTOKEN_FALSY }],
    whenAbsent: 'unchecked',
    certainty: 'api',
    reference: 'https://github.com/mikenicholson/passport-jwt#configure-strategy',
  },
] as const satisfies readonly VerifierEntry[];

/** Id of a built-in verifier entry. */
export type VerifierId = (typeof VERIFIERS)[number]['id'];

/** Module specifiers of every built-in verifier, for a cheap text prefilter. */
export const VERIFIER_MODULES: readonly string[] = [
  ...new Set(VERIFIERS.flatMap((entry) => entry.exports.map((exported) => exported.module))),
].sort();
