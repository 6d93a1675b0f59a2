import { afterEach, describe, expect, it } from "vitest";
import { countText } from "./counts";
import { i18n } from "./i18n";

describe("countText", () => {
  afterEach(() => i18n.changeLanguage("en"));

  it("uses English plural rules with the formatted number", () => {
    void i18n.changeLanguage("en");
    expect(countText(1, "record")).toBe("1 record");
    expect(countText(2500, "record", (n) => `${n / 1000}k`)).toBe("2.5k records");
    expect(countText(0, "batch")).toBe("0 batches");
  });

  it("says the count the Korean way", () => {
    void i18n.changeLanguage("ko");
    expect(countText(1, "record")).toBe("레코드 1개");
    expect(countText(3, "partition")).toBe("파티션 3개");
  });
});
