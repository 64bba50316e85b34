import os from "node:os";
import path from "node:path";

/** The file where the e2e server on `port` notes its data folder (see start-server.ts). */
export function e2eStateFile(port: string): string {
  return path.join(os.tmpdir(), `slipwatch-e2e-server-${port}.json`);
}
