'use client';

export function LoginCallback({ accessToken }: { accessToken: string }) {
  sessionStorage.setItem("accessToken", accessToken);
  return null;
}
