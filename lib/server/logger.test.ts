import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createLogger, requestContext, routeConsoleToLogger } from "./logger";

describe("routeConsoleToLogger", () => {
  const original = { error: console.error, warn: console.warn };
  let dir = "";
  afterEach(() => {
    console.error = original.error;
    console.warn = original.warn;
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("writes a console.error as one JSON line with the id of the request it happened in", () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "slipwatch-logger-"));
    const file = path.join(dir, "log");
    routeConsoleToLogger(createLogger("info", file));
    const context = { requestId: "req-1", errors: 0 };
    requestContext.run(context, () =>
      console.error("Invalid Server Actions request.", new Error("boom\nstack")),
    );
    console.error("outside any request");
    const lines = readFileSync(file, "utf8").trim().split("\n");
    expect(lines).toHaveLength(2);
    const [inside, outside] = lines.map(
      (l) => JSON.parse(l) as { level: number; requestId?: string; msg: string },
    );
    expect(inside).toMatchObject({ level: 50, requestId: "req-1" });
    expect(inside!.msg).toContain("Invalid Server Actions request.");
    expect(context.errors).toBe(1);
    expect(outside!.requestId).toBeUndefined();
  });
});
