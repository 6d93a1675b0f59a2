// The resizable slot under the canvas that holds the run panel (charts, batches, console).

import { lazy, type PointerEvent, Suspense, useCallback, useState } from "react";
import { useCanvasCommands } from "./canvas/useCanvasCommands";
import { useT } from "./i18n/useT";
import { BottomPanel } from "./panels/bottom/BottomPanel";
import { useStudio } from "./store";
import { pipelineModeOf } from "./structured/mode";

// A Structured Streaming query's panel (event-time plot, result table) loads when such a query is open.
const StructuredRunPanel = lazy(() =>
  import("./structured/panel/StructuredRunPanel").then((m) => ({ default: m.StructuredRunPanel })),
);

const KEY = "dstream-studio:bottom-height";
const COLLAPSED_KEY = "dstream-studio:bottom-collapsed";
const MIN = 120;
/** Just the tab bar: the canvas gets the rest of the window (a projector's 768 px go far). */
const COLLAPSED_HEIGHT = 40;
const initial = () => Number(localStorage.getItem(KEY)) || 250;
/** A structured query's panel holds a plot beside a table: at least this tall (or 45% of the window). */
const STRUCTURED_MIN = 340;
const structuredHeight = (h: number) =>
  Math.max(h, Math.min(STRUCTURED_MIN, Math.round(window.innerHeight * 0.45)));

export function RunPanelSlot() {
  const t = useT();
  const [height, setHeight] = useState(initial);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === "1");
  const { fitView } = useCanvasCommands();
  // A Structured Streaming query has its own run panel (event-time plot, result table, its charts).
  const structured = useStudio((s) => pipelineModeOf(s.doc) === "structured");
  const Panel = structured ? StructuredRunPanel : BottomPanel;
  const toggle = useCallback(() => {
    setCollapsed((c) => {
      localStorage.setItem(COLLAPSED_KEY, c ? "0" : "1");
      return !c;
    });
    // The canvas just changed height: refit once the layout has settled.
    requestAnimationFrame(() => requestAnimationFrame(fitView));
  }, [fitView]);

  const startResize = useCallback(
    (e: PointerEvent) => {
      const startY = e.clientY;
      const startHeight = collapsed ? COLLAPSED_HEIGHT : structured ? structuredHeight(height) : height;
      if (collapsed) toggle();
      const onMove = (m: globalThis.PointerEvent) => {
        const max = window.innerHeight * 0.7;
        setHeight(Math.round(Math.min(max, Math.max(MIN, startHeight + startY - m.clientY))));
      };
      const onUp = () => {
        window.removeEventListener("pointermove", onMove);
        window.removeEventListener("pointerup", onUp);
        setHeight((h) => {
          localStorage.setItem(KEY, String(h));
          return h;
        });
      };
      window.addEventListener("pointermove", onMove);
      window.addEventListener("pointerup", onUp);
    },
    [height, collapsed, toggle, structured],
  );

  return (
    <section
      className={collapsed ? "bottom-slot is-collapsed" : "bottom-slot"}
      style={{ height: collapsed ? COLLAPSED_HEIGHT : structured ? structuredHeight(height) : height }}
      aria-label={t("runPanel.panel")}
    >
      <hr className="bottom-resizer" aria-label={t("runPanel.resize")} onPointerDown={startResize} />
      <Suspense fallback={null}>
        <Panel collapsed={collapsed} onToggleCollapsed={toggle} onTabChosen={() => collapsed && toggle()} />
      </Suspense>
    </section>
  );
}
