'use client';

import { tokenMemoryStore } from './token-memory-store';

export function LoginCallback({ accessToken }: { accessToken: string }) {
  tokenMemoryStore.set("accessToken", accessToken);
  return null;
}
