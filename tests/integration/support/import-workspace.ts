import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient } from "@/lib/db";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * For a file of import tests: a temp folder for the files it writes and a Prisma client on the test
 * database (`url`), made before its tests and removed after them. The fields are set in beforeAll.
 */
export function importWorkspace(url: string, prefix: string): { dir: string; prisma: PrismaClient } {
  const workspace = { dir: "", prisma: undefined as unknown as PrismaClient };
  beforeAll(async () => {
    workspace.dir = await mkdtemp(path.join(os.tmpdir(), prefix));
    workspace.prisma = createPrismaClient(url);
  });
  afterAll(async () => {
    await workspace.prisma?.$disconnect();
    if (workspace.dir) await rm(workspace.dir, { recursive: true, force: true });
  });
  return workspace;
}
