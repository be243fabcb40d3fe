/**
 * Serves a request handler on 127.0.0.1 and a free port, for tests, benchmarks and scripts that
 * run the real app beside themselves. `close` drops open (keep-alive) connections so it never
 * waits for them to time out, stops listening, then runs `onClose` (e.g. stopping Apollo).
 */
import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";

export interface LoopbackServer {
  /** http://127.0.0.1:<port> */
  url: string;
  close(): Promise<void>;
}

export async function listenOnLoopback(
  handler: RequestListener,
  onClose: () => Promise<void> = async () => {},
): Promise<LoopbackServer> {
  const server = createServer(handler);
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", () => listening()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((closed) => server.close(() => closed()));
      await onClose();
    },
  };
}
