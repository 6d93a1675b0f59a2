// Everything the lessons add over the editor, mounted once in App: the menu, what a step highlights,
// the window timelines, presenter mode and its pointer, and lesson links. The side panel is LessonPanel.
import { lazy, Suspense, useEffect } from "react";
import { useStudio } from "../store";
import "./lessons.css";
import { useLessons } from "./lessonStore";
import { listenForLessonEvents } from "./player/lessonEvents";
import { PointerSpot } from "./presenter/PointerSpot";
import { usePresenterMode } from "./presenter/usePresenterMode";

// What needs a lesson's content (the menu, the lesson schema and links, what a step highlights, the window
// timelines) loads when first needed, not with the page.
const LessonsMenu = lazy(() => import("./menu/LessonsMenu").then((m) => ({ default: m.LessonsMenu })));
const HighlightStyle = lazy(() =>
  import("./canvas/HighlightStyle").then((m) => ({ default: m.HighlightStyle })),
);
const WindowTimelines = lazy(() =>
  import("./canvas/WindowTimeline").then((m) => ({ default: m.WindowTimelines })),
);
/** The player's link handling loads only for a hash that is a lesson link (lessonLinks.ts reads it so). */
const openLessonFromHash = async (): Promise<void> => {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  if (!params.has("lesson") && !params.has("lesson-data")) return;
  await (await import("./openLessonFromHash")).openLessonFromHash();
};

export function LessonLayer() {
  const menuOpen = useLessons((s) => s.menuOpen);
  const lessonOpen = useLessons((s) => s.lesson !== null);
  usePresenterMode();
  useEffect(
    () =>
      useStudio.subscribe((s, prev) => {
        // A DStream batch completed, or a Structured Streaming trigger ran.
        const trigger = s.structuredRun.triggers.at(-1);
        if ((s.wave && s.wave !== prev.wave) || (trigger && trigger !== prev.structuredRun.triggers.at(-1)))
          useLessons.setState({ wavesSeen: useLessons.getState().wavesSeen + 1 });
        // A run the student starts (toolbar Run/Step) has a new link: hear its lesson messages too.
        if (s.runState !== prev.runState && useLessons.getState().lesson) listenForLessonEvents();
      }),
    [],
  );
  useEffect(() => {
    void openLessonFromHash();
    const onHash = () => void openLessonFromHash();
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  return (
    <>
      <Suspense fallback={null}>
        {lessonOpen && <HighlightStyle />}
        {lessonOpen && <WindowTimelines />}
        {menuOpen && <LessonsMenu />}
      </Suspense>
      <PointerSpot />
    </>
  );
}
