import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export const metadata: Metadata = { title: "Not found · Nicht gefunden", robots: { index: false } };

// Rendered inside the locale's root layout; it has no access to params, so it speaks both languages.
export default function NotFound() {
  return <NotFoundMessage />;
}
