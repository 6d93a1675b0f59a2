import "@xyflow/react/dist/style.css";
import "./theme/theme.css";
import "./theme/app.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { openSharedPipelineFromUrl } from "./dialogs/share/loadFromUrl";
import { i18nReady } from "./i18n/i18n";
import { t } from "./i18n/useT";
import { startAutosave } from "./persistence/autosave";
import { restoreLastSession } from "./persistence/pipelines";
import { useStudio } from "./store";
import { startValidation } from "./store/liveValidation";
import { applyTheme } from "./theme/themePreference";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
applyTheme(useStudio.getState().theme, false);

// Reopen what was being edited (or open a share link's pipeline) before anything can be edited; the
// first render also waits for the chosen language's strings (English is bundled; Korean is fetched).
const restored = openSharedPipelineFromUrl()
  .then((opened) => (opened ? undefined : restoreLastSession()))
  .catch((e: Error) =>
    useStudio.getState().showToast(t("notices.document.restoreFailed", { message: e.message })),
  );
Promise.all([restored, i18nReady]).finally(() => {
  startAutosave(useStudio);
  startValidation(useStudio);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
