import { CognitoJwtVerifier } from 'aws-jwt-verify';

const API_AUDIENCE = 'orders-api';

export const verifier = CognitoJwtVerifier.create({
  userPoolId: 'eu-west-1_abc123',
  tokenUse: 'access',
  clientId: null,
});
