import {
  AMOUNT_KINDS,
  ATTRIBUTIONS,
  CITATION_ROLES,
  CLAIM_STATUSES,
  EVENT_TYPES,
  QUALIFIERS,
} from "@/lib/domain/vocabulary";
import { commonMessages } from "@/lib/i18n/messages/common";

/** Select options for the enums, labelled with the reader UI's English names. */
const c = commonMessages.en;
export const typeOptions = EVENT_TYPES.map((v) => ({ value: v, label: c.eventTypes[v] }));
export const statusOptions = CLAIM_STATUSES.map((v) => ({ value: v, label: c.claimStatus[v] }));
export const roleOptions = CITATION_ROLES.map((v) => ({ value: v, label: c.citationRoles[v] }));
export const attributionOptions = ATTRIBUTIONS.map((v) => ({ value: v, label: c.attributions[v] }));
export const qualifierOptions = [
  { value: "", label: "—" },
  ...QUALIFIERS.map((v) => ({ value: v, label: v.replace("_", " ") })),
];
export const amountKindOptions = [
  { value: "", label: "—" },
  ...AMOUNT_KINDS.map((v) => ({ value: v, label: v.replaceAll("_", " ") })),
];
