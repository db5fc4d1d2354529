import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { PaneActions } from "../actions";
import { isIgnored, PaneState } from "../state";
import { useI18n } from "../i18n";
import { usePaneStyles } from "../styles";

export const HIGHLIGHT = { error: "#FFC7CE", warning: "#FFEB9C" } as const;

export function Highlight({ actions, state }: { actions: Pick<PaneActions, "highlight" | "clearHighlights">; state: PaneState }) {
  const cls = usePaneStyles();
  const { t } = useI18n();
  const [msg, setMsg] = React.useState("");
  const r = state.result;
  if (!r) return null;
  const visible = r.findings.filter((f) => !isIgnored(state.settings, state.sheet, f));
  const errors = [...new Set(visible.filter((f) => f.severity === "error").map((f) => f.cell))];
  const warnings = [...new Set(visible.filter((f) => f.severity === "warning").map((f) => f.cell))].filter((c) => !errors.includes(c));
  return (
    <div data-testid="highlight">
      <p>{t("highlightHelp")}</p>
      <div className={cls.column}>
        <Button
          appearance="primary"
          onClick={async () => {
            await actions.highlight({ errors, warnings }, HIGHLIGHT);
            setMsg(t("highlighted", { n: errors.length + warnings.length }));
          }}
        >
          {t("highlightFindings")}
        </Button>
        <Button
          onClick={async () => {
            await actions.clearHighlights();
            setMsg(t("highlightsRemoved"));
          }}
        >
          {t("removeHighlights")}
        </Button>
      </div>
      <p role="status">{msg}</p>
    </div>
  );
}
