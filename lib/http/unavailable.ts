import { NextResponse } from "next/server";

/** What a request gets while the database is down: a 503 that says so and when to try again. */
export const RETRY_AFTER_SECONDS = 10;

export function unavailableJson(): NextResponse {
  return NextResponse.json(
    {
      error: {
        code: "unavailable",
        message: "Slipwatch is temporarily unavailable (its database cannot be reached). Try again shortly.",
      },
    },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}

/** A page of its own (no React, no data): the app's pages cannot render without the database. */
export function unavailablePage(locale: "en" | "de"): NextResponse {
  const de = locale === "de";
  const title = de ? "Vorübergehend nicht erreichbar" : "Temporarily unavailable";
  const body = de
    ? "Slipwatch kann seine Datenbank gerade nicht erreichen. Bitte versuchen Sie es in ein paar Sekunden noch einmal."
    : "Slipwatch cannot reach its database right now. Please try again in a few seconds.";
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title} · Slipwatch</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#18181b}h1{font-size:1.5rem}</style>
</head><body><main><h1>${title}</h1><p>${body}</p><p><a href="">${de ? "Erneut versuchen" : "Try again"}</a></p></main></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}
