// Hand-rolled authorization code + PKCE login for the partner portal, which uses a
// second identity provider without an SDK.
const PARTNER_AUTHORIZE_URL = 'https://login.partner.example.com/oauth2/authorize';
const PARTNER_TOKEN_URL = 'https://login.partner.example.com/oauth2/token';
const PARTNER_CLIENT_ID = 'acme-orders-spa';

function base64UrlEncode(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function createPkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64UrlEncode(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64UrlEncode(new Uint8Array(digest)) };
}

export async function startPartnerLogin(): Promise<void> {
  const { verifier, challenge } = await createPkcePair();
  const state = crypto.randomUUID();
  // The PKCE verifier and state are transient and belong in sessionStorage (RFC 7636).
  sessionStorage.setItem('partner.pkce_code_verifier', verifier);
  sessionStorage.setItem('partner.oauth_state', state);

  const params = new URLSearchParams({
    response_type: 'code',
    client_id: PARTNER_CLIENT_ID,
    redirect_uri: `${window.location.origin}/partner/callback`,
    scope: 'openid partner.catalog',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state,
  });
  window.location.assign(`${PARTNER_AUTHORIZE_URL}?${params.toString()}`);
}

interface PartnerTokenResponse {
  access_token: string;
  id_token: string;
  expires_in: number;
}

export async function completePartnerLogin(callbackUrl: string): Promise<void> {
  const query = new URL(callbackUrl).searchParams;
  if (query.get('state') !== sessionStorage.getItem('partner.oauth_state')) throw new Error('OAuth state mismatch');

  const response = await fetch(PARTNER_TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code') ?? '',
      redirect_uri: `${window.location.origin}/partner/callback`,
      client_id: PARTNER_CLIENT_ID,
      code_verifier: sessionStorage.getItem('partner.pkce_code_verifier') ?? '',
    }),
  });
  const tokens = (await response.json()) as PartnerTokenResponse;
  sessionStorage.removeItem('partner.pkce_code_verifier');
  sessionStorage.removeItem('partner.oauth_state');

  sessionStorage.setItem('partner_access_token', tokens.access_token); // expect: no-token-in-storage
  sessionStorage.setItem('partner_token_expires_at', String(Date.now() + tokens.expires_in * 1000));
}
