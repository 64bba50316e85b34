import type { Metadata } from "next";
import { notFound } from "next/navigation";

/**
 * Where the proxy rewrites an unknown lab, model, article or event (lib/http/entity-exists.ts).
 * It reaches notFound() while prerendering, so each locale's copy is a static page with status 404:
 * the locale's not-found page in its own shell (`<html lang>`, header, footer), served before
 * anything streams.
 */
export const metadata: Metadata = { title: "Not found · Nicht gefunden", robots: { index: false } };

export default function MissingRecord(): never {
  notFound();
}
