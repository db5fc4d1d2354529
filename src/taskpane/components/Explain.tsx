import * as React from "react";
import { Button, Field, Select } from "@fluentui/react-components";
import { parseA1 } from "../../core/grid/a1";
import { ruleById } from "../../core/rules";
import type { WorkbookPort } from "../../hosts/port";
import type { PaneState } from "../state";
import { useI18n } from "../i18n";
import { showValue } from "./common";

/** Score cells the pane can explain: indicator scores, budget scores/rates, total, grade. */
function scoreCells(state: PaneState): { cell: string; label: string }[] {
  const r = state.result!;
  const out = new Map<string, string>();
  for (const i of r.model.indicators) if (i.scoreCell) out.set(i.scoreCell, `${i.scoreCell} ${i.name}`);
  for (const f of r.fills) if (!out.has(f.cell)) out.set(f.cell, `${f.cell} ${f.note}`);
  return [...out].map(([cell, label]) => ({ cell, label })).sort((a, b) => parseA1(a.cell).row - parseA1(b.cell).row || parseA1(a.cell).col - parseA1(b.cell).col);
}

export function Explain({ port, state }: { port: WorkbookPort; state: PaneState }) {
  const { t, lang } = useI18n();
  const [cell, setCell] = React.useState("");
  if (!state.result || !state.grid) return null;
  const r = state.result;
  const options = scoreCells(state);
  const ind = r.model.indicators.find((i) => i.scoreCell === cell);
  const outcome = ind ? r.scores.indicators.get(ind.row) : undefined;
  const fill = r.fills.find((f) => f.cell === cell);
  const here = r.findings.filter((f) => f.cell === cell);
  const claimed = cell ? showValue(state.grid.value(parseA1(cell).row, parseA1(cell).col)) : "";
  const computed = outcome?.ok ? outcome.score : fill?.value ?? null;
  const gap = typeof computed === "number" && claimed !== "" && Number.isFinite(Number(claimed)) ? Math.round((Number(claimed) - computed) * 100) / 100 : null;
  return (
    <div data-testid="explain">
      <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
        <Field label={t("explainPick")}>
          <Select value={cell} onChange={(_, d) => setCell(d.value)}>
            <option value="">—</option>
            {options.map((o) => (
              <option key={o.cell} value={o.cell}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
        {port.selectedCell && (
          <Button
            onClick={async () => {
              const sel = await port.selectedCell!();
              if (sel && options.some((o) => o.cell === sel.cell)) setCell(sel.cell);
            }}
          >
            {t("explainUseSelection")}
          </Button>
        )}
      </div>
      {!cell && <p>{t("explainNone")}</p>}
      {cell && (
        <dl data-testid="explain-body" style={{ display: "grid", gridTemplateColumns: "auto 1fr", gap: "4px 12px" }}>
          {ind && (
            <>
              <dt>{t("indicator")}</dt>
              <dd style={{ margin: 0 }}>{ind.path.filter(Boolean).join(" › ")}</dd>
              <dt>{t("target")}</dt>
              <dd style={{ margin: 0 }}>{[ind.opText, ind.target?.raw ?? "", ind.unit].filter(Boolean).join(" ") || "—"} {ind.targetCell && <code>({ind.targetCell})</code>}</dd>
              <dt>{t("actual")}</dt>
              <dd style={{ margin: 0 }}>{ind.actual?.raw ?? "—"} {ind.actualCell && <code>({ind.actualCell})</code>}</dd>
              <dt>{t("weight")}</dt>
              <dd style={{ margin: 0 }}>{ind.weight ?? "—"} {ind.weightCell && <code>({ind.weightCell})</code>}</dd>
            </>
          )}
          <dt>{t("rule")}</dt>
          <dd style={{ margin: 0 }}>{outcome?.ok ? `${outcome.ruleId} (${outcome.formula})` : fill ? `PERF.${fill.call.fn}(${fill.call.args.join(",")})` : "—"}</dd>
          <dt>{t("source")}</dt>
          <dd style={{ margin: 0 }}>{fill?.note ?? "—"} · RULEBOOK {outcome?.ok ? outcome.ruleId : ""} · {state.profile.sources.join("; ")}</dd>
          <dt>{t("claimed")}</dt>
          <dd style={{ margin: 0 }} data-testid="explain-claimed">{claimed || "—"}</dd>
          <dt>{t("computed")}</dt>
          <dd style={{ margin: 0 }} data-testid="explain-computed">{computed ?? "—"}</dd>
          <dt>{t("gap")}</dt>
          <dd style={{ margin: 0 }}>{gap ?? "—"}</dd>
          {here.length > 0 && (
            <>
              <dt>{t("findingsHere")}</dt>
              <dd style={{ margin: 0 }}>
                <ul style={{ margin: 0, paddingLeft: 16 }}>
                  {here.map((f) => {
                    const meta = ruleById(f.rule)?.meta;
                    return (
                      <li key={f.rule}>
                        {lang === "en-US" && f.messageEn ? f.messageEn : f.message}
                        {meta && <div style={{ fontSize: 12, color: "#555" }}>{meta.rationale} — {meta.source}</div>}
                      </li>
                    );
                  })}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
