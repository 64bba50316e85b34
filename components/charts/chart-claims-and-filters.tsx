import type { ReactNode } from "react";
import { ChartFilterForm } from "@/components/charts/chart-filter-form";
import { ClaimsToggle } from "@/components/filters/claims-toggle";
import type { LabSummary } from "@/lib/data/dto";
import type { ChartFilters } from "@/lib/domain/event-query";
import { localePath, type Locale } from "@/lib/i18n/config";
import { chartQueryString } from "@/lib/validation/chart-filters";

/**
 * The controls of a chart that counts claims: the toggle between all claims and corroborated ones,
 * and the filter form. Both keep the page's own parameters (`own`, e.g. the setbacks chart's
 * mode) and each other's, so changing one never drops the other.
 */
export function ChartClaimsAndFilters({
  locale,
  path,
  labs,
  filters,
  own = {},
  children,
}: {
  locale: Locale;
  path: string;
  labs: LabSummary[];
  filters: ChartFilters;
  own?: Record<string, string>;
  children?: ReactNode;
}) {
  return (
    <>
      <ClaimsToggle
        locale={locale}
        path={localePath(locale, path)}
        params={new URLSearchParams(chartQueryString(filters, own))}
        claims={filters.claims}
      />
      <ChartFilterForm
        locale={locale}
        path={path}
        labs={labs}
        filters={filters}
        keep={{ ...own, ...(filters.claims ? { claims: filters.claims } : {}) }}
      >
        {children}
      </ChartFilterForm>
    </>
  );
}
