// The frame both run panels share (the DStream bottom panel and a structured query's run panel): a
// tab bar with the run's status and a collapse button, over the chosen tab's pane, loaded lazily.
import { type ComponentType, type ReactNode, Suspense } from "react";

interface Props<Tab extends string> {
  /** The section's accessible name. */
  label: string;
  className: string;
  /** Prefix of the tabs' and the tab panel's element ids (`<prefix>-tab-<id>`, `<prefix>-tabpanel`). */
  idPrefix: string;
  tabs: readonly Tab[];
  tab: Tab;
  setTab: (tab: Tab) => void;
  /** After a tab is chosen (a tab clicked while the panel is collapsed opens the panel too). */
  onTabChosen: () => void;
  tabLabel: (tab: Tab) => string;
  /** Counts shown on tabs (batches, errors); none when 0. */
  badges?: Partial<Record<Tab, { count: number; danger?: boolean }>>;
  /** Each tab's pane (lazily loaded panes wait under the loading text). */
  panes: Record<Tab, ComponentType>;
  /** What stands between the tabs and the collapse button (the run's status line). */
  status: ReactNode;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  collapseText: { expand: string; collapse: string; expandTitle?: string; collapseTitle?: string };
  loadingText: string;
  /** Extra attributes on the section, for tests to wait on (data-triggers, data-completed-batches). */
  data?: Record<`data-${string}`, string | number>;
}

export function RunPanelFrame<Tab extends string>(p: Props<Tab>) {
  const { collapsed, collapseText: c } = p;
  const Pane: ComponentType = p.panes[p.tab];
  return (
    <section className={p.className} aria-label={p.label} {...p.data}>
      <div className="bottom-bar">
        <div role="tablist" className="bottom-tabs">
          {p.tabs.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`${p.idPrefix}-tab-${id}`}
              aria-selected={p.tab === id}
              aria-controls={`${p.idPrefix}-tabpanel`}
              className={p.tab === id ? "active" : undefined}
              onClick={() => {
                p.setTab(id);
                p.onTabChosen();
              }}
            >
              {p.tabLabel(id)}
              <Badge {...p.badges?.[id]} />
            </button>
          ))}
        </div>
        {p.status}
        <button
          type="button"
          className="btn btn-icon btn-ghost bottom-collapse"
          onClick={p.onToggleCollapsed}
          aria-expanded={!collapsed}
          aria-label={collapsed ? c.expand : c.collapse}
          title={collapsed ? c.expandTitle : c.collapseTitle}
        >
          <span className={collapsed ? "chevron is-up" : "chevron"} aria-hidden="true">
            ⌄
          </span>
        </button>
      </div>
      <div
        role="tabpanel"
        id={`${p.idPrefix}-tabpanel`}
        aria-labelledby={`${p.idPrefix}-tab-${p.tab}`}
        className="bottom-content"
        hidden={collapsed}
      >
        <Suspense fallback={<p className="muted pane-loading">{p.loadingText}</p>}>
          <Pane />
        </Suspense>
      </div>
    </section>
  );
}

function Badge({ count, danger }: { count?: number; danger?: boolean }) {
  if (!count) return null;
  return <span className={danger ? "badge badge-danger" : "badge"}>{count}</span>;
}
