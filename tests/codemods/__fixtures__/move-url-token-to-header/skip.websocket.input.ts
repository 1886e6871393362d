export function connectNotifications(accessToken: string) {
  // Browsers cannot set headers on a WebSocket handshake.
  const socket = new WebSocket(`wss://realtime.example.com/notifications?access_token=${accessToken}`);
  socket.addEventListener('message', (event) => console.info(event.data));
  return socket;
}
