import "server-only";

/**
 * The transaction settings of every editor write. Prisma's defaults (2 s to get a connection, 5 s
 * to finish) turned saves into 500s on a loaded machine (soak, docs/performance.md); an editor
 * would rather wait a little. When even this is not enough the write answers "busy" (`isBusy`)
 * and nothing is saved, so the editor can simply save again.
 */
export const EDITOR_TRANSACTION = { timeout: 20_000, maxWait: 30_000 } as const;

export const BUSY_MESSAGE = "Slipwatch is busy saving other changes; nothing was saved. Please save again.";
