/**
 * "Recently added" vs "newly reported" on home (issue 10 §5). A record is news when Slipwatch saved
 * it about when it was first reported; one saved well after its report was backfilled (a 2025
 * article entered today) and belongs under "recently added", not at the top of "newly reported".
 *
 * The report day is `knownFrom`, the last possible day of the earliest citing article's fuzzy date
 * (docs/decisions/007), so a fuzzy date never makes a timely record look late. Editors enter news
 * within days; a week of grace keeps a weekend's catch-up from counting as a backfill.
 */
export const ADDED_LATER_GRACE_DAYS = 7;

const DAY_MS = 86_400_000;

/** True when the record was added more than the grace period after it was first reported. */
export function isAddedLater(
  addedAt: string,
  knownFrom: string | null,
  graceDays = ADDED_LATER_GRACE_DAYS,
): boolean {
  if (!knownFrom) return false;
  const added = Date.parse(`${addedAt.slice(0, 10)}T00:00:00Z`);
  const known = Date.parse(`${knownFrom.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(added) || Number.isNaN(known)) return false;
  return added - known > graceDays * DAY_MS;
}
