import * as React from "react";
import { MessageBar, MessageBarBody, Spinner, Tab, TabList } from "@fluentui/react-components";
import type { FillMode } from "../core/fill";
import type { WorkbookPort } from "../hosts/port";
import { usePaneState } from "./state";
import { paneActions } from "./actions";
import { useI18n } from "./i18n";
import { Overview } from "./components/Overview";
import { Findings } from "./components/Findings";
import { Highlight } from "./components/Highlight";
import { Fill } from "./components/Fill";
import { Explain, SelectionEvent } from "./components/Explain";
import { ProfilePicker } from "./components/ProfilePicker";
import { usePaneStyles } from "./styles";

export type PaneTab = "overview" | "findings" | "highlight" | "fill" | "explain" | "profile";
const TABS: PaneTab[] = ["overview", "findings", "highlight", "fill", "explain", "profile"];
const TAB_KEY = { overview: "tabOverview", findings: "tabFindings", highlight: "tabHighlight", fill: "tabFill", explain: "tabExplain", profile: "tabProfile" } as const;

/** The task pane: the same component in Excel and in the browser checker; it talks only to a WorkbookPort. */
export function Pane({ port, initialTab = "overview", defaultMode, debounceMs, onChanged: onHostChanged }: { port: WorkbookPort; initialTab?: PaneTab; defaultMode?: FillMode; debounceMs?: number; /** told after the pane changed the workbook or its settings (an ignore, a fill, a profile) */ onChanged?: () => void }) {
  const cls = usePaneStyles();
  const { t } = useI18n();
  const [tab, setTab] = React.useState<PaneTab>(initialTab);
  const { state, refresh } = usePaneState(port, debounceMs);
  const hostChanged = React.useRef(onHostChanged);
  hostChanged.current = onHostChanged;
  const onChanged = React.useCallback(() => {
    void refresh();
    hostChanged.current?.();
  }, [refresh]);
  const selection = useSelection(port);
  // the components act through these, bound to the sheet shown; they never see the port
  const actions = React.useMemo(() => paneActions(port, state.sheet, state.settings, onChanged), [port, state.sheet, state.settings, onChanged]);
  return (
    <div className={cls.pane}>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as PaneTab)} aria-label={t("tabs")} size="small" className={cls.wrap}>
        {TABS.map((k) => (
          <Tab key={k} value={k}>
            {t(TAB_KEY[k])}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" aria-label={t(TAB_KEY[tab])} className={cls.panel}>
        {state.error && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t("errorPrefix")}
              {state.error}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.loading && !state.result && <Spinner size="small" label={t("loading")} />}
        {state.result && tab === "overview" && <Overview state={state} onRecheck={onChanged} />}
        {state.result && tab === "findings" && <Findings actions={actions} state={state} />}
        {state.result && tab === "highlight" && <Highlight actions={actions} state={state} />}
        {state.result && tab === "fill" && <Fill actions={actions} state={state} defaultMode={defaultMode ?? (port.kind !== "excel" ? "values" : port.customFunctions === false ? "plain" : "perf")} />}
        {state.result && tab === "explain" && <Explain actions={actions} state={state} selection={selection} />}
        {state.result && tab === "profile" && <ProfilePicker actions={actions} state={state} />}
      </div>
    </div>
  );
}

/** The cell selected in the host: seeded from the host's current selection, then followed through its events. */
function useSelection(port: WorkbookPort): SelectionEvent | null {
  const [selection, setSelection] = React.useState<SelectionEvent | null>(null);
  React.useEffect(() => {
    let seq = 0;
    let live = true;
    let heard = false;
    const off = port.onSelectionChanged((s) => {
      heard = true;
      if (live) setSelection({ sheet: s.sheet, cell: s.cell, seq: ++seq });
    });
    void port.selectedCell?.().then(
      (s) => {
        if (live && s && !heard) setSelection({ ...s, seq: ++seq });
      },
      () => undefined,
    );
    return () => {
      live = false;
      off();
    };
  }, [port]);
  return selection;
}
