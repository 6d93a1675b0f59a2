// The resizable slot under the canvas that holds the run panel (charts, batches, console).
import { type PointerEvent, useCallback, useState } from "react";
import { BottomPanel } from "./panels/bottom/BottomPanel";

const KEY = "dstream-studio:bottom-height";
const MIN = 120;
const initial = () => Number(localStorage.getItem(KEY)) || 260;

export function BottomSlot() {
  const [height, setHeight] = useState(initial);

  const startResize = useCallback(
    (e: PointerEvent) => {
      const startY = e.clientY;
      const startHeight = height;
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
    [height],
  );

  return (
    <section className="bottom-slot" style={{ height }} aria-label="Run panel">
      <hr className="bottom-resizer" aria-label="Resize run panel" onPointerDown={startResize} />
      <BottomPanel />
    </section>
  );
}
