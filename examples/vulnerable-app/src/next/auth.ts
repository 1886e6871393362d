// Auth.js (next-auth v5) configuration of the Next.js storefront.
import NextAuth from 'next-auth';
import Keycloak from 'next-auth/providers/keycloak';

declare module 'next-auth' {
  interface Session {
    accessToken?: string;
    idToken?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  providers: [Keycloak({ authorization: { params: { scope: 'openid profile email orders:read' } } })],
  session: { strategy: 'jwt' },
  callbacks: {
    // The JWT callback runs on the server; `token` is the encrypted session cookie.
    async jwt({ token, account }) {
      if (account) {
        token.accessToken = account.access_token;
        token.idToken = account.id_token;
        token.expiresAt = account.expires_at;
      }
      return token;
    },
    async session({ session, token }) {
      session.accessToken = token.accessToken as string | undefined;
      session.idToken = token.idToken as string | undefined;
      return session;
    },
  },
});
