import "server-only";
import { db } from "@/lib/db";
import { slugSelect } from "@/lib/data/mappers";

/** Labs and models for the admin pickers and the extraction assistant. Fresh, uncached. */

export interface LabOption {
  slug: string;
  name: string;
  aliases: string[];
}
export interface ModelOption {
  slug: string;
  name: string;
  aliases: string[];
  lab: string;
}

export async function findLabOptions(): Promise<LabOption[]> {
  return db.lab.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, aliases: true } });
}

export async function findModelOptions(): Promise<ModelOption[]> {
  const rows = await db.model.findMany({
    orderBy: { name: "asc" },
    select: { slug: true, name: true, aliases: true, lab: slugSelect },
  });
  return rows.map((m) => ({ slug: m.slug, name: m.name, aliases: m.aliases, lab: m.lab.slug }));
}
