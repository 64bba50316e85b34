import type { KnownOrg } from "./types";

/** Reviewed list of AI organisations (filled by the knowledge-base work, issue 9 §2). */
export const ORGANISATIONS: readonly KnownOrg[] = [];
