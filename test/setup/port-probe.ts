import { connect } from 'node:net';

/** Resolves true when something accepts a TCP connection on 127.0.0.1:port (tests: is anything left?). */
export function accepts(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });
}
