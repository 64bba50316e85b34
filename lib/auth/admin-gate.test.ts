import { describe, expect, it } from "vitest";
import { adminGateRedirect } from "./admin-gate";
import { SESSION_COOKIE } from "./session-cookie";

describe("adminGateRedirect", () => {
  it("sends cookie-less browsers on admin pages to sign-in, keeping where they wanted to go", () => {
    expect(adminGateRedirect("/admin/articles/3", "?saved=1", false)).toBe(
      "/admin/sign-in?next=%2Fadmin%2Farticles%2F3%3Fsaved%3D1",
    );
    expect(adminGateRedirect("/admin", "", false)).toBe("/admin/sign-in?next=%2Fadmin");
  });

  it("lets the sign-in page, browsers with a cookie and non-admin paths through", () => {
    expect(adminGateRedirect("/admin/sign-in", "", false)).toBeNull();
    expect(adminGateRedirect("/admin/users", "", true)).toBeNull();
    expect(adminGateRedirect("/administrator", "", false)).toBeNull();
    expect(adminGateRedirect("/en/labs/meta", "", false)).toBeNull();
  });

  it("names the same cookie the session layer sets", () => {
    expect(SESSION_COOKIE).toBe("slipwatch_session");
  });
});
