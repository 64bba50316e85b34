import { NotFoundMessage } from "@/components/layout/not-found-message";

// Rendered inside the locale layout; it has no access to params, so it speaks both languages.
export default function NotFound() {
  return <NotFoundMessage />;
}
