import type { HttpEvent, HttpHandler, HttpInterceptor, HttpRequest } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
import type { Observable } from 'rxjs';

@Injectable()
export class InvoiceAuthInterceptor implements HttpInterceptor {
  constructor(private readonly oauthService: OAuthService) {}

  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    // The API expects a bearer token.
    const token = this.oauthService.getIdToken();
    return next.handle(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }));
  }
}
