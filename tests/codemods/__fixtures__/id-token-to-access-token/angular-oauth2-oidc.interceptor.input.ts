import { HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';

@Injectable()
export class AuthInterceptor implements HttpInterceptor {
  constructor(private readonly oauthService: OAuthService) {}

  intercept(request: HttpRequest<unknown>, next: HttpHandler) {
    const authorized = request.clone({
      setHeaders: { Authorization: `Bearer ${this.oauthService.getIdToken()}` },
    });
    return next.handle(authorized);
  }
}
