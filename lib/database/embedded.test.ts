import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, portIsFree, untraversableAncestors } from "./embedded";

describe("untraversableAncestors", () => {
  let root = "";
  afterAll(async () => {
    if (root) {
      await chmod(path.join(root, "private"), 0o755).catch(() => {});
      await rm(root, { recursive: true, force: true });
    }
  });

  it("ignores the target itself (Postgres keeps its data folder at mode 700)", async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "sw-perm-"));
    await chmod(root, 0o755);
    const data = path.join(root, "open", "pg");
    await mkdir(data, { recursive: true, mode: 0o700 });
    await chmod(path.join(root, "open"), 0o755);
    await chmod(data, 0o700);
    expect(await untraversableAncestors(data)).toEqual([]);
  });

  it("names a private parent folder", async () => {
    const priv = path.join(root, "private");
    await mkdir(path.join(priv, "pg"), { recursive: true });
    await chmod(priv, 0o700);
    expect(await untraversableAncestors(path.join(priv, "pg"))).toEqual([priv]);
  });

  it("accepts folders that do not exist yet", async () => {
    expect(await untraversableAncestors(path.join(root, "open", "new", "deeper"))).toEqual([]);
  });
});

describe("ports", () => {
  it("finds a free port and sees it as free", async () => {
    const port = await findFreePort();
    expect(port).toBeGreaterThan(0);
    expect(await portIsFree(port)).toBe(true);
  });
});
