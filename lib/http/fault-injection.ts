import "server-only";
import { parseEnv } from "@/lib/env";

/**
 * A deterministic server error for the status-code tests (tests/e2e/status-codes.spec.ts): with
 * SLIPWATCH_E2E_FAULTS=1 — set only by the e2e server, tests/e2e/support/start-server.ts — a page
 * whose query has `__fault=render` throws while rendering, as a bug or a failed read would.
 * Everywhere else the parameter is ignored: the check reads the environment, never the request alone.
 */
export const FAULT_PARAM = "__fault";

let enabled: boolean | undefined;
function faultsEnabled(): boolean {
  enabled ??= parseEnv().SLIPWATCH_E2E_FAULTS === "1";
  return enabled;
}

export function throwIfFaultRequested(
  searchParams: Record<string, string | string[] | undefined>,
  where: string,
): void {
  if (searchParams[FAULT_PARAM] !== "render" || !faultsEnabled()) return;
  throw new Error(`Injected render fault on ${where} (SLIPWATCH_E2E_FAULTS=1, ?${FAULT_PARAM}=render)`);
}
