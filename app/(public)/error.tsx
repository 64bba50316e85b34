"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
      <h1 className="font-semibold">Something went wrong loading this page.</h1>
      <p className="mt-1 text-sm">
        Please try again. If it keeps happening, the database may be unavailable.
        {error.digest ? ` (reference ${error.digest})` : null}
      </p>
      <button type="button" onClick={reset} className="mt-3 rounded bg-red-700 px-3 py-1.5 text-sm text-white">
        Try again
      </button>
    </div>
  );
}
