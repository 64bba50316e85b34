import type { LabSummary } from "@/lib/data/dto";

/**
 * One checkbox per lab, each named `lab`, so a plain GET form sends …?lab=meta&lab=xai (the chart
 * filters and the compare page's picker). The caller lays them out with `className`.
 */
export function LabCheckboxes({
  labs,
  chosen,
  className,
}: {
  labs: readonly Pick<LabSummary, "slug" | "name">[];
  chosen: ReadonlySet<string>;
  className: string;
}) {
  return (
    <div className={className}>
      {labs.map((lab) => (
        <label key={lab.slug} className="inline-flex min-h-6 items-center gap-2 text-sm">
          <input type="checkbox" name="lab" value={lab.slug} defaultChecked={chosen.has(lab.slug)} className="size-4" />
          {lab.name}
        </label>
      ))}
    </div>
  );
}
