/**
 * Documented designs in which an ID token is legitimately sent as a credential. Rules do
 * not report these by default; each can be turned off through a rule option.
 */
import type { IdTokenDesignId } from './types.js';

/** One documented design. */
export interface IdTokenDesignEntry {
  /** Stable id, also the option value. */
  readonly id: IdTokenDesignId;
  /** What the design is. */
  readonly description: string;
  /** Vendor documentation. */
  readonly reference: string;
}

/** Documented ID-token designs, sorted by id. */
export const ID_TOKEN_DESIGNS = [
  {
    id: 'firebase',
    description: 'Firebase Auth: the client sends `user.getIdToken()` to its own backend, which verifies it with the Admin SDK.',
    reference: 'https://firebase.google.com/docs/auth/admin/verify-id-tokens',
  },
  {
    id: 'google-cloud',
    description: 'Google Cloud IAP, Cloud Run and Cloud Functions: service-to-service calls carry a Google-signed ID token whose `aud` is the target service.',
    reference: 'https://cloud.google.com/run/docs/authenticating/service-to-service',
  },
  {
    id: 'google-identity-services',
    description: 'Google Identity Services: the sign-in `credential` (an ID token) is sent to your own backend for verification.',
    reference: 'https://developers.google.com/identity/gsi/web/guides/verify-google-id-token',
  },
] as const satisfies readonly IdTokenDesignEntry[];

/** Ids of all documented designs (the option enum). */
export const ID_TOKEN_DESIGN_IDS: readonly IdTokenDesignId[] = ID_TOKEN_DESIGNS.map((design) => design.id);
