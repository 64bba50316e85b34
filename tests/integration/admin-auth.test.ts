import { beforeEach, describe, expect, it, vi } from "vitest";
import { connectTestDatabase } from "./support/database";
import { RedirectError, nextCacheMock, nextHeadersMock, nextNavigationMock, request, resetRequest } from "./admin-support";

vi.mock("next/headers", () => nextHeadersMock());
vi.mock("next/cache", () => nextCacheMock());
vi.mock("next/navigation", () => nextNavigationMock());

/** Sign-in against the real tables: sessions stored hashed, rate limits per account and address. */

connectTestDatabase();
const { db } = await import("@/lib/db");
const { signIn, signOut } = await import("@/lib/actions/auth");
const { createAccount, bootstrapAdminIfNoUsers } = await import("@/lib/auth/user-accounts");
const { hashSessionToken } = await import("@/lib/auth/tokens");
const { getCurrentUser } = await import("@/lib/auth/current-user");
const { MAX_FAILURES_PER_ACCOUNT } = await import("@/lib/auth/rate-limit");

const PASSWORD = "a-long-enough-password";
const initial = { message: null, fieldErrors: {}, email: "" };

function form(email: string, password: string, next = "/admin/events") {
  const fd = new FormData();
  fd.set("email", email);
  fd.set("password", password);
  fd.set("next", next);
  return fd;
}

async function newUser(role: "editor" | "admin" = "editor") {
  const email = `auth-${Date.now()}-${Math.random().toString(36).slice(2)}@test.local`;
  await createAccount(db, { email, role, password: PASSWORD });
  return email;
}

beforeEach(() => {
  resetRequest();
  request.ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
});

describe("sign-in", () => {
  it("signs in with the right password, stores only the token's hash and redirects to next", async () => {
    const email = await newUser();
    await expect(signIn(initial, form(email.toUpperCase(), PASSWORD))).rejects.toEqual(new RedirectError("/admin/events"));
    const token = request.cookies.get("slipwatch_session");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await db.session.findFirstOrThrow({ where: { user: { email } } });
    expect(session.tokenHash).toBe(hashSessionToken(token!));
    expect(session.tokenHash).not.toContain(token!);
    expect((await getCurrentUser())?.email).toBe(email);
  });

  it("never redirects off-site after sign-in", async () => {
    const email = await newUser();
    await expect(signIn(initial, form(email, PASSWORD, "//evil.example/admin"))).rejects.toEqual(new RedirectError("/admin"));
  });

  it("answers a wrong password and an unknown account the same way", async () => {
    const email = await newUser();
    const wrong = await signIn(initial, form(email, "wrong-password-123"));
    const unknown = await signIn(initial, form("nobody@test.local", "wrong-password-123"));
    expect(wrong.message).toBe(unknown.message);
    expect(request.cookies.size).toBe(0);
  });

  it("locks an account after repeated failures, even for the right password, and keeps others open", async () => {
    const email = await newUser();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      request.ip = `192.0.2.${i + 1}`; // from several addresses: the account limit still applies
      await signIn(initial, form(email, `wrong-${i}-password`));
    }
    const blocked = await signIn(initial, form(email, PASSWORD));
    expect(blocked.message).toMatch(/Too many failed sign-ins/);
    expect(request.cookies.size).toBe(0);
    const other = await newUser();
    await expect(signIn(initial, form(other, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
  });

  it("limits one address trying many accounts", async () => {
    request.ip = "192.0.2.200";
    for (let i = 0; i < 20; i++) await signIn(initial, form(`spray-${i}@test.local`, "wrong-password-123"));
    const email = await newUser();
    const res = await signIn(initial, form(email, PASSWORD));
    expect(res.message).toMatch(/Too many failed sign-ins/);
  });

  it("refuses disabled users and ends their sessions", async () => {
    const email = await newUser();
    await db.user.update({ where: { email }, data: { disabledAt: new Date() } });
    const res = await signIn(initial, form(email, PASSWORD));
    expect(res.message).toBe("Email or password is not right.");
  });

  it("signs out by deleting the session row", async () => {
    const email = await newUser();
    await expect(signIn(initial, form(email, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
    const hash = hashSessionToken(request.cookies.get("slipwatch_session")!);
    await expect(signOut()).rejects.toEqual(new RedirectError("/admin/sign-in"));
    expect(await db.session.count({ where: { tokenHash: hash } })).toBe(0);
    expect(request.cookies.has("slipwatch_session")).toBe(false);
  });
});

describe("first admin", () => {
  it("is created only when there are no users", async () => {
    expect(await db.user.count()).toBeGreaterThan(0);
    expect(await bootstrapAdminIfNoUsers(db)).toBeNull();
  });
});
