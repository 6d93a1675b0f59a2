// Everything the lessons add over the editor, mounted once in App: the menu, what a step highlights,
// the window timelines, presenter mode and its pointer, and lesson links. The side panel is LessonPanel.
import { useEffect } from "react";
import { useStudio } from "../store";
import { HighlightStyle } from "./canvas/HighlightStyle";
import { WindowTimelines } from "./canvas/WindowTimeline";
import "./lessons.css";
import { useLessons } from "./lessonStore";
import { LessonsMenu } from "./menu/LessonsMenu";
import { openLessonFromHash } from "./openLessonFromHash";
import { listenForLessonEvents } from "./player/lessonEvents";
import { PointerSpot } from "./presenter/PointerSpot";
import { usePresenterMode } from "./presenter/usePresenterMode";

export function LessonLayer() {
  const menuOpen = useLessons((s) => s.menuOpen);
  const lessonOpen = useLessons((s) => s.lesson !== null);
  usePresenterMode();
  useEffect(
    () =>
      useStudio.subscribe((s, prev) => {
        if (s.wave && s.wave !== prev.wave)
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
      <HighlightStyle />
      {lessonOpen && <WindowTimelines />}
      {menuOpen && <LessonsMenu />}
      <PointerSpot />
    </>
  );
}
