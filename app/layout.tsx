import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Slipwatch — setbacks at AI labs", template: "%s · Slipwatch" },
  description:
    "Slipwatch tracks reported setbacks at AI labs — release delays, weak benchmarks, departures, layoffs and the money behind them — each traced to its article and quote.",
};

/**
 * The root layout only sets up the document. The reader UI's language comes from the URL
 * (/en, /de) and is set with `lang` on the locale layout's wrapper, since the root layout
 * cannot know it without making every page wait for request data.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {children}
      </body>
    </html>
  );
}
