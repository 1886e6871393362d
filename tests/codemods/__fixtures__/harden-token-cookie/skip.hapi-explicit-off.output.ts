import Hapi from '@hapi/hapi';

const server = Hapi.server({ port: 3000 });

server.state('access_token', {
  ttl: 3600 * 1000,
  isSecure: false,
  isHttpOnly: true,
  encoding: 'none',
});
