// What a lesson step points at, drawn by one style element: nodes and edges on the canvas (by the ids
// React Flow puts on them), a chart, a row of the batch table, a pipeline setting's field (scrolled into
// view: the inspector's lower fields start below the fold). Nothing of the canvas's own code changes.
import { useEffect } from "react";
import { useStudio } from "../../store";
import { type Highlight, useLessons } from "../lessonStore";

const q = (s: string) => JSON.stringify(s);

export function highlightCss(
  h: Highlight,
  edgeIdOf: (source: string, target: string) => string | undefined,
): string {
  const rings = [
    ...h.nodes.map((id) => `.react-flow__node[data-id=${q(id)}]`),
    ...(h.chart ? [`[data-testid=${q(`chart-${h.chart}`)}]`] : []),
    ...(h.setting ? [`.field:has([id=${q(`setting-${h.setting}`)}])`] : []),
  ];
  const edges = h.edges
    .map(([s, t]) => edgeIdOf(s, t))
    .filter((id): id is string => id !== undefined)
    .map((id) => `.react-flow__edge[data-id=${q(id)}] .react-flow__edge-path`);
  const rules: string[] = [];
  if (rings.length > 0)
    rules.push(
      `${rings.join(",\n")} { outline: 3px solid var(--lesson-hl); outline-offset: 5px; animation: lesson-pulse 1.6s ease-in-out infinite; }`,
    );
  if (edges.length > 0)
    rules.push(`${edges.join(",\n")} { stroke: var(--lesson-hl) !important; stroke-width: 4px !important; }`);
  if (h.batchRow !== undefined)
    rules.push(
      `tr[data-batch-time=${q(String(h.batchRow))}] > td { background: var(--lesson-hl-soft) !important; }`,
    );
  return rules.join("\n");
}

export function HighlightStyle() {
  const highlight = useLessons((s) => s.highlight);
  const edges = useStudio((s) => s.doc.edges);
  const lessonOpen = useLessons((s) => s.lesson !== null);
  // The settings show when no node is selected: bring the field into view whenever it (re)appears.
  const settingShown = useStudio((s) => s.selectedNodeIds.length === 0);
  useEffect(() => {
    if (!highlight.setting || !settingShown) return;
    const id = `setting-${highlight.setting}`;
    const reveal = () => document.getElementById(id)?.closest(".field")?.scrollIntoView({ block: "nearest" });
    // The inspector may draw the field a moment later, and messages come in above it once the pipeline
    // has been checked, pushing it down: keep it in view for a few seconds, until the student scrolls.
    let left = 20;
    const timer = setInterval(() => {
      reveal();
      if (--left === 0) clearInterval(timer);
    }, 150);
    reveal();
    const inspector = document.querySelector(".inspector");
    const stop = () => clearInterval(timer);
    inspector?.addEventListener("wheel", stop, { once: true });
    inspector?.addEventListener("pointerdown", stop, { once: true });
    return () => {
      clearInterval(timer);
      inspector?.removeEventListener("wheel", stop);
      inspector?.removeEventListener("pointerdown", stop);
    };
  }, [highlight.setting, settingShown]);
  if (!lessonOpen) return null;
  const css = highlightCss(highlight, (s, t) => edges.find((e) => e.source === s && e.target === t)?.id);
  return <style data-testid="lesson-highlight">{css}</style>;
}
