// "This pipeline came from someone else": the functions it would run, and the choice to run them. Shown
// when a share link or an imported file opens, and again on Run/Step until the user allows it.

import { useSyncExternalStore } from "react";
import { Trans } from "react-i18next";
import { useT } from "../../i18n/useT";
import { Dialog } from "../Dialog";
import { answer, pendingConsent, subscribeConsent } from "./runConsent";
import { userFunctions } from "./userFunctions";
import "./runConsent.css";
import "../../i18n/later/dialogs";

export function RunConsentDialog() {
  const t = useT();
  const request = useSyncExternalStore(subscribeConsent, pendingConsent);
  if (!request) return null;
  const functions = userFunctions(request.doc);
  const footer = (
    <>
      <button type="button" className="btn" onClick={() => answer(false)}>
        {t("dialogs.consent.dontRun")}
      </button>
      <button type="button" className="btn btn-primary" onClick={() => answer(true)}>
        {t("dialogs.consent.runIt")}
      </button>
    </>
  );
  return (
    <Dialog title={t("dialogs.consent.title")} onClose={() => answer(false)} footer={footer} wide>
      <p>
        <Trans
          i18nKey="dialogs.consent.origin"
          values={{ name: request.doc.name }}
          components={{ strong: <strong /> }}
        />{" "}
        {functions.length === 0
          ? t("dialogs.consent.noFunctions")
          : t("dialogs.consent.functions", { count: functions.length })}
      </p>
      {functions.length > 0 && (
        <ul className="consent-functions" aria-label={t("dialogs.consent.list")}>
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
        {request.reason === "run" ? t("dialogs.consent.onRun") : t("dialogs.consent.onOpen")}
      </p>
    </Dialog>
  );
}
