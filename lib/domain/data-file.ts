import { z } from "zod";

/**
 * A reviewed data file (knowledge base, starter pack) read with its schema when its module loads:
 * a malformed entry stops the process with the file and the place named, rather than becoming
 * data the code half-understands.
 */
export function parseDataFile<T>(file: string, schema: z.ZodType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new Error(`${file} is malformed:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
