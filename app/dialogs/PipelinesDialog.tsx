// The pipelines kept in this browser: new, open, rename, duplicate, delete.

import { useCallback, useEffect, useState } from "react";
import { useT } from "../i18n/useT";
import { listPipelines, type StoredPipelineInfo } from "../persistence/pipelineStorage";
import {
  deletePipeline,
  duplicatePipeline,
  newPipeline,
  openPipeline,
  renamePipeline,
} from "../persistence/pipelines";
import { onOtherTabChange } from "../persistence/tabChannel";
import { useStudio } from "../store";
import { NewPipelineChoice } from "../structured/newPipeline/NewPipelineChoice";
import { Dialog } from "./Dialog";
import { PipelineRow } from "./PipelineRow";
import "../i18n/later/dialogs";

export function PipelinesDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const currentId = useStudio((s) => s.pipelineId);
  const saveStatus = useStudio((s) => s.saveStatus);
  const [list, setList] = useState<StoredPipelineInfo[]>([]);

  const refresh = useCallback(() => void listPipelines().then(setList), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: reload the list once the open pipeline is saved
  useEffect(refresh, [refresh, saveStatus]);
  // Another tab saved or deleted a pipeline: the list shows it at once.
  useEffect(() => onOtherTabChange(refresh), [refresh]);

  const act =
    (f: () => Promise<unknown>, close = false) =>
    async () => {
      await f();
      if (close) onClose();
      else refresh();
    };

  return (
    <Dialog
      title={t("dialogs.pipelines.title")}
      onClose={onClose}
      footer={<NewPipelineChoice onCreate={(mode) => void act(() => newPipeline(mode), true)()} />}
    >
      <p className="muted">{t("dialogs.pipelines.savedHere")}</p>
      <ul className="pipeline-list">
        {list.map((p) => (
          <PipelineRow
            key={p.id}
            info={p}
            isCurrent={p.id === currentId}
            onOpen={act(() => openPipeline(p.id), true)}
            onRename={(name) => void act(() => renamePipeline(p.id, name))()}
            onDuplicate={act(() => duplicatePipeline(p.id), true)}
            onDelete={act(() => deletePipeline(p.id))}
          />
        ))}
      </ul>
    </Dialog>
  );
}
