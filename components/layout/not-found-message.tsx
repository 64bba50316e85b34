import Link from "next/link";

/** The not-found message in both languages: shown for unknown records and unknown addresses alike. */
export function NotFoundMessage() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">Not found · Nicht gefunden</h1>
      <p className="text-zinc-700 dark:text-zinc-300">
        There is nothing at this address. · Unter dieser Adresse gibt es nichts.
      </p>
      <p>
        <Link href="/" className="underline">
          Slipwatch
        </Link>
      </p>
    </div>
  );
}
