// The lecture's terms, Korean and English side by side, each defined in one sentence in the UI's
// language; opened from the help dialog.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Dialog } from "../dialogs/Dialog";
import { glossary } from "./en/glossary";
import "./later/glossary";
import { useT } from "./useT";

type TermId = keyof typeof glossary.terms;
const TERM_IDS = Object.keys(glossary.terms) as TermId[];

export function GlossaryDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { i18n } = useTranslation();
  const [filter, setFilter] = useState("");
  // The Korean column needs the Korean catalog, which an English page has not fetched yet.
  const [koreanLoaded, setKoreanLoaded] = useState(() => i18n.hasResourceBundle("ko", "translation"));
  useEffect(() => {
    if (koreanLoaded) return;
    let open = true;
    void i18n.loadLanguages("ko").then(() => {
      if (open) setKoreanLoaded(true);
    });
    return () => {
      open = false;
    };
  }, [i18n, koreanLoaded]);
  const inKorean = i18n.getFixedT("ko");
  const inEnglish = i18n.getFixedT("en");
  const rows = TERM_IDS.map((id) => ({
    id,
    ko: koreanLoaded ? inKorean(`glossary.terms.${id}.term`) : "",
    en: inEnglish(`glossary.terms.${id}.term`),
    definition: t(`glossary.terms.${id}.definition`),
  })).filter((r) => `${r.ko} ${r.en} ${r.definition}`.toLowerCase().includes(filter.trim().toLowerCase()));

  return (
    <Dialog title={t("glossary.title")} onClose={onClose} wide>
      <p className="muted">{t("glossary.intro")}</p>
      <input
        className="glossary-filter"
        type="search"
        aria-label={t("glossary.search")}
        placeholder={t("glossary.search")}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <table className="glossary-table" data-testid="glossary">
        <thead>
          <tr>
            <th lang="ko">{t("glossary.korean")}</th>
            <th lang="en">{t("glossary.english")}</th>
            <th>{t("glossary.definition")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} id={`glossary-${r.id}`}>
              <td lang="ko">
                <strong>{r.ko}</strong>
              </td>
              <td lang="en">{r.en}</td>
              <td>{r.definition}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
