import { describe, expect, it } from "vitest";
import { isLocale, localeFromAcceptLanguage, localePath } from "./config";

describe("locale config", () => {
  it("recognises supported locales only", () => {
    expect(isLocale("de")).toBe(true);
    expect(isLocale("fr")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
  it("picks the best supported language from Accept-Language", () => {
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).toBe("de");
    expect(localeFromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.5,de;q=0.4")).toBe("en");
    expect(localeFromAcceptLanguage("fr")).toBe("en");
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
  it("prefixes paths", () => {
    expect(localePath("de", "/labs/meta?x=1")).toBe("/de/labs/meta?x=1");
    expect(localePath("en", "/")).toBe("/en");
  });
});
