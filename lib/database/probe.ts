import net from "node:net";

/**
 * Does something accept TCP connections at host:port? Never throws. Only a refused or failed
 * connection says false; a slow one (a busy machine) within `timeoutMs` twice over says true.
 */
export function tcpReachable(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    const timer = setTimeout(() => done(true), timeoutMs * 2);
    socket.once("close", () => clearTimeout(timer));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}
