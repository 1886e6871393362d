import { createVerifier } from 'fast-jwt';

const API_AUDIENCE = 'urn:example:billing-api';

export const verifyToken = createVerifier({ key: async () => process.env.JWT_PUBLIC_KEY!, allowedIss: 'https://issuer.example.com' });
