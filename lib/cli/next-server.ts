// The Next process the launcher (lib/cli/serve.ts) starts: Slipwatch's HTTP server around Next.
import { parseEnv } from "@/lib/env";
import { startHttpServer } from "@/lib/server/http-server";
import { createLogger } from "@/lib/server/logger";

const dev = process.argv.includes("--dev");
const env = parseEnv();
const logger = createLogger(env.LOG_LEVEL, env.LOG_FILE);
startHttpServer({ dev, env, logger }).catch((err: unknown) => {
  logger.fatal({ err }, "the server could not start");
  process.exit(1);
});
