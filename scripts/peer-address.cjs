// Preloaded into `next start` (scripts/start.mjs, NODE_OPTIONS=--require): stamps every HTTP
// request with the address of the TCP peer, in the header x-hyoka-peer, replacing whatever a
// client sent under that name. Next.js fills x-forwarded-for from the socket only when the
// client did not send one, so without this the app could not tell a forged header from the
// real address. lib/auth/client-address.ts reads it (and X-Forwarded-For only from a peer
// listed in HYOKA_TRUSTED_PROXIES).
const http = require('node:http');

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function stampPeer(event, req, ...rest) {
  if (event === 'request' && req && req.headers) req.headers['x-hyoka-peer'] = req.socket?.remoteAddress ?? '';
  return emit.call(this, event, req, ...rest);
};
