import { createElement, isValidElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { taggedParts } from "./TaggedText";

const components = { strong: createElement("strong"), code: createElement("code") };

function describeParts(text: string) {
  return taggedParts(text, components).map((p) =>
    isValidElement(p)
      ? `${String((p as ReactElement).type)}:${(p as ReactElement<{ children: string }>).props.children}`
      : p,
  );
}

describe("taggedParts", () => {
  it("turns known tags into elements and keeps the text between them", () => {
    expect(describeParts("Drag a <strong>source</strong>, end with <code>print</code>.")).toEqual([
      "Drag a ",
      "strong:source",
      ", end with ",
      "code:print",
      ".",
    ]);
  });

  it("leaves plain text and unknown tags as they are", () => {
    expect(describeParts("no tags")).toEqual(["no tags"]);
    expect(describeParts("a <em>b</em>")).toEqual(["a ", "<em>b</em>"]);
  });
});
