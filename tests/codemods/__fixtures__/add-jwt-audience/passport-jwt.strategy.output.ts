import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

const JWT_AUDIENCE = process.env.JWT_AUDIENCE;

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: process.env.JWT_PUBLIC_KEY,
      issuer: 'https://auth.example.com',
      audience: JWT_AUDIENCE,
    });
  }

  validate(payload: { sub: string }) {
    return { userId: payload.sub };
  }
}
