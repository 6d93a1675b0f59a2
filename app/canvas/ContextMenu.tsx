// Right-click menu for a node, an edge or the empty canvas.

import { useEffect, useRef } from "react";
import { useT } from "../i18n/useT";
import { useStudio } from "../store";
import { useCanvasCommands } from "./useCanvasCommands";

export interface MenuTarget {
  x: number;
  y: number;
  on: "node" | "edge" | "pane";
}

interface Item {
  label: string;
  keys?: string;
  run: () => void;
  danger?: boolean;
}

export function ContextMenu({ target, onClose }: { target: MenuTarget; onClose: () => void }) {
  const t = useT();
  const commands = useCanvasCommands();
  const ref = useRef<HTMLDivElement>(null);
  const s = useStudio.getState();

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>("button")?.focus();
    const close = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener("pointerdown", close);
    return () => window.removeEventListener("pointerdown", close);
  }, [onClose]);

  const remove: Item = {
    label: t("canvas.menu.delete"),
    keys: "Del",
    danger: true,
    run: () => s.removeElements(s.selectedNodeIds, s.selectedEdgeIds),
  };
  const items: Item[] =
    target.on === "node"
      ? [
          { label: t("canvas.menu.duplicate"), keys: "Ctrl+D", run: s.duplicateSelection },
          { label: t("canvas.menu.copy"), keys: "Ctrl+C", run: s.copySelection },
          remove,
        ]
      : target.on === "edge"
        ? [remove]
        : [
            { label: t("canvas.menu.paste"), keys: "Ctrl+V", run: s.paste },
            { label: t("canvas.menu.autoLayout"), keys: "Shift+L", run: () => void commands.autoLayout() },
            { label: t("canvas.menu.fitView"), keys: "Shift+1", run: commands.fitView },
          ];

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={t(`canvas.menu.${target.on}`)}
      style={{ left: target.x, top: target.y }}
      onKeyDown={(e) => e.key === "Escape" && onClose()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          className={item.danger ? "is-danger" : undefined}
          onClick={() => {
            item.run();
            onClose();
          }}
        >
          <span>{item.label}</span>
          {item.keys && <kbd>{item.keys}</kbd>}
        </button>
      ))}
    </div>
  );
}
