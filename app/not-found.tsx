import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Not found · Nicht gefunden", robots: { index: false } };

/**
 * Unknown addresses, and unknown labs, models, articles and events (the proxy rewrites those
 * here, see lib/http/entity-exists.ts): served by Next with a real 404, before anything streams.
 */
export default function RootNotFound() {
  return (
    <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
      <NotFoundMessage />
    </main>
  );
}
