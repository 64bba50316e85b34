import { expect, it } from "vitest";

/**
 * One test per quote, named by `name` (a vitest format taking the row: what cites, its article, the
 * quote): the quote stands word for word in its article's cleaned text, as `textOf` gives it.
 */
export function itQuotesVerbatim(
  name: string,
  quotes: readonly (readonly [string | number, string, string])[],
  textOf: (article: string) => string,
): void {
  it.each(quotes)(name, (_citing, article, quote) => {
    expect(textOf(article)).toContain(quote);
  });
}
