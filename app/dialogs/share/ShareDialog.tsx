// Share: a link that holds the whole pipeline in its hash (lz-string), so opening it needs no server.

import { useMemo } from "react";
import { Trans } from "react-i18next";
import { shareUrl } from "../../../engine/graph/documentIO";
import { useT } from "../../i18n/useT";
import { useStudio } from "../../store";
import { Dialog } from "../Dialog";
import "../export/export.css";
import "../../i18n/later/dialogs";

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const doc = useStudio((s) => s.doc);
  const showToast = useStudio((s) => s.showToast);
  const url = useMemo(() => shareUrl(doc, window.location.href), [doc]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      showToast(t("dialogs.share.copied"), "info");
    } catch {
      showToast(t("dialogs.share.clipboardRefused"));
    }
  };

  const footer = (
    <>
      <a className="btn share-open-link" href={url} target="_blank" rel="noreferrer">
        {t("dialogs.share.openInTab")}
      </a>
      <button type="button" className="btn btn-primary" onClick={() => void copy()}>
        {t("dialogs.share.copyLink")}
      </button>
    </>
  );

  return (
    <Dialog title={t("dialogs.share.title")} onClose={onClose} footer={footer}>
      <p>
        <Trans i18nKey="dialogs.share.body" values={{ name: doc.name }} components={{ strong: <strong /> }} />
      </p>
      <input
        className="share-link"
        aria-label={t("dialogs.share.link")}
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="muted">{t("dialogs.share.length", { chars: url.length.toLocaleString() })}</p>
    </Dialog>
  );
}
