/**
 * Hidden inputs that carry the rest of the query string through a GET form, so submitting one
 * control (e.g. the as-of date) keeps the other filters.
 */
export function HiddenParams({ params, omit }: { params: URLSearchParams; omit: readonly string[] }) {
  const entries = [...params.entries()].filter(([k]) => !omit.includes(k));
  return (
    <>
      {entries.map(([k, v], i) => (
        <input key={`${k}-${i}`} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}
