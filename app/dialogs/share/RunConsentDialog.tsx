// "This pipeline came from someone else": the functions it would run, and the choice to run them. Shown
// when a share link or an imported file opens, and again on Run/Step until the user allows it.
import { useSyncExternalStore } from "react";
import { Dialog } from "../Dialog";
import { answer, pendingConsent, subscribeConsent } from "./runConsent";
import { userFunctions } from "./userFunctions";
import "./runConsent.css";

export function RunConsentDialog() {
  const request = useSyncExternalStore(subscribeConsent, pendingConsent);
  if (!request) return null;
  const functions = userFunctions(request.doc);
  const footer = (
    <>
      <button type="button" className="btn" onClick={() => answer(false)}>
        Don't run
      </button>
      <button type="button" className="btn btn-primary" onClick={() => answer(true)}>
        Run its functions
      </button>
    </>
  );
  return (
    <Dialog title="Run someone else's pipeline?" onClose={() => answer(false)} footer={footer} wide>
      <p>
        <strong>{request.doc.name}</strong> came from a share link or an imported file.{" "}
        {functions.length === 0
          ? "It has no functions of its own, only the built-in operators."
          : `Its ${functions.length === 1 ? "function runs" : `${functions.length} functions run`} in a sandbox without network or access to your pipelines, but read them before you run it:`}
      </p>
      {functions.length > 0 && (
        <ul className="consent-functions" aria-label="The pipeline's functions">
          {functions.map((f) => (
            <li key={`${f.nodeId}/${f.param}`}>
              <div className="consent-where">
                {f.nodeLabel}{" "}
                <span className="muted">
                  ({f.nodeId}) · {f.param}
                </span>
              </div>
              <pre>{f.source}</pre>
            </li>
          ))}
        </ul>
      )}
      <p className="muted">
        {request.reason === "run"
          ? "It runs only if you allow it; allowing is remembered for this pipeline."
          : "Nothing runs unless you allow it; allowing is remembered for this pipeline."}
      </p>
    </Dialog>
  );
}
