import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class TokenService {
  private readonly storage = window.localStorage;

  save(accessToken: string): void {
    this.storage.setItem('accessToken', accessToken);
  }

  get accessToken(): string | null {
    return this.storage.getItem('accessToken');
  }

  signOut(): void {
    this.storage.removeItem('accessToken');
  }
}
