import "server-only";
import { updateTag } from "next/cache";

/** Expire exactly the cache tags a write touched, so the next read sees it (read-your-own-writes). */
export function invalidate(tagList: Iterable<string>): void {
  for (const tag of new Set(tagList)) updateTag(tag);
}
