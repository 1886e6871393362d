// Live order notifications. Browsers cannot set headers on WebSocket or EventSource.
import { io, type Socket } from 'socket.io-client';
import { useAuth } from 'react-oidc-context';
import { useEffect } from 'react';

const WS_BASE = import.meta.env.VITE_WS_URL as string;

export function connectOrderUpdates(accessToken: string, onMessage: (event: MessageEvent<string>) => void): WebSocket {
  const socket = new WebSocket(`${WS_BASE}/orders/updates?access_token=${encodeURIComponent(accessToken)}`); // expect: no-token-in-url
  socket.addEventListener('message', onMessage);
  return socket;
}

export function useShipmentEvents(onEvent: (data: unknown) => void): void {
  const auth = useAuth();
  const token = auth.user?.access_token;
  useEffect(() => {
    if (!token) return undefined;
    const source = new EventSource(`/api/shipments/stream?token=${token}`); // expect: no-token-in-url
    source.onmessage = (event) => onEvent(JSON.parse(event.data as string));
    return () => source.close();
  }, [token, onEvent]);
}

// socket.io sends `auth` in the handshake payload, not in the URL: fine.
export function connectChat(accessToken: string): Socket {
  return io(`${WS_BASE}/chat`, { auth: { token: accessToken }, transports: ['websocket'] });
}
