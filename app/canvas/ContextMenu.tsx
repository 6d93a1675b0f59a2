// Right-click menu for a node, an edge or the empty canvas.
import { useEffect, useRef } from "react";
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
    label: "Delete",
    keys: "Del",
    danger: true,
    run: () => s.removeElements(s.selectedNodeIds, s.selectedEdgeIds),
  };
  const items: Item[] =
    target.on === "node"
      ? [
          { label: "Duplicate", keys: "Ctrl+D", run: s.duplicateSelection },
          { label: "Copy", keys: "Ctrl+C", run: s.copySelection },
          remove,
        ]
      : target.on === "edge"
        ? [remove]
        : [
            { label: "Paste", keys: "Ctrl+V", run: s.paste },
            { label: "Auto-layout", keys: "Shift+L", run: () => void commands.autoLayout() },
            { label: "Fit view", keys: "Shift+1", run: commands.fitView },
          ];

  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`${target.on} menu`}
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
