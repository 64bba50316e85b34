// npm run soak [-- --minutes 10 --connections 10 --port 4180 --writes-per-second 2]
// Issue 12: mixed reads and writes for a while against the production build, to see errors and
// memory that only time shows. Not in CI (it takes minutes); its figures go in docs/performance.md.
//   · reads: autocannon (as the bench) cycling through reader pages in both languages, the API
//     and search, with the bench's connection count;
//   · writes: editor saves of one event through the real admin path — the saveEvent server action
//     over HTTP with an editor's session (proxy → action → session check → transaction + audit →
//     cache tags expired), each save with the version the previous one returned;
//   · the server's resident memory (RSS of the Next process) sampled every 10 s.
// Prints requests, errors and non-2xx per kind, RSS at start / end / max, and writes the same to
// bench-results/soak-<timestamp>.json. A fresh throw-away database (the five seed articles).
import { spawn, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { findFreePort, embeddedDatabaseUrl } from "@/lib/database/embedded";
import type { ClaimStatus, EventType } from "@/lib/domain/vocabulary";
import { eventFormBody } from "../support/event-form-body";
import { waitForServer } from "../support/wait-for-http";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "10" },
    connections: { type: "string", default: "10" },
    port: { type: "string", default: process.env.SOAK_PORT ?? "4180" },
    "writes-per-second": { type: "string", default: "2" },
  },
});
const MINUTES = Number(values.minutes);
const PORT = Number(values.port);
const WRITES_PER_SECOND = Number(values["writes-per-second"]);
const base = `http://127.0.0.1:${PORT}`;
const log = (line: string) => console.log(`[soak] ${new Date().toISOString().slice(11, 19)} ${line}`);

const READS = [
  "/en",
  "/de",
  "/en/labs",
  "/en/labs/meta",
  "/de/labs/meta",
  "/en/models/llama-4-behemoth",
  "/en/timeline",
  "/de/timeline?type=delay",
  "/en/articles",
  "/en/charts/slips",
  "/en/charts/investments",
  "/en/search?q=delay",
  "/de/search?q=Verz%C3%B6gerung",
  "/api/v1/labs",
  "/api/v1/events",
  "/api/v1/events?lab=meta&type=delay",
  "/api/v1/search?q=layoffs",
  "/api/v1/models/llama-4-behemoth",
  "/api/feeds/atom.xml",
];

/** Children of `pid`, from /proc (Linux). */
function children(pid: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === pid) out.push(Number(entry));
    } catch {
      /* gone */
    }
  }
  return out;
}

/** The process that runs Next: the deepest descendant whose command line names next-server.ts. */
function nextServerPid(root: number): number | null {
  let found: number | null = null;
  const walk = (pid: number) => {
    for (const child of children(pid)) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, "utf8").includes("next-server.ts")) found = child;
      } catch {
        /* gone */
      }
      walk(child);
    }
  };
  walk(root);
  return found;
}

function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "slipwatch-soak-"));
  const pgPort = await findFreePort();
  const urlFile = path.join(dataDir, "database-url");
  let server: ChildProcess | undefined;
  let db: pg.Client | undefined;
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(PORT),
      SLIPWATCH_DATA_DIR: path.join(dataDir, "pg"),
      SLIPWATCH_PG_PORT: String(pgPort),
      SLIPWATCH_SEED: "base",
      SLIPWATCH_DATABASE_URL_FILE: urlFile,
      LOG_FILE: path.join(dataDir, "server.log"),
      NEXT_TELEMETRY_DISABLED: "1",
    };
    delete env.DATABASE_URL; // its own embedded database, always
    server = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "lib/cli/serve.ts"], {
      env,
      stdio: "ignore",
    });
    await waitForServer(`${base}/api/v1/labs`, 240_000);
    const serverPid = nextServerPid(server.pid!);
    if (serverPid === null) throw new Error("could not find the Next server process");

    // An editor's session, made in the database (as tests/security does), and the event to save.
    db = new pg.Client({ connectionString: embeddedDatabaseUrl(pgPort) });
    await db.connect();
    const email = `soak-editor-${randomBytes(3).toString("hex")}@soak.test`;
    const user = await db.query<{ id: number }>(
      `INSERT INTO users (email, role, password_hash, updated_at) VALUES ($1, 'editor', 'scrypt$unusable', now()) RETURNING id`,
      [email],
    );
    const token = randomBytes(32).toString("base64url");
    await db.query(
      `INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, now() + interval '1 day')`,
      [createHash("sha256").update(token).digest("hex"), user.rows[0]!.id],
    );
    const event = (
      await db.query<{ id: number; version: number; type: EventType; lab: string; status: ClaimStatus }>(
        `SELECT e.id, e.version, e.type::text AS type, l.slug AS lab, e.status::text AS status
           FROM events e JOIN labs l ON l.id = e.lab_id
          WHERE e.deleted_at IS NULL AND l.slug = 'meta' ORDER BY e.id LIMIT 1`,
      )
    ).rows[0]!;
    const auditBefore = Number(
      (await db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log`)).rows[0]!.n,
    );
    const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
      node: Record<string, { exportedName?: string }>;
    };
    const saveEventId = Object.entries(manifest.node).find(([, e]) => e.exportedName === "saveEvent")?.[0];
    if (!saveEventId) throw new Error("saveEvent is not in the build's manifest");

    // Warm every read once (cold renders are the bench's business, not the soak's).
    for (const url of READS) await (await fetch(`${base}${url}`)).arrayBuffer();

    const samples: { t: number; rssMb: number }[] = [];
    const sample = () => {
      const mb = rssMb(serverPid);
      if (mb !== null) samples.push({ t: Math.round((Date.now() - started) / 1000), rssMb: mb });
    };
    const started = Date.now();
    sample();
    log(
      `${MINUTES} min: ${values.connections} reader connections over ${READS.length} URLs, ` +
        `${WRITES_PER_SECOND} editor saves/s; server pid ${serverPid}, RSS ${samples[0]?.rssMb} MB`,
    );
    const sampler = setInterval(() => {
      sample();
      const last = samples.at(-1);
      if (last && last.t % 60 < 10)
        log(`t=${last.t}s RSS ${last.rssMb} MB · saves ${writes.ok}/${writes.sent}`);
    }, 10_000);

    // Writes: one save at a time, paced; each carries the version the last one returned.
    const writes = {
      sent: 0,
      ok: 0,
      conflicts: 0,
      non2xx: 0,
      errors: 0,
      statuses: {} as Record<string, number>,
    };
    let version = event.version;
    const endAt = started + MINUTES * 60_000;
    const writer = (async () => {
      while (Date.now() < endAt) {
        const tick = Date.now();
        writes.sent += 1;
        try {
          const res = await fetch(`${base}/admin/events/${event.id}`, {
            method: "POST",
            headers: {
              "next-action": saveEventId,
              accept: "text/x-component",
              origin: base,
              "content-type": "text/plain;charset=UTF-8",
              cookie: `slipwatch_session=${token}`,
            },
            body: JSON.stringify([
              eventFormBody({
                id: String(event.id),
                version: String(version),
                type: event.type,
                lab: event.lab,
                title: `Soak save ${writes.sent}`,
                summary: `Saved by the soak script (${writes.sent}).`,
                status: event.status,
              }),
            ]),
          });
          const text = await res.text();
          writes.statuses[res.status] = (writes.statuses[res.status] ?? 0) + 1;
          if (res.status !== 200) writes.non2xx += 1;
          const saved = /"ok":true[^\n]*?"version":(\d+)/.exec(text);
          const conflict = /"currentVersion":(\d+)/.exec(text);
          if (saved) {
            writes.ok += 1;
            version = Number(saved[1]);
          } else if (conflict) {
            writes.conflicts += 1;
            version = Number(conflict[1]);
          } else if (res.status === 200) {
            writes.errors += 1;
            if (writes.errors <= 3) log(`unexpected save answer: ${text.slice(0, 300)}`);
          }
        } catch (error) {
          writes.errors += 1;
          if (writes.errors <= 3) log(`save failed: ${String(error)}`);
        }
        const wait = 1000 / WRITES_PER_SECOND - (Date.now() - tick);
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      }
    })();

    // Reads: autocannon, as the bench runs it, cycling through the URLs on every connection.
    const statusClasses: Record<string, number> = {};
    const reader = autocannon({
      url: base,
      connections: Number(values.connections),
      duration: MINUTES * 60,
      requests: READS.map((p) => ({ method: "GET" as const, path: p })),
    });
    reader.on("response", (_client, status) => {
      const cls = `${String(status)[0]}xx`;
      statusClasses[cls] = (statusClasses[cls] ?? 0) + 1;
    });
    const reads = await reader;
    await writer;
    clearInterval(sampler);
    sample();

    const auditAfter = Number(
      (await db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log`)).rows[0]!.n,
    );
    const serverLog = readFileSync(path.join(dataDir, "server.log"), "utf8");
    const errorLog = serverLog.split("\n").filter((l) => /"level":(50|60)/.test(l));
    const errorLines = errorLog.length;
    // The first few errors, shortened (the server's log goes with its throw-away folder).
    const firstErrors = errorLog.slice(0, 20).map((l) => {
      try {
        const e = JSON.parse(l) as {
          msg?: string;
          err?: { message?: string };
          path?: string;
          status?: number;
        };
        return `${e.status ?? ""} ${e.path ?? ""} ${(e.err?.message ?? e.msg ?? "").slice(0, 200)}`.trim();
      } catch {
        return l.slice(0, 200);
      }
    });
    const rss = samples.map((s) => s.rssMb);
    const result = {
      when: new Date().toISOString(),
      minutes: MINUTES,
      machine: { cores: os.cpus().length, loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))) },
      reads: {
        requests: reads.requests.total,
        reqPerSec: reads.requests.average,
        p50ms: reads.latency.p50,
        p99ms: reads.latency.p99,
        statusClasses,
        non2xx: reads.non2xx,
        errors: reads.errors,
        timeouts: reads.timeouts,
      },
      writes: { ...writes, auditRowsWritten: auditAfter - auditBefore },
      serverErrorLogLines: errorLines,
      firstServerErrors: firstErrors,
      rssMb: { start: rss[0], end: rss.at(-1), max: Math.max(...rss), min: Math.min(...rss), samples },
    };
    mkdirSync("bench-results", { recursive: true });
    const file = path.join("bench-results", `soak-${result.when.replace(/[:.]/g, "-")}.json`);
    writeFileSync(file, JSON.stringify(result, null, 2));
    console.log(
      `\nsoak, ${MINUTES} min on ${result.machine.cores} cores (load average ${result.machine.loadAverage.join(" ")})`,
    );
    console.log(
      `reads:  ${result.reads.requests} requests (${result.reads.reqPerSec} req/s, p50 ${result.reads.p50ms} ms, p99 ${result.reads.p99ms} ms), ` +
        `status classes ${JSON.stringify(statusClasses)}, non-2xx ${result.reads.non2xx}, errors ${result.reads.errors}, timeouts ${result.reads.timeouts}`,
    );
    console.log(
      `writes: ${writes.sent} saves, ${writes.ok} saved, ${writes.conflicts} conflicts, ${writes.non2xx} non-200, ` +
        `${writes.errors} errors; ${result.writes.auditRowsWritten} audit rows written`,
    );
    console.log(
      `server: ${errorLines} error lines in its log${firstErrors.length ? `; first:\n  ${[...new Set(firstErrors)].slice(0, 8).join("\n  ")}` : ""}`,
    );
    console.log(
      `RSS (MB): start ${result.rssMb.start}, end ${result.rssMb.end}, max ${result.rssMb.max}, min ${result.rssMb.min}`,
    );
    console.log(`written to ${file}`);
    const failed =
      result.reads.errors +
      result.reads.timeouts +
      writes.errors +
      writes.non2xx +
      (statusClasses["5xx"] ?? 0);
    process.exitCode = failed > 0 ? 1 : 0;
  } finally {
    await db?.end().catch(() => undefined);
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((r) => server?.once("exit", r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
