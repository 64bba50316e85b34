import type { Instrumentation } from "next";
import { markRenderFailed } from "@/lib/server/render-failure";

/**
 * A page that failed while rendering answers 500, not the 200 its prerendered shell would carry:
 * the error is recorded on the request, and our HTTP server sends the status when the page ends
 * (lib/server/hold-status.ts, docs/decisions/008-real-status-codes.md). notFound() and redirect()
 * are control flow, which Next does not report here.
 */
export const onRequestError: Instrumentation.onRequestError = (_error, _request, context) => {
  if (context.routeType === "render") markRenderFailed();
};
