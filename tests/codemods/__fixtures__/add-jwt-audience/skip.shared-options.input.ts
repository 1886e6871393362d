import jwt from 'jsonwebtoken';

const JWT_AUDIENCE = 'https://api.example.com';
const options = { algorithms: ['RS256'] as jwt.Algorithm[] };

export const verifyAccess = (token: string, key: string) => jwt.verify(token, key, options);
export const verifyRefresh = (token: string, key: string) => jwt.verify(token, key, options);
