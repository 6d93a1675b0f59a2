import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { applyLanguage, initialLanguage, isLanguage } from "./languagePreference";

// Node has no DOM: a Map-backed localStorage, an <html> element and a navigator are enough.
function stubBrowser(languages: string[]) {
  const store = new Map<string, string>();
  const localStorage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    get length() {
      return store.size;
    },
  };
  vi.stubGlobal("window", { localStorage, navigator: { languages, language: languages[0] } });
  vi.stubGlobal("document", { documentElement: { lang: "" } });
  return store;
}

describe("language preference", () => {
  beforeEach(() => stubBrowser(["en-US"]));
  afterEach(() => vi.unstubAllGlobals());

  it("remembers the chosen language and mirrors it on <html lang>", () => {
    applyLanguage("ko", true);
    expect(document.documentElement.lang).toBe("ko");
    expect(initialLanguage()).toBe("ko");
    applyLanguage("en", true);
    expect(document.documentElement.lang).toBe("en");
    expect(initialLanguage()).toBe("en");
  });

  it("does not remember a language applied at start-up", () => {
    const store = stubBrowser(["en-US"]);
    applyLanguage("ko", false);
    expect(store.size).toBe(0);
    expect(initialLanguage()).toBe("en");
  });

  it("follows a Korean browser when nothing was chosen", () => {
    stubBrowser(["ko-KR", "en"]);
    expect(initialLanguage()).toBe("ko");
  });

  it("knows only its languages", () => {
    expect(isLanguage("ko")).toBe(true);
    expect(isLanguage("fr")).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
