import { useAuth0 } from '@auth0/auth0-react';
import { useCallback } from 'react';

export function useInvoiceExport() {
  const { getAccessTokenSilently, getIdTokenClaims } = useAuth0();

  return useCallback(async (invoiceId: string) => {
    const claims = await getIdTokenClaims();
    const response = await fetch(`/api/invoices/${invoiceId}/export`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${claims?.__raw}` }, // the API validates this token
    });
    return response.blob();
  }, [getAccessTokenSilently, getIdTokenClaims]);
}
