import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { slugSchema } from "@/lib/validation/params";

/** The feeds to watch, as a JSON file (`npm run watch-feeds -- --config feeds.json`). */
export const FeedConfigSchema = z.array(
  z.strictObject({
    slug: slugSchema,
    name: z.string().trim().min(1).max(200),
    url: z.url({ protocol: /^https?$/ }),
    language: z.enum(["de", "en"]).optional(),
    enabled: z.boolean().default(true),
  }),
);
export type FeedConfig = z.output<typeof FeedConfigSchema>;

/** Adds new feeds and updates known ones (by slug); feeds not in the file are left alone. */
export async function upsertFeedSources(prisma: PrismaClient, feeds: FeedConfig): Promise<void> {
  await prisma.$transaction(
    feeds.map((f) =>
      prisma.feedSource.upsert({
        where: { slug: f.slug },
        create: { slug: f.slug, name: f.name, url: f.url, language: f.language ?? null, enabled: f.enabled },
        update: { name: f.name, url: f.url, language: f.language ?? null, enabled: f.enabled },
      }),
    ),
  );
}
