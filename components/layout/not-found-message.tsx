import Link from "next/link";

/**
 * The not-found message in both languages: shown for unknown records and unknown addresses alike.
 * Each half carries its own `lang`, whatever the page's language is.
 */
export function NotFoundMessage() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-bold">
        <span lang="en">Not found</span> · <span lang="de">Nicht gefunden</span>
      </h1>
      <p className="text-zinc-700 dark:text-zinc-300">
        <span lang="en">There is nothing at this address.</span> ·{" "}
        <span lang="de">Unter dieser Adresse gibt es nichts.</span>
      </p>
      <p>
        <Link href="/" className="underline">
          Slipwatch
        </Link>
      </p>
    </div>
  );
}
