/**
 * A stored URL as a link target only when it is http(s): anything else (javascript:, data:) is
 * shown as text, never followed. React blocks javascript: links too, but imported and restored
 * rows never passed our forms' validation, so the page does not rely on that alone.
 */
export function httpUrlOrNull(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
