// The examples gallery: pipeline documents from public/examples/, each opened as a new pipeline.

import { useEffect, useState } from "react";
import { parsePipeline } from "../../engine/graph/schema";
import { preloadLayout } from "../canvas/autoLayout";
import { useCanvasCommands } from "../canvas/useCanvasCommands";
import { useExampleText } from "../i18n/exampleText";
import { useT } from "../i18n/useT";
import { openDocumentAsNew } from "../persistence/pipelines";
import { useStudio } from "../store";
import { comparisonFrom, isComparisonFile, STRUCTURED_INDEX } from "../structured/gallery/structuredExamples";
import { Dialog } from "./Dialog";
import "../i18n/later/dialogs";

export interface ExampleEntry {
  file: string;
  title: string;
  description: string;
  /** A side-by-side pair (public/examples/structured/), opened in the side-by-side view. */
  comparison?: boolean;
}

const base = `${import.meta.env.BASE_URL}examples/`;

async function fetchJson(file: string): Promise<unknown> {
  const response = await fetch(base + file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

export function ExamplesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [examples, setExamples] = useState<ExampleEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { openLaidOut } = useCanvasCommands();
  const exampleText = useExampleText();

  useEffect(() => {
    preloadLayout();
    // The Structured Streaming examples have their own index (public/examples/structured/).
    Promise.all([fetchJson("index.json"), fetchJson(STRUCTURED_INDEX).catch(() => [])])
      .then(([list, structured]) =>
        setExamples([...(list as ExampleEntry[]), ...(structured as ExampleEntry[])]),
      )
      .catch((e: Error) => setError(t("dialogs.examples.loadFailed", { message: e.message })));
  }, [t]);

  const open = async (entry: ExampleEntry) => {
    try {
      const json = await fetchJson(entry.file);
      if (isComparisonFile(json)) {
        const c = comparisonFrom(json, entry.title);
        if (!c.ok) return setError(c.error);
        useStudio.getState().openComparison(exampleText.comparison(entry, c.comparison));
        return;
      }
      const parsed = parsePipeline(json);
      if (!parsed.ok)
        return setError(
          t("dialogs.examples.invalid", { title: entry.title, errors: parsed.errors.join("; ") }),
        );
      await openLaidOut(() => openDocumentAsNew(exampleText.document(entry, parsed.doc)));
      onClose();
    } catch (e) {
      setError(t("dialogs.examples.openFailed", { title: entry.title, message: (e as Error).message }));
    }
  };

  return (
    <Dialog title={t("dialogs.examples.title")} onClose={onClose} wide>
      {error && (
        <p className="issue-box is-error" role="alert">
          {error}
        </p>
      )}
      {!examples && !error && <p className="muted">{t("dialogs.examples.loading")}</p>}
      <ul className="example-grid">
        {examples?.map((ex) => (
          <li key={ex.file} className="example-card">
            <h3>{exampleText.title(ex)}</h3>
            <p>{exampleText.description(ex)}</p>
            <button
              type="button"
              className="btn btn-primary"
              onClick={() => void open(ex)}
              aria-label={t("dialogs.examples.openNamed", { title: exampleText.title(ex) })}
            >
              {t("dialogs.examples.open")}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
