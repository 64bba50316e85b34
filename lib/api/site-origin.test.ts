import { describe, expect, it } from "vitest";
import { siteOrigin } from "./site-origin";

const req = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/feeds/atom.xml", { headers });

describe("siteOrigin", () => {
  // Issue 12, finding 9: links always said http://localhost:PORT, whatever host served them.
  it("uses SITE_URL when configured, whatever the request says", () => {
    expect(siteOrigin(req({ host: "evil.example" }), "https://slipwatch.example.org")).toBe(
      "https://slipwatch.example.org",
    );
  });

  it("else the host and scheme the request was addressed to, not request.url's localhost", () => {
    expect(
      siteOrigin(
        req({
          host: "news.example.org",
          "x-forwarded-host": "news.example.org",
          "x-forwarded-proto": "https",
        }),
        undefined,
      ),
    ).toBe("https://news.example.org");
    expect(siteOrigin(req({ host: "127.0.0.1:3100" }), undefined)).toBe("http://127.0.0.1:3100");
  });

  it("refuses a host that is not a host name", () => {
    expect(siteOrigin(req({ host: 'a"><script>' }), undefined)).toBe("http://localhost:3000");
    expect(siteOrigin(req({ host: "x.example/evil" }), undefined)).toBe("http://localhost:3000");
  });
});
