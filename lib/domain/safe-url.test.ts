import { describe, expect, it } from "vitest";
import { httpUrlOrNull } from "./safe-url";

describe("httpUrlOrNull", () => {
  it("keeps http(s) links and refuses script and data URLs", () => {
    expect(httpUrlOrNull("https://ai.meta.com/")).toBe("https://ai.meta.com/");
    expect(httpUrlOrNull("JavaScript:alert(1)")).toBeNull();
    expect(httpUrlOrNull(" javascript:alert(1)")).toBeNull();
    expect(httpUrlOrNull("data:text/html,<script>alert(1)</script>")).toBeNull();
    expect(httpUrlOrNull("not a url")).toBeNull();
    expect(httpUrlOrNull(null)).toBeNull();
  });
});
