/**
 * A request path whose percent-escapes do not decode to UTF-8 (`/api/v1/labs/%`,
 * `/en/labs/%E0%A4%A`, an overlong `%C0%AF`, a lone surrogate `%ED%A0%80`). Next decodes route
 * parameters with decodeURIComponent and answers such a path with a 500 before any of our code
 * runs, so our HTTP server (lib/server/http-server.ts) refuses it first with a 400. The query
 * string is not checked: URLSearchParams decodes leniently and the routes parse it themselves.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  const raw = url ?? "/";
  const end = raw.search(/[?#]/);
  const pathname = end === -1 ? raw : raw.slice(0, end);
  if (!pathname.includes("%")) return false;
  for (const segment of pathname.split("/")) {
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}
