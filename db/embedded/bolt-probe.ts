/**
 * Bolt readiness probe without the driver: a TCP connect, the Bolt magic preamble and a
 * version offer. A non-zero version answer means the server is accepting Bolt connections.
 */
import { connect } from "node:net";

export type BoltProbe =
  | { kind: "bolt"; version: string }
  /** Something listens on the port but does not speak Bolt (or refused every version). */
  | { kind: "other" }
  | { kind: "closed" };

const MAGIC = [0x60, 0x60, 0xb0, 0x17];
// Four offers, each [reserved, range, minor, major]: 5.8 down to 5.0, then 4.4, 4.3 and 3.0.
const OFFERS = [
  [0x00, 0x08, 0x08, 0x05],
  [0x00, 0x00, 0x04, 0x04],
  [0x00, 0x00, 0x03, 0x04],
  [0x00, 0x00, 0x00, 0x03],
];
const HANDSHAKE = Buffer.from([...MAGIC, ...OFFERS.flat()]);

/** Connects to host:port and reports whether a Bolt server answers the handshake. */
export function probeBolt(host: string, port: number, timeoutMs = 2_000): Promise<BoltProbe> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = Buffer.alloc(0);
    let connected = false;
    const finish = (result: BoltProbe) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => finish(connected ? { kind: "other" } : { kind: "closed" }));
    socket.once("connect", () => {
      connected = true;
      socket.write(HANDSHAKE);
    });
    socket.on("data", (chunk: Buffer) => {
      answer = Buffer.concat([answer, chunk]);
      if (answer.length < 4) return;
      const [, , minor = 0, major = 0] = answer;
      finish(major === 0 ? { kind: "other" } : { kind: "bolt", version: `${major}.${minor}` });
    });
    socket.once("end", () => finish(connected ? { kind: "other" } : { kind: "closed" }));
    socket.once("error", () => finish(connected ? { kind: "other" } : { kind: "closed" }));
  });
}
