// Paginated order history. Pagination tokens, CSRF tokens and UI preferences are not
// OAuth tokens: nothing here should be reported.
import { useCallback, useEffect, useState } from 'react';
import { useAuth } from 'react-oidc-context';

interface Order {
  id: string;
  placedAt: string;
  total: number;
}

interface OrderPage {
  orders: Order[];
  nextPageToken?: string;
}

function readCsrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

export function OrderHistory() {
  const auth = useAuth();
  const [orders, setOrders] = useState<Order[]>([]);
  const [pageToken, setPageToken] = useState<string | undefined>();
  const [pageSize, setPageSize] = useState(() => Number(localStorage.getItem('orders.pageSize') ?? 25));

  const loadPage = useCallback(
    async (token?: string) => {
      const query = new URLSearchParams({ pageSize: String(pageSize) });
      if (token) query.set('pageToken', token);
      const response = await fetch(`/api/orders?${query.toString()}`, {
        headers: { Authorization: `Bearer ${auth.user?.access_token}` },
      });
      const page = (await response.json()) as OrderPage;
      setOrders((previous) => (token ? [...previous, ...page.orders] : page.orders));
      setPageToken(page.nextPageToken);
    },
    [auth.user?.access_token, pageSize],
  );

  useEffect(() => {
    void loadPage();
  }, [loadPage]);

  async function cancelOrder(id: string) {
    await fetch(`/api/orders/${id}/cancel`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'X-CSRF-Token': readCsrfToken() },
    });
    setOrders((previous) => previous.filter((order) => order.id !== id));
  }

  function changePageSize(size: number) {
    localStorage.setItem('orders.pageSize', String(size));
    setPageSize(size);
  }

  return (
    <section>
      <select value={pageSize} onChange={(event) => changePageSize(Number(event.target.value))}>
        {[10, 25, 50].map((size) => (
          <option key={size}>{size}</option>
        ))}
      </select>
      <ul>
        {orders.map((order) => (
          <li key={order.id}>
            {order.placedAt}: {order.total.toFixed(2)} <button onClick={() => void cancelOrder(order.id)}>Cancel</button>
          </li>
        ))}
      </ul>
      {pageToken && <button onClick={() => void loadPage(pageToken)}>Load more</button>}
    </section>
  );
}
