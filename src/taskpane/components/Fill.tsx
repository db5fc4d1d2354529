import * as React from "react";
import { Button, Checkbox, Radio, RadioGroup, Field, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { FillMode, ownedCellsOf, planFill, planRevert, plainFillBuilder } from "../../core/fill";
import type { AppliedPlan } from "../../core/fill";
import type { WorkbookPort } from "../../hosts/port";
import type { PaneState } from "../state";
import { useI18n } from "../i18n";
import { Section, showContent } from "./common";

export function Fill({ port, state, onChanged, defaultMode }: { port: WorkbookPort; state: PaneState; onChanged: () => void; defaultMode: FillMode }) {
  const { t } = useI18n();
  const [mode, setMode] = React.useState<FillMode>(defaultMode);
  const [overwrite, setOverwrite] = React.useState(false);
  const [msg, setMsg] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const { grid, result, settings, sheet, profile } = state;
  const last = settings.lastPlan?.[sheet] ?? null;
  const plan = React.useMemo(() => {
    if (!grid || !result) return null;
    return planFill(grid, result.fills, { mode, overwriteValues: overwrite, ownedCells: ownedCellsOf(last), plainFormula: plainFillBuilder(grid, profile) });
  }, [grid, result, mode, overwrite, last, profile]);
  if (!plan) return null;
  const empty = t("empty");

  const apply = async () => {
    setBusy(true);
    try {
      const applied: AppliedPlan = { sheet, mode, appliedAt: new Date().toISOString(), edits: plan.edits };
      // keep the earliest "before" of cells filled again, so Revert goes back to the user's own content
      const prev = new Map((last?.edits ?? []).map((e) => [e.cell, e.before] as const));
      const merged: AppliedPlan = { ...applied, edits: [...plan.edits.map((e) => (prev.has(e.cell) ? { ...e, before: prev.get(e.cell)! } : e)), ...(last?.edits ?? []).filter((e) => !plan.edits.some((x) => x.cell === e.cell))] };
      await port.applyEdits(sheet, plan.edits, { ...settings, lastPlan: { ...(settings.lastPlan ?? {}), [sheet]: merged } });
      setMsg(t("applied", { n: plan.edits.length }));
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  const revert = async () => {
    if (!last) return;
    setBusy(true);
    try {
      const now = await port.readSheet(sheet);
      const rev = planRevert(now, last);
      const rest = { ...(settings.lastPlan ?? {}) };
      delete rest[sheet];
      await port.applyEdits(sheet, rev.edits, { ...settings, lastPlan: rest });
      setMsg(t("reverted", { n: rev.edits.length }) + (rev.conflicts.length ? " " + t("revertConflicts", { cells: rev.conflicts.map((c) => c.cell).join(", ") }) : ""));
      onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="fill">
      <Field label={t("fillMode")}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as FillMode)}>
          <Radio value="perf" label={t("mode_perf")} />
          <Radio value="plain" label={t("mode_plain")} />
          <Radio value="values" label={t("mode_values")} />
        </RadioGroup>
      </Field>
      <Checkbox checked={overwrite} onChange={(_, d) => setOverwrite(!!d.checked)} label={t("allowOverwrite")} />
      <Section title={t("planTitle")}>
        {plan.edits.length === 0 ? (
          <p role="status">{t("planEmpty")}</p>
        ) : (
          <Table size="small" aria-label={t("planTitle")} data-testid="plan-table">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("colCell")}</TableHeaderCell>
                <TableHeaderCell>{t("colOld")}</TableHeaderCell>
                <TableHeaderCell>{t("colNew")}</TableHeaderCell>
                <TableHeaderCell>{t("colWhy")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {plan.edits.map((e) => (
                <TableRow key={e.cell} data-edit={e.cell}>
                  <TableCell>
                    <code>{e.cell}</code>
                  </TableCell>
                  <TableCell>{showContent(e.before, empty)}</TableCell>
                  <TableCell style={{ wordBreak: "break-all" }}>{showContent(e.after, empty)}</TableCell>
                  <TableCell>{e.why}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" disabled={busy || plan.edits.length === 0} onClick={() => void apply()}>
          {t("apply", { n: plan.edits.length })}
        </Button>
        <Button disabled={busy || !last} onClick={() => void revert()}>
          {t("revert")}
        </Button>
      </div>
      <p role="status" data-testid="fill-status">
        {msg}
      </p>
      {plan.skipped.length > 0 && (
        <Section title={`${t("skippedTitle")}（${plan.skipped.length}）`}>
          <ul data-testid="skipped" style={{ paddingLeft: 16 }}>
            {plan.skipped.map((s) => (
              <li key={s.cell} data-skip={`${s.cell}:${s.reason}`}>
                <code>{s.cell}</code> {showContent(s.current, empty)} — {t(`skip_${s.reason}` as "skip_unchanged")}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
