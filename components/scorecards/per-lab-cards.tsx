import type { ReactNode } from "react";

/**
 * The compare page's sections: one card per chosen lab, side by side, each marked with its lab
 * (`data-lab`) and the section's `testId` for the end-to-end tests. `children` draws a card's body.
 */
export function PerLabCards<T extends { lab: { slug: string } }>({
  items,
  className,
  cardClassName,
  testId,
  children,
}: {
  items: readonly T[];
  className: string;
  cardClassName: string;
  testId: string;
  children: (item: T, index: number) => ReactNode;
}) {
  return (
    <ul className={className}>
      {items.map((item, i) => (
        <li key={item.lab.slug} className={cardClassName} data-testid={testId} data-lab={item.lab.slug}>
          {children(item, i)}
        </li>
      ))}
    </ul>
  );
}
