import "server-only";
import { db } from "@/lib/db";
import { cached, tags } from "@/lib/data/cache";
import type { PublisherRef } from "@/lib/data/dto";

/** Publishers to offer as a filter: those with published articles, most articles first. */
export async function findPublisherOptions(limit = 30): Promise<PublisherRef[]> {
  "use cache";
  cached(tags.articles);
  const rows = await db.publisher.findMany({
    where: { articles: { some: { deletedAt: null, status: "published" } } },
    orderBy: [{ articles: { _count: "desc" } }, { name: "asc" }],
    take: limit,
    select: { slug: true, name: true },
  });
  return rows;
}
