// Share: a link that holds the whole pipeline in its hash (lz-string), so opening it needs no server.
import { useMemo } from "react";
import { shareUrl } from "../../../engine/graph";
import { useStudio } from "../../store";
import { Dialog } from "../Dialog";
import "../export/export.css";

export function ShareDialog({ onClose }: { onClose: () => void }) {
  const doc = useStudio((s) => s.doc);
  const showToast = useStudio((s) => s.showToast);
  const url = useMemo(() => shareUrl(doc, window.location.href), [doc]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      showToast("Link copied to the clipboard.", "info");
    } catch {
      showToast("The browser refused clipboard access: select the link and copy it by hand.");
    }
  };

  const footer = (
    <>
      <a className="btn share-open-link" href={url} target="_blank" rel="noreferrer">
        Open in a new tab
      </a>
      <button type="button" className="btn btn-primary" onClick={() => void copy()}>
        Copy link
      </button>
    </>
  );

  return (
    <Dialog title="Share this pipeline" onClose={onClose} footer={footer}>
      <p>
        Anyone who opens this link gets a copy of <strong>{doc.name}</strong>, as a new pipeline in their
        browser.
      </p>
      <input
        className="share-link"
        aria-label="Share link"
        readOnly
        value={url}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="muted">
        {url.length.toLocaleString()} characters; the pipeline travels in the link itself.
      </p>
    </Dialog>
  );
}
