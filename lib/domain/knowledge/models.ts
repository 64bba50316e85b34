import type { KnownModel } from "./types";

/** Reviewed list of AI models and products (filled by the knowledge-base work, issue 9 §2). */
export const MODELS: readonly KnownModel[] = [];
