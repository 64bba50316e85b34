import { vi } from "vitest";
import { createAccount } from "@/lib/auth/user-accounts";
import { hashSessionToken, newSessionToken } from "@/lib/auth/tokens";
import { createPrismaClient } from "@/lib/db";

/**
 * Stands in for the request the server actions would run in: a cookie jar, request headers and
 * recorders for updateTag / redirect / forbidden. A test file installs them with mockNextRequest().
 */
export const request = {
  cookies: new Map<string, string>(),
  ip: "203.0.113.7",
  /** what the client claims in x-forwarded-for (unset: the same as ip) */
  forwardedFor: null as string | null,
  updatedTags: [] as string[],
};

export class RedirectError extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}
export class ForbiddenError extends Error {
  constructor() {
    super("forbidden");
  }
}

const nextHeadersMock = () => ({
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => {
      if (value) request.cookies.set(name, value);
      else request.cookies.delete(name);
    },
  }),
  // As our HTTP server passes them: the socket's address in its own header, and whatever the
  // client put in x-forwarded-for.
  headers: async () =>
    new Headers({
      "x-slipwatch-client-address": request.ip,
      "x-forwarded-for": request.forwardedFor ?? request.ip,
      "user-agent": "vitest",
    }),
});

const nextCacheMock = () => ({
  updateTag: (tag: string) => request.updatedTags.push(tag),
  revalidateTag: (tag: string) => request.updatedTags.push(tag),
  cacheLife: () => undefined,
  cacheTag: () => undefined,
  refresh: () => undefined,
});

const nextNavigationMock = () => ({
  redirect: (to: string) => {
    throw new RedirectError(to);
  },
  forbidden: () => {
    throw new ForbiddenError();
  },
  notFound: () => {
    throw new Error("notFound");
  },
});

/**
 * Mocks next/headers, next/cache and next/navigation with the stand-ins above. vi.doMock is not
 * hoisted: call it at the top of the file, before the `await import(...)`s of the modules under test.
 */
export function mockNextRequest() {
  vi.doMock("next/headers", nextHeadersMock);
  vi.doMock("next/cache", nextCacheMock);
  vi.doMock("next/navigation", nextNavigationMock);
}

let counter = 0;
/** A user with a live session, whose token is put in the cookie jar. */
export async function signInAs(role: "editor" | "admin"): Promise<{ id: number; email: string }> {
  const prisma = createPrismaClient();
  try {
    counter += 1;
    const email = `${role}-${process.pid}-${Date.now()}-${counter}@test.local`;
    const { id } = await createAccount(prisma, { email, role, password: "integration-test-password" });
    const token = newSessionToken();
    await prisma.session.create({
      data: { tokenHash: hashSessionToken(token), userId: id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    request.cookies.set("slipwatch_session", token);
    return { id, email };
  } finally {
    await prisma.$disconnect();
  }
}

export function signOutLocally() {
  request.cookies.clear();
}

export function resetRequest() {
  request.cookies.clear();
  request.updatedTags.length = 0;
  request.forwardedFor = null;
  vi.clearAllMocks();
}
