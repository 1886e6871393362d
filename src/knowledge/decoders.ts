/**
 * JWT decoders: functions that read a token's claims without verifying its signature.
 * Import-resolved entries are used by `no-access-token-decode`; the name set is used by the
 * token-flow analysis to know that a decoder's result is claims, not a credential.
 */
import type { Certainty, ModuleExport } from './types.js';

/** One decoder API. */
export interface DecoderEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Import paths of the decoder function. */
  readonly exports: readonly ModuleExport[];
  /** Argument index of the token. */
  readonly tokenArgument: number;
  /** An option that makes the call decode the protected header, not the payload (`{ header: true }`). */
  readonly headerOption?: string;
  /** `true` when the call only ever decodes the protected header. */
  readonly headerOnly?: boolean;
  /**
   * For a function that verifies by default, the argument that turns verification off: the call
   * is a decoder only when that argument is `true` (`jwt.decode(token, key, true)` in jwt-simple).
   */
  readonly noVerifyArgument?: number;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

/** Decoder APIs, sorted by id. */
export const DECODERS = [
  {
    id: 'hono-jwt-decode',
    exports: [
      { module: 'hono/jwt', path: ['decode'] },
      { module: 'hono/jwt', path: ['Jwt', 'decode'] },
      { module: 'hono/utils/jwt', path: ['Jwt', 'decode'] },
    ],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://hono.dev/docs/helpers/jwt#decode',
  },
  {
    id: 'jose-decode-jwt',
    exports: [
      { module: 'jose', path: ['decodeJwt'] },
      { module: 'jose/jwt/decode', path: ['decodeJwt'] },
    ],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/main/docs/util/decode_jwt/functions/decodeJwt.md',
  },
  {
    id: 'jose-decode-protected-header',
    exports: [
      { module: 'jose', path: ['decodeProtectedHeader'] },
      { module: 'jose/decode/protected_header', path: ['decodeProtectedHeader'] },
    ],
    tokenArgument: 0,
    headerOnly: true,
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/main/docs/util/decode_protected_header/functions/decodeProtectedHeader.md',
  },
  {
    id: 'jose-legacy-jwt-decode',
    exports: [{ module: 'jose', path: ['JWT', 'decode'] }],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/v2.0.7/docs/README.md#jwtdecodetoken-options',
  },
  {
    id: 'jsonwebtoken-decode',
    exports: [
      { module: 'jsonwebtoken', path: ['decode'] },
      { module: 'jsonwebtoken', path: ['default', 'decode'] },
    ],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/auth0/node-jsonwebtoken#jwtdecodetoken--options',
  },
  {
    id: 'jws-decode',
    exports: [
      { module: 'jws', path: ['decode'] },
      { module: 'jws', path: ['default', 'decode'] },
    ],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/brianloveswords/node-jws#jwsdecodesignature-options',
  },
  {
    id: 'jwt-decode-v3-default',
    exports: [{ module: 'jwt-decode', path: ['default'] }],
    tokenArgument: 0,
    headerOption: 'header',
    certainty: 'api',
    reference: 'https://github.com/auth0/jwt-decode/tree/v3.1.2#readme',
  },
  {
    id: 'jwt-decode-v4',
    exports: [{ module: 'jwt-decode', path: ['jwtDecode'] }],
    tokenArgument: 0,
    headerOption: 'header',
    certainty: 'api',
    reference: 'https://github.com/auth0/jwt-decode#readme',
  },
  {
    id: 'jwt-simple-decode-no-verify',
    exports: [
      { module: 'jwt-simple', path: ['decode'] },
      { module: 'jwt-simple', path: ['default', 'decode'] },
    ],
    tokenArgument: 0,
    noVerifyArgument: 2,
    certainty: 'api',
    reference: 'https://github.com/hokaccha/node-jwt-simple#usage',
  },
] as const satisfies readonly DecoderEntry[];

/**
 * A decoder that is a method of a framework-provided instance rather than an import: NestJS
 * `this.jwtService.decode(token)`, the Fastify decorator `fastify.jwt.decode(token)`.
 */
export interface InstanceDecoderEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The decoding method. */
  readonly method: string;
  /** Declared type names of the receiver (`private readonly jwtService: JwtService`). */
  readonly receiverTypes: readonly string[];
  /** Receiver identifiers or `this.` members (`jwtService`). */
  readonly receiverNames: readonly string[];
  /** Property names that end a receiver chain (`fastify.jwt`, `request.server.jwt`, `this.jwt`). */
  readonly receiverProperties: readonly string[];
  /** Argument index of the token. */
  readonly tokenArgument: number;
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

/** Instance-method decoders, sorted by id. */
export const INSTANCE_DECODERS = [
  {
    id: 'fastify-jwt-decorator-decode',
    method: 'decode',
    receiverTypes: ['JWT'],
    receiverNames: [],
    receiverProperties: ['jwt'],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/fastify/fastify-jwt#decode',
  },
  {
    id: 'nestjs-jwt-service-decode',
    method: 'decode',
    receiverTypes: ['JwtService'],
    receiverNames: ['jwtService', '_jwtService', 'jwtSvc'],
    receiverProperties: [],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/nestjs/jwt#api-spec',
  },
] as const satisfies readonly InstanceDecoderEntry[];

/** One base64 decoder: hand-written JWT decoding applies one to the payload segment. */
export interface Base64DecoderEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** Import paths of the decoder function. */
  readonly exports: readonly ModuleExport[];
  /** Global paths of the decoder (`['atob']`, `['Buffer', 'from']`); `window.`/`globalThis.`/`self.` prefixes are implied. */
  readonly globals: readonly (readonly string[])[];
  /** `true` when the modules are Node built-ins, importable with the `node:` prefix too. */
  readonly nodeBuiltin?: boolean;
  /** Argument index of the encoded text. */
  readonly inputArgument: number;
  /** For decoders that take an encoding (`Buffer.from(text, 'base64')`): where, and which values decode base64. */
  readonly encoding?: { readonly argument: number; readonly values: readonly string[] };
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

/** Base64 / base64url decoders, sorted by id. */
export const BASE64_DECODERS = [
  {
    id: 'atob-global',
    exports: [{ module: 'atob', path: ['default'] }],
    globals: [['atob']],
    inputArgument: 0,
    certainty: 'api',
    reference: 'https://developer.mozilla.org/en-US/docs/Web/API/Window/atob',
  },
  {
    id: 'base-64-decode',
    exports: [
      { module: 'base-64', path: ['decode'] },
      { module: 'base-64', path: ['default', 'decode'] },
    ],
    globals: [],
    inputArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/mathiasbynens/base64#base64decodeinput',
  },
  {
    id: 'base64url-decode',
    exports: [
      { module: 'base64url', path: ['decode'] },
      { module: 'base64url', path: ['default', 'decode'] },
      { module: 'base64url', path: ['base64url', 'decode'] },
    ],
    globals: [],
    inputArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/brianloveswords/base64url#base64urldecodeb64urlencodedstring-encoding',
  },
  {
    id: 'buffer-from-base64',
    exports: [{ module: 'buffer', path: ['Buffer', 'from'] }],
    globals: [['Buffer', 'from']],
    nodeBuiltin: true,
    inputArgument: 0,
    encoding: { argument: 1, values: ['base64', 'base64url'] },
    certainty: 'api',
    reference: 'https://nodejs.org/api/buffer.html#static-method-bufferfromstring-encoding',
  },
  {
    id: 'js-base64-decode',
    exports: [
      { module: 'js-base64', path: ['Base64', 'decode'] },
      { module: 'js-base64', path: ['Base64', 'atob'] },
      { module: 'js-base64', path: ['decode'] },
    ],
    globals: [],
    inputArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/dankogai/js-base64#decode',
  },
  {
    id: 'node-buffer-atob',
    exports: [{ module: 'buffer', path: ['atob'] }],
    globals: [],
    nodeBuiltin: true,
    inputArgument: 0,
    certainty: 'api',
    reference: 'https://nodejs.org/api/buffer.html#bufferatobdata',
  },
] as const satisfies readonly Base64DecoderEntry[];

/**
 * Names of functions whose result is a token's decoded claims, imported or hand-written
 * (`parseJwt`). Used only to tell the flow analysis that such a value is not a credential.
 */
export const DECODER_FUNCTION_NAMES: ReadonlySet<string> = new Set([
  'jwtDecode', 'jwt_decode', 'decodeJwt', 'decodeJWT', 'decodeToken', 'parseJwt', 'parseJWT', 'parseToken',
  'decodeIdToken', 'decodeAccessToken', 'parseIdToken', 'parseAccessToken', 'getClaims', 'getTokenClaims',
  'getPayload', 'decodePayload', 'jwtDecodePayload',
]);
