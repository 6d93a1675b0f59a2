// Words shared by many components.
export const common = {
  language: "Language",
  languageTitle: "Language of the studio's interface",
  close: "Close",
  cancel: "Cancel",
};
