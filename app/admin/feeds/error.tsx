"use client";

import { AdminRouteError } from "@/components/admin/route-states";

export default function AdminErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <AdminRouteError reason="denied" reset={reset} />;
}
