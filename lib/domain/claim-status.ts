/**
 * What a claim's status means for counting. A denied or retracted claim stays on record (readers
 * should see that it was denied) but is no setback: counts, figures, status lines and charts leave
 * it out unless a reader asks to include it. A rumour counts, marked as such.
 */
export const NOT_COUNTED_STATUSES = ["denied", "retracted"] as const;
export const COUNTED_STATUSES = ["rumoured", "reported", "confirmed"] as const;

/** Which claims a count includes: "counted" (the default) or "all", denied and retracted too. */
export const CLAIM_SCOPES = ["counted", "all"] as const;
export type ClaimScope = (typeof CLAIM_SCOPES)[number];

export function isCounted(status: string): boolean {
  return !(NOT_COUNTED_STATUSES as readonly string[]).includes(status);
}

/** A source date the editors worked out rather than read ("undatiert; erschlossen …", "(inferred)"). */
export function isInferredDateText(text: string | null | undefined): boolean {
  return !!text && /erschlossen|inferred|undatiert|undated/i.test(text);
}
