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
  /** API fact or convention. */
  readonly certainty: Certainty;
  /** Library documentation or source. */
  readonly reference: string;
}

/** Decoder APIs, sorted by id. */
export const DECODERS = [
  {
    id: 'jose-decode-jwt',
    exports: [{ module: 'jose', path: ['decodeJwt'] }],
    tokenArgument: 0,
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/main/docs/util/decode_jwt/functions/decodeJwt.md',
  },
  {
    id: 'jose-decode-protected-header',
    exports: [{ module: 'jose', path: ['decodeProtectedHeader'] }],
    tokenArgument: 0,
    headerOnly: true,
    certainty: 'api',
    reference: 'https://github.com/panva/jose/blob/main/docs/util/decode_protected_header/functions/decodeProtectedHeader.md',
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
] as const satisfies readonly DecoderEntry[];

/**
 * Names of functions whose result is a token's decoded claims, imported or hand-written
 * (`parseJwt`). Used only to tell the flow analysis that such a value is not a credential.
 */
export const DECODER_FUNCTION_NAMES: ReadonlySet<string> = new Set([
  'jwtDecode', 'jwt_decode', 'decodeJwt', 'decodeJWT', 'decodeToken', 'parseJwt', 'parseJWT', 'parseToken',
  'decodeIdToken', 'decodeAccessToken', 'parseIdToken', 'parseAccessToken', 'getClaims', 'getTokenClaims',
  'getPayload', 'decodePayload', 'jwtDecodePayload',
]);
