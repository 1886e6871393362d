// The internal admin console signs in with Auth0.
import { useEffect, useState } from 'react';
import { useAuth0 } from '@auth0/auth0-react';

interface Tenant {
  id: string;
  name: string;
  seats: number;
}

const ADMIN_API = 'https://admin-api.acme.example.com';

export function AdminDashboard() {
  const { getAccessTokenSilently, getIdTokenClaims, isAuthenticated } = useAuth0();
  const [tenants, setTenants] = useState<Tenant[]>([]);
  const [auditLog, setAuditLog] = useState<string[]>([]);

  useEffect(() => {
    if (!isAuthenticated) return;
    void (async () => {
      const accessToken = await getAccessTokenSilently({ authorizationParams: { audience: ADMIN_API } });
      const response = await fetch(`${ADMIN_API}/tenants`, { headers: { Authorization: `Bearer ${accessToken}` } });
      setTenants((await response.json()) as Tenant[]);
    })();
  }, [isAuthenticated, getAccessTokenSilently]);

  async function loadAuditLog() {
    const claims = await getIdTokenClaims();
    const response = await fetch(`${ADMIN_API}/audit-log`, {
      headers: { Authorization: `Bearer ${claims?.__raw}` }, // expect: no-id-token-as-bearer
    });
    setAuditLog((await response.json()) as string[]);
  }

  return (
    <main>
      <h1>Tenants</h1>
      <ul>
        {tenants.map((tenant) => (
          <li key={tenant.id}>
            {tenant.name} ({tenant.seats} seats)
          </li>
        ))}
      </ul>
      <button onClick={() => void loadAuditLog()}>Show audit log</button>
      <pre>{auditLog.join('\n')}</pre>
    </main>
  );
}
