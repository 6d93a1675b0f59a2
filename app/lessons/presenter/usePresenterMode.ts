// Presenter mode for a projector: large type and high contrast (a class on <html>, lessons.css), slow
// motion (the simulation at 0.5x while on, the previous speed back after), the side panels hidden, and
// Shift+F to switch it. The pointer highlight is PointerSpot.
import { useEffect } from "react";
import type { Speed } from "../../../engine/protocol/messages";
import { useStudio } from "../../store";
import { useLessons } from "../lessonStore";

export const PRESENTER_SPEED = 0.5;

export function usePresenterMode(): void {
  const presenter = useLessons((s) => s.presenter);
  useEffect(() => {
    if (!presenter) return;
    const root = document.documentElement;
    root.classList.add("is-presenter");
    const studio = useStudio.getState();
    const speedBefore: Speed = studio.speed;
    const focusBefore = studio.focusMode;
    studio.setSpeed(PRESENTER_SPEED);
    if (!focusBefore) studio.toggleFocusMode();
    return () => {
      root.classList.remove("is-presenter");
      const s = useStudio.getState();
      if (s.speed === PRESENTER_SPEED) s.setSpeed(speedBefore);
      if (!focusBefore && s.focusMode) s.toggleFocusMode();
    };
  }, [presenter]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true'], .cm-editor")) return;
      if (e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === "f") {
        e.preventDefault();
        const lessons = useLessons.getState();
        lessons.setPresenter(!lessons.presenter);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
