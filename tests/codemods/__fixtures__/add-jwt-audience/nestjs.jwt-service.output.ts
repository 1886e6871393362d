import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

const JWT_AUDIENCE = 'https://api.example.com';

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}

  async verify(token: string) {
    try {
      return await this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET, audience: JWT_AUDIENCE });
    } catch {
      throw new UnauthorizedException();
    }
  }
}
