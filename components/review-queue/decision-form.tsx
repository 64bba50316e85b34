"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { ActionState } from "@/lib/validation/action-result";
import { decisionFormId } from "@/components/review-queue/form-id";

interface Props {
  articleId: number;
  version: number;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  labels: { publish: string; discard: string; working: string; copyOf: string; deleted: string };
}

/** Publishing is the primary action, discarding the secondary one. */
const DECISIONS = [
  {
    value: "publish",
    className:
      "rounded bg-emerald-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-emerald-800 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-emerald-700 disabled:opacity-60",
  },
  {
    value: "discard",
    className:
      "rounded border border-zinc-400 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-zinc-600 disabled:opacity-60 dark:border-zinc-600 dark:hover:bg-zinc-800",
  },
] as const;

/** Publish / discard buttons for one draft; the server action answers with a message. */
export function DecisionForm({ articleId, version, action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form id={decisionFormId(articleId)} action={formAction} className="mt-3 flex flex-wrap items-center gap-2">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={version} />
      {DECISIONS.map((d) => (
        <button
          key={d.value}
          type="submit"
          name="decision"
          value={d.value}
          disabled={pending || state.ok}
          className={d.className}
        >
          {labels[d.value]}
        </button>
      ))}
      <p role="status" aria-live="polite" className="text-sm text-zinc-700 dark:text-zinc-300">
        {pending ? labels.working : state.message}
      </p>
      {!pending && state.duplicates?.length ? (
        <p className="w-full text-sm" data-testid="queue-duplicates">
          {labels.copyOf}{" "}
          {state.duplicates.map((d) => (
            <span key={d.id} className="mr-2">
              <Link href={`/admin/articles/${d.id}`} className="text-blue-700 underline hover:no-underline dark:text-blue-300">
                {d.title}
              </Link>
              {d.deleted ? ` ${labels.deleted}` : ""}
            </span>
          ))}
        </p>
      ) : null}
    </form>
  );
}
