import { Injectable } from '@angular/core';
import { tokenMemoryStore } from './token-memory-store';

@Injectable({ providedIn: 'root' })
export class TokenService {
  private readonly storage = window.localStorage;

  save(accessToken: string): void {
    tokenMemoryStore.set('accessToken', accessToken);
  }

  get accessToken(): string | null {
    return tokenMemoryStore.get('accessToken');
  }

  signOut(): void {
    tokenMemoryStore.remove('accessToken');
  }
}
