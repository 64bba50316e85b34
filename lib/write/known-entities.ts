import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditEntry } from "@/lib/write/audit";
import { getModelBySlug, getOrgBySlug, modelLabFor, type KnownOrg } from "@/lib/domain/knowledge";
import { slugSelect } from "@/lib/data/mappers";

/**
 * Labs and models named in a save: the stored ones, plus — for a slug the knowledge base knows but
 * the database does not hold yet — a new row made from its knowledge-base entry, inside the
 * caller's transaction (so a refused save leaves nothing behind) and audited like any other write.
 * Slugs neither knows stay out of the maps; the caller reports them as unknown.
 */

export interface StoredModelRef {
  id: number;
  slug: string;
  lab: { slug: string };
}

function labData(org: KnownOrg): Prisma.LabCreateInput {
  return {
    slug: org.slug,
    name: org.name,
    aliases: [...new Set([...org.aliases, ...(org.germanForms ?? [])])],
    website: org.website ?? null,
    country: org.country ?? null,
  };
}

/** slug → lab id for every slug that is stored or creatable from the knowledge base. */
export async function resolveLabs(
  tx: Prisma.TransactionClient,
  slugs: Iterable<string>,
  audit: AuditEntry[],
  userId: number | null,
): Promise<Map<string, number>> {
  const wanted = [...new Set(slugs)];
  const labs = new Map(
    (await tx.lab.findMany({ where: { slug: { in: wanted } }, select: { id: true, slug: true } })).map(
      (l) => [l.slug, l.id],
    ),
  );
  for (const slug of wanted) {
    if (labs.has(slug)) continue;
    const org = getOrgBySlug(slug);
    if (!org) continue;
    const created = await tx.lab.create({ data: labData(org) });
    audit.push({
      userId,
      action: "create",
      entity: "lab",
      entityId: created.id,
      after: { ...created, source: "knowledge_base" },
    });
    labs.set(slug, created.id);
  }
  return labs;
}

/**
 * slug → stored model (with its lab's slug) for every slug stored or creatable from the knowledge
 * base; `eventLabs` says which lab the event naming a model is filed under (see modelLabFor).
 */
export async function resolveModels(
  tx: Prisma.TransactionClient,
  slugs: Iterable<string>,
  audit: AuditEntry[],
  userId: number | null,
  eventLabs: Map<string, string> = new Map(),
): Promise<Map<string, StoredModelRef>> {
  const wanted = [...new Set(slugs)];
  const models = new Map(
    (
      await tx.model.findMany({
        where: { slug: { in: wanted } },
        select: { id: true, slug: true, lab: slugSelect },
      })
    ).map((m) => [m.slug, m]),
  );
  for (const slug of wanted) {
    if (models.has(slug)) continue;
    const known = getModelBySlug(slug);
    if (!known) continue;
    const labSlug = modelLabFor(known, eventLabs.get(slug));
    const labId = (await resolveLabs(tx, [labSlug], audit, userId)).get(labSlug);
    if (labId === undefined) continue;
    const family = known.family ? getModelBySlug(known.family)?.name : undefined;
    const created = await tx.model.create({
      data: {
        slug: known.slug,
        name: known.name,
        labId,
        family: family ?? (known.kind === "family" ? known.name : null),
        aliases: [...new Set([...known.aliases, ...(known.germanForms ?? [])])],
        // The knowledge base says a model exists, not where it stands; "announced" is the least claim.
        status: "announced",
      },
    });
    audit.push({
      userId,
      action: "create",
      entity: "model",
      entityId: created.id,
      after: { ...created, source: "knowledge_base" },
    });
    models.set(slug, { id: created.id, slug: created.slug, lab: { slug: labSlug } });
  }
  return models;
}
