import { findModelByName, findOrgByName, getModelBySlug, getOrgBySlug, modelLabFor } from "./lookup";

/** Labs and models a suggestion names that the knowledge base knows but the database does not hold. */
export interface KnowledgeBaseAdditions {
  labs: { slug: string; name: string }[];
  models: { slug: string; name: string; lab: string }[];
}

/** The fields of an extracted event this step reads and fills (see lib/domain/extract/types). */
interface NamedEvent {
  lab: string | null;
  labName: string | null;
  model: string | null;
  modelName: string | null;
  counterparty?: string | null;
  counterpartyName?: string | null;
}

/**
 * Fills the lab, model and counterparty of extracted events from the knowledge base where the
 * extractor found only a name ("Mistral AI" with no stored lab), and lists the entries that would be
 * new, so the form can offer them ("new from knowledge base") and the save can create them. Names
 * the knowledge base does not know stay as they were; so do names of stored entities.
 */
export function resolveWithKnowledgeBase<E extends NamedEvent>(
  events: readonly E[],
  stored: { labs: ReadonlySet<string>; models: ReadonlySet<string> },
  unknownNames: { labs: readonly string[]; models: readonly string[] } = { labs: [], models: [] },
): { events: E[]; additions: KnowledgeBaseAdditions; unknownLabs: string[]; unknownModels: string[] } {
  const labs = new Map<string, string>();
  const models = new Map<string, { slug: string; name: string; lab: string }>();
  const noteLab = (slug: string | null) => {
    if (!slug || stored.labs.has(slug)) return;
    const org = getOrgBySlug(slug);
    if (org) labs.set(slug, org.name);
  };
  const resolveLab = (slug: string | null, name: string | null) =>
    slug ?? (name ? (findOrgByName(name)?.slug ?? null) : null);

  const resolved = events.map((e) => {
    const lab = resolveLab(e.lab, e.labName);
    noteLab(lab);
    let model = e.model;
    if (!model && e.modelName) {
      const known = findModelByName(e.modelName, lab ? { owner: lab } : {});
      // A model of another lab would contradict the event's lab; leave it to the editor.
      if (known && (!lab || modelLabFor(known, lab) === lab)) model = known.slug;
    }
    if (model && !stored.models.has(model)) {
      const known = getModelBySlug(model);
      if (known) {
        const modelLab = modelLabFor(known, lab);
        models.set(model, { slug: model, name: known.name, lab: modelLab });
        noteLab(modelLab);
      }
    }
    const hasCounterparty = e.counterparty !== undefined || e.counterpartyName !== undefined;
    const counterparty = hasCounterparty
      ? resolveLab(e.counterparty ?? null, e.counterpartyName ?? null)
      : undefined;
    if (counterparty) noteLab(counterparty);
    return { ...e, lab, model, ...(counterparty !== undefined ? { counterparty } : {}) };
  });

  // Names the extractor could not place but the knowledge base knows are offered too.
  const unknownLabs = unknownNames.labs.filter((name) => {
    const org = findOrgByName(name);
    if (!org) return true;
    noteLab(org.slug);
    return false;
  });
  const unknownModels = unknownNames.models.filter((name) => {
    const known = findModelByName(name);
    if (!known) return true;
    if (!stored.models.has(known.slug)) {
      models.set(known.slug, { slug: known.slug, name: known.name, lab: known.owner });
      noteLab(known.owner);
    }
    return false;
  });

  return {
    events: resolved,
    additions: {
      labs: [...labs].map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name)),
      models: [...models.values()].sort((a, b) => a.name.localeCompare(b.name)),
    },
    unknownLabs,
    unknownModels,
  };
}
