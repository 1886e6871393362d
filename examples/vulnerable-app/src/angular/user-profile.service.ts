// Account settings module of the Angular back office (angular-oauth2-oidc).
import { HttpClient, HttpHeaders, HttpParams, type HttpEvent, type HttpHandler, type HttpInterceptor, type HttpRequest } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { OAuthService } from 'angular-oauth2-oidc';
import type { Observable } from 'rxjs';

import { environment } from '../environments/environment';

export interface Profile {
  id: string;
  displayName: string;
  email: string;
}

export interface Invoice {
  id: string;
  amount: number;
}

@Injectable({ providedIn: 'root' })
export class UserProfileService {
  constructor(
    private readonly http: HttpClient,
    private readonly oauthService: OAuthService,
  ) {}

  loadProfile(): Observable<Profile> {
    const headers = new HttpHeaders().set('Authorization', `Bearer ${this.oauthService.getIdToken()}`); // expect: no-id-token-as-bearer
    return this.http.get<Profile>(`${environment.apiUrl}/me`, { headers });
  }

  loadInvoices(pageToken?: string): Observable<{ invoices: Invoice[]; nextPageToken?: string }> {
    const headers = new HttpHeaders({ Authorization: `Bearer ${this.oauthService.getAccessToken()}` });
    const params = pageToken ? new HttpParams().set('pageToken', pageToken) : new HttpParams();
    return this.http.get<{ invoices: Invoice[]; nextPageToken?: string }>(`${environment.apiUrl}/invoices`, { headers, params });
  }

  /** Lets the old AngularJS screens, served from the same origin, reuse the session. */
  shareSessionWithLegacyScreens(): void {
    localStorage.setItem('id_token', this.oauthService.getIdToken()); // expect: no-token-in-storage
    localStorage.setItem('locale', navigator.language);
  }
}

/** Adds the access token to calls to our API: the right token for the right audience. */
@Injectable()
export class ApiAuthInterceptor implements HttpInterceptor {
  constructor(private readonly oauthService: OAuthService) {}

  intercept(req: HttpRequest<unknown>, next: HttpHandler): Observable<HttpEvent<unknown>> {
    if (!req.url.startsWith(environment.apiUrl)) return next.handle(req);
    return next.handle(req.clone({ setHeaders: { Authorization: `Bearer ${this.oauthService.getAccessToken()}` } }));
  }
}
