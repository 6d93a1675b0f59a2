// The tables read through catalogStrings name keys that exist, in English and in Korean, and follow
// the language of the moment.
import { afterEach, describe, expect, it } from "vitest";
import { chartStrings } from "../structured/charts/chartStrings";
import { panelStrings } from "../structured/panel/panelStrings";
import { plotStrings } from "../structured/plot/plotStrings";
import { resultStrings } from "../structured/results/resultStrings";
import { i18n } from "./i18n";

const words = (table: object): string[] =>
  Object.entries(table).flatMap(([, v]) =>
    typeof v === "string" ? [v] : typeof v === "object" ? words(v) : [],
  );

afterEach(() => void i18n.changeLanguage("en"));

describe("catalog string tables", () => {
  for (const language of ["en", "ko"]) {
    it(`read real texts in ${language}, never a key`, async () => {
      await i18n.changeLanguage(language);
      for (const table of [chartStrings, plotStrings, panelStrings, resultStrings]) {
        const texts = words(table);
        expect(texts.length).toBeGreaterThan(3);
        for (const text of texts) expect(text).not.toMatch(/^(structured|runPanel)\.[\w.]+$/);
      }
    });
  }

  it("follow the language at the moment they are read", async () => {
    await i18n.changeLanguage("en");
    expect(chartStrings.inputRate).toBe("Input Rate");
    expect(panelStrings.dropped(2)).toBe("2 late rows dropped");
    expect(resultStrings.caption("update", 1)).toBe(
      "Update mode: the 1 row of the result that changed in this trigger",
    );
    await i18n.changeLanguage("ko");
    expect(chartStrings.inputRate).toContain("입력 속도");
    expect(panelStrings.dropped(2)).toBe("늦은 행 2개 버림");
    expect(plotStrings.windowTitle("0", "10", 3, true)).toBe("윈도우 [0, 10): 행 3개, 닫힘");
  });
});
