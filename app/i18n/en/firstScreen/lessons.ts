// The lessons' words on the first screen: the toolbar's Lessons and Presenter buttons and the "Why?"
// links. The player's words (lessons.ts) load with the lesson menu and panel.
export const lessonsOnFirstScreen = {
  menu: "Lessons",
  menuTitle: "Guided lessons on Spark Streaming",
  why: "Why? Lesson {{number}}",
  whyTitle: "Open the lesson that explains this",
  presenter: "Presenter",
  presenterTitle:
    "Presenter mode: large type, high contrast, slow motion, the pointer highlighted (Shift+F; N for the next step)",
};
