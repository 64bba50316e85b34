// npm start / npm run dev — start the database (embedded unless DATABASE_URL is set), migrate,
// seed an empty database, then run Next; Ctrl-C / SIGTERM stop Next and Postgres cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/lib/db";
import { migrateDatabase, openDatabase } from "@/lib/database/connect";
import { portIsFree } from "@/lib/database/embedded";
import { tcpReachable } from "@/lib/database/probe";
import { parseEnv } from "@/lib/env";
import { isSeeded, seedDatabase } from "@/prisma/seed";
import { bootstrapAdminIfNoUsers } from "@/lib/auth/user-accounts";

const log = (line: string) => console.log(`[slipwatch] ${line}`);

async function main() {
  const dev = process.argv.includes("--dev");
  const env = parseEnv();
  if (!dev && !existsSync(path.resolve(".next/BUILD_ID"))) {
    throw new Error("No production build found. Run `npm run build` first (npm start does both).");
  }
  if (!(await portIsFree(env.PORT))) {
    throw new Error(`Port ${env.PORT} is taken. Stop what uses it or choose another: PORT=3001 npm start`);
  }

  const database = await openDatabase(log);
  let child: ChildProcess | null = null;
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child?.once("exit", resolve));
    }
    await database.stop();
    if (database.embedded && !database.embedded.attached) log("embedded PostgreSQL stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    await migrateDatabase(database.url, log);
    // Test servers only: where a suite finds this server's database (tests/security compares it).
    if (process.env.SLIPWATCH_DATABASE_URL_FILE)
      writeFileSync(process.env.SLIPWATCH_DATABASE_URL_FILE, database.url);
    const prisma = createPrismaClient(database.url);
    try {
      if (!(await isSeeded(prisma))) {
        const counts = await seedDatabase(prisma, { packs: env.SLIPWATCH_SEED });
        log(`seeded an empty database: ${counts.articles} articles, ${counts.events} events`);
      }
      // No default password anywhere: the first admin gets a random one, printed this once.
      const admin = await bootstrapAdminIfNoUsers(prisma);
      if (admin) {
        log(`created the first admin — sign in at http://localhost:${env.PORT}/admin/sign-in`);
        log(`  email:    ${admin.email}`);
        log(`  password: ${admin.password}   (shown only now; create more users with npm run user:create)`);
      }
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    console.error(error);
    await shutdown(1);
    return;
  }

  // Our HTTP server around Next (lib/server/http-server.ts): it knows the socket, so the client
  // address for sign-in limits is the real one (see TRUSTED_PROXIES).
  const tsxCli = path.resolve("node_modules/tsx/dist/cli.mjs");
  child = spawn(process.execPath, [tsxCli, "lib/cli/next-server.ts", ...(dev ? ["--dev"] : [])], {
    stdio: "inherit",
    // PORT: the proxy looks records up through this server's own API (lib/http/entity-exists.ts).
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: String(env.PORT),
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: dev ? "development" : "production",
    },
  });
  log(`dashboard: http://localhost:${env.PORT}  ·  database: ${database.describe}`);
  child.on("exit", (code) => void shutdown(code ?? 0));
  if (database.restart) watchEmbeddedDatabase(database.url, database.restart, () => stopping, shutdown);
}

/**
 * The embedded PostgreSQL is our child's dependency, not our child: if it dies (killed, out of
 * memory), nothing else would notice. Probe it every few seconds; when it has stopped answering
 * twice in a row, start it again on the same folder and port (the app reconnects by itself and
 * answers 503 meanwhile). Three restarts within ten minutes means something is wrong with the
 * machine or the data: stop everything with a message rather than loop.
 */
function watchEmbeddedDatabase(
  url: string,
  restart: () => Promise<void>,
  isStopping: () => boolean,
  shutdown: (code: number) => Promise<void>,
) {
  const { hostname, port } = new URL(url);
  const restarts: number[] = [];
  let misses = 0;
  let busy = false;
  const timer = setInterval(() => {
    if (busy || isStopping()) return;
    busy = true;
    void (async () => {
      try {
        if (await tcpReachable(hostname, Number(port), 1_000)) {
          misses = 0;
          return;
        }
        misses += 1;
        if (misses < 2) return;
        const now = Date.now();
        while (restarts.length > 0 && now - restarts[0]! > 10 * 60_000) restarts.shift();
        if (restarts.length >= 3) {
          log(
            "embedded PostgreSQL died three times in ten minutes; stopping. Check the disk and run with SLIPWATCH_PG_VERBOSE=1.",
          );
          clearInterval(timer);
          await shutdown(1);
          return;
        }
        restarts.push(now);
        log("embedded PostgreSQL stopped unexpectedly; restarting it (pages answer 503 until it is back)");
        await restart();
        misses = 0;
        log("embedded PostgreSQL is running again");
      } catch (error) {
        log(
          `could not restart the embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}`,
        );
      } finally {
        busy = false;
      }
    })();
  }, 2_000);
  timer.unref();
}

main().catch((error: unknown) => {
  console.error(`[slipwatch] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
