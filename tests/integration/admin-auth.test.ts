import { beforeEach, describe, expect, it } from "vitest";
import { openTestDatabase } from "./support/database";
import { mockNextRequest, RedirectError, request, resetRequest } from "./admin-support";

/** Sign-in against the real tables: sessions stored hashed, rate limits per account and address. */

mockNextRequest();
const db = await openTestDatabase();
const { signIn, signOut } = await import("@/lib/actions/auth");
const { createAccount, bootstrapAdminIfNoUsers } = await import("@/lib/auth/user-accounts");
const { hashSessionToken } = await import("@/lib/auth/tokens");
const { getCurrentUser } = await import("@/lib/auth/current-user");
const { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_PAIR, MAX_FAILURES_PER_ACCOUNT } =
  await import("@/lib/auth/rate-limit");
const { unlockUserSignIn } = await import("@/lib/actions/users");
const { signInAs } = await import("./admin-support");

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
    await expect(signIn(initial, form(email.toUpperCase(), PASSWORD))).rejects.toEqual(
      new RedirectError("/admin/events"),
    );
    const token = request.cookies.get("slipwatch_session");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const session = await db.session.findFirstOrThrow({ where: { user: { email } } });
    expect(session.tokenHash).toBe(hashSessionToken(token!));
    expect(session.tokenHash).not.toContain(token!);
    expect((await getCurrentUser())?.email).toBe(email);
  });

  it("never redirects off-site after sign-in", async () => {
    const email = await newUser();
    await expect(signIn(initial, form(email, PASSWORD, "//evil.example/admin"))).rejects.toEqual(
      new RedirectError("/admin"),
    );
  });

  it("answers a wrong password and an unknown account the same way", async () => {
    const email = await newUser();
    const wrong = await signIn(initial, form(email, "wrong-password-123"));
    const unknown = await signIn(initial, form("nobody@test.local", "wrong-password-123"));
    expect(wrong.message).toBe(unknown.message);
    expect(request.cookies.size).toBe(0);
  });

  it("locks an account and address pair after repeated failures, even for the right password, and keeps others open", async () => {
    const email = await newUser();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await signIn(initial, form(email, `wrong-${i}-password`));
    const blocked = await signIn(initial, form(email, PASSWORD));
    expect(blocked.message).toMatch(/Too many failed sign-ins/);
    expect(request.cookies.size).toBe(0);
    const other = await newUser();
    await expect(signIn(initial, form(other, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
  });

  // Issue 12, finding 3: refusals counted as failures, so five requests per 15 minutes kept any
  // account locked for good, its owner included.
  it("does not let another address lock the owner out, and refusals never extend the lock-out", async () => {
    const email = await newUser();
    request.ip = "192.0.2.66"; // the attacker
    for (let i = 0; i < 30; i++) await signIn(initial, form(email, `wrong-${i}-password`));
    expect(
      await db.loginAttempt.count({ where: { email, ip: "192.0.2.66", success: false, blocked: false } }),
    ).toBe(MAX_FAILURES_PER_PAIR);
    // The owner, from their own address, is not affected.
    request.ip = "198.51.100.250";
    await expect(signIn(initial, form(email, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
    // Once the back-off has passed (its failures moved two minutes back), the attacker's pair may
    // try again: the 25 refusals in between did not count.
    await db.loginAttempt.updateMany({
      where: { email, ip: "192.0.2.66" },
      data: { at: new Date(Date.now() - 120_000) },
    });
    request.ip = "192.0.2.66";
    request.cookies.clear();
    await expect(signIn(initial, form(email, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
  });

  it("caps one account's failures from many addresses, but not for an address its owner used", async () => {
    const email = await newUser();
    request.ip = "198.51.100.251";
    await expect(signIn(initial, form(email, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
    request.cookies.clear();
    // A botnet's failures, written directly (100 sign-ins through scrypt would take a while).
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ACCOUNT }, (_, i) => ({
        email,
        ip: `10.66.${i >> 8}.${i & 255}`,
        success: false,
      })),
    });
    request.ip = "203.0.113.200";
    expect((await signIn(initial, form(email, PASSWORD))).message).toMatch(/Too many failed sign-ins/);
    request.ip = "198.51.100.251";
    await expect(signIn(initial, form(email, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
  });

  // Issue 12, finding 2: failures were counted, then passwords checked, in separate steps; ten
  // parallel wrong guesses were all checked against a limit of five.
  it("decides ten parallel guesses one after another: only the limit's worth are checked", async () => {
    const email = await newUser();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => signIn(initial, form(email, `parallel-wrong-${i}`))),
    );
    const checked = await db.loginAttempt.count({ where: { email, blocked: false } });
    expect(checked).toBe(MAX_FAILURES_PER_PAIR);
    expect(results.filter((r) => /Too many/.test(r.message ?? ""))).toHaveLength(10 - MAX_FAILURES_PER_PAIR);
  });

  // Issue 12, finding 1: the first x-forwarded-for entry was the address, so a new value per
  // request got unlimited guesses across accounts.
  it("limits one address trying many accounts, whatever x-forwarded-for it sends", async () => {
    request.ip = "192.0.2.200";
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      request.forwardedFor = `10.1.${i}.${i}`;
      await signIn(initial, form(`spray-${i}@test.local`, "wrong-password-123"));
    }
    const email = await newUser();
    request.forwardedFor = "10.200.200.200";
    const res = await signIn(initial, form(email, PASSWORD));
    expect(res.message).toMatch(/Too many failed sign-ins/);
  });

  it("lets an admin, and only an admin, unlock an account", async () => {
    const email = await newUser();
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) await signIn(initial, form(email, `wrong-${i}-password`));
    expect((await signIn(initial, form(email, PASSWORD))).message).toMatch(/Too many/);
    const id = (await db.user.findUniqueOrThrow({ where: { email } })).id;
    const fd = new FormData();
    fd.set("userId", String(id));
    await signInAs("editor");
    await expect(unlockUserSignIn(fd)).rejects.toThrow("forbidden");
    request.cookies.clear();
    await expect(unlockUserSignIn(fd)).rejects.toBeInstanceOf(RedirectError);
    const admin = await signInAs("admin");
    expect(await unlockUserSignIn(fd)).toMatchObject({ ok: true });
    expect(
      await db.auditLog.count({
        where: { userId: admin.id, action: "unlock_sign_in", entityId: String(id) },
      }),
    ).toBe(1);
    request.cookies.clear();
    await expect(signIn(initial, form(email, PASSWORD))).rejects.toBeInstanceOf(RedirectError);
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
