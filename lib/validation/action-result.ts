import type { z } from "zod";

/** What every server action returns for bad input (next-learn's shape): errors by field path. */
export interface ActionResult {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string[]>;
}

export const okResult = (message: string | null = null): ActionResult => ({
  ok: true,
  message,
  fieldErrors: {},
});
export const failResult = (message: string, fieldErrors: Record<string, string[]> = {}): ActionResult => ({
  ok: false,
  message,
  fieldErrors,
});

/** What the review queue's decision action answers (the form shows the message and field errors). */
export interface ActionState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  /** stored articles the draft would copy: the form links them */
  duplicates?: { id: number; title: string; deleted: boolean }[];
}

/** zod issues → { "newEvents.0.quote": ["…"] }, the keys the form puts next to its fields. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * A server action is a public endpoint: its "FormData" argument is whatever a caller sent. Anything
 * that is not a FormData reads as an empty form, so the action answers with field errors, not 500.
 */
export function asFormData(input: unknown): FormData {
  return input instanceof FormData ? input : new FormData();
}
