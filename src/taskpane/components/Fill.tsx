import * as React from "react";
import {
  Badge,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Radio,
  RadioGroup,
  Field,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { FillMode, ownedCellsOf, planFill, planRevert, plainFillBuilder } from "../../core/fill";
import type { AppliedPlan } from "../../core/fill";
import type { PaneActions } from "../actions";
import type { PaneState } from "../state";
import { useI18n } from "../i18n";
import { plainText } from "../plain-words";
import { Section, showContent } from "./common";
import { usePaneStyles } from "../styles";

const SKIP_ORDER = { "user-formula": 0, "typed-value": 1, "no-formula": 2, unchanged: 3 } as const;

export function Fill({ actions, state, defaultMode }: { actions: Pick<PaneActions, "applyEdits" | "readSheet" | "customFunctions">; state: PaneState; defaultMode: FillMode }) {
  const cls = usePaneStyles();
  const { t, lang } = useI18n();
  // where =PERF.* cannot run (no CustomFunctionsRuntime 1.1), plain formulas take their place
  const perfSupported = actions.customFunctions !== false;
  const [mode, setMode] = React.useState<FillMode>(defaultMode === "perf" && !perfSupported ? "plain" : defaultMode);
  const [overwrite, setOverwrite] = React.useState(false);
  const [msg, setMsg] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  /** user formula cells ticked "覆盖此公式" for this run (DESIGN §6: never replaced silently, but on purpose) */
  const [formulaCells, setFormulaCells] = React.useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = React.useState(false);
  const { grid, result, settings, sheet, profile } = state;
  const last = settings.lastPlan?.[sheet] ?? null;
  // the plan without any formula replaced: its skipped list shows every user formula, ticked or not
  const base = React.useMemo(() => {
    if (!grid || !result) return null;
    return planFill(grid, result.fills, { mode, overwriteValues: overwrite, ownedCells: ownedCellsOf(last), plainFormula: plainFillBuilder(grid, profile) });
  }, [grid, result, mode, overwrite, last, profile]);
  const plan = React.useMemo(() => {
    if (!base || !grid || !result) return null;
    const chosen = new Set(base.skipped.filter((s) => s.reason === "user-formula" && formulaCells.has(s.cell)).map((s) => s.cell));
    if (chosen.size === 0) return base;
    return planFill(grid, result.fills, { mode, overwriteValues: overwrite, overwriteFormulaCells: chosen, ownedCells: ownedCellsOf(last), plainFormula: plainFillBuilder(grid, profile) });
  }, [base, grid, result, formulaCells, mode, overwrite, last, profile]);
  if (!plan || !base) return null;
  const empty = t("empty");
  // cells that need a decision first: the user's formulas, then typed values, then the rest
  const skipped = [...base.skipped].sort((a, b) => SKIP_ORDER[a.reason] - SKIP_ORDER[b.reason]);
  const replacing = plan.edits.filter((e) => formulaCells.has(e.cell) && !!e.before.formula);
  const toggleFormula = (cell: string, on: boolean) =>
    setFormulaCells((prev) => {
      const next = new Set(prev);
      if (on) next.add(cell);
      else next.delete(cell);
      return next;
    });

  const apply = async () => {
    setBusy(true);
    try {
      const applied: AppliedPlan = { sheet, mode, appliedAt: new Date().toISOString(), edits: plan.edits };
      // keep the earliest "before" of cells filled again, so Revert goes back to the user's own content
      const prev = new Map((last?.edits ?? []).map((e) => [e.cell, e.before] as const));
      const merged: AppliedPlan = { ...applied, edits: [...plan.edits.map((e) => (prev.has(e.cell) ? { ...e, before: prev.get(e.cell)! } : e)), ...(last?.edits ?? []).filter((e) => !plan.edits.some((x) => x.cell === e.cell))] };
      await actions.applyEdits(plan.edits, { ...settings, lastPlan: { ...(settings.lastPlan ?? {}), [sheet]: merged } });
      setMsg(t("applied", { n: plan.edits.length }));
      setFormulaCells(new Set());
    } finally {
      setBusy(false);
    }
  };
  const revert = async () => {
    if (!last) return;
    setBusy(true);
    try {
      const now = await actions.readSheet();
      const rev = planRevert(now, last);
      const rest = { ...(settings.lastPlan ?? {}) };
      delete rest[sheet];
      await actions.applyEdits(rev.edits, { ...settings, lastPlan: rest });
      setMsg(t("reverted", { n: rev.edits.length }) + (rev.conflicts.length ? " " + t("revertConflicts", { cells: rev.conflicts.map((c) => c.cell).join(", ") }) : ""));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="fill">
      <Field label={t("fillMode")}>
        <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as FillMode)}>
          <Radio value="perf" label={t("mode_perf")} disabled={!perfSupported} aria-describedby={perfSupported ? undefined : "perfsheet-perf-unsupported"} />
          {!perfSupported && (
            <p id="perfsheet-perf-unsupported" data-testid="perf-unsupported" className={cls.radioNote}>
              {t("perfUnsupported")}
            </p>
          )}
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
                    {formulaCells.has(e.cell) && e.before.formula && (
                      <Badge color="warning" size="small" className={cls.gapLeft} data-testid={`replaces-${e.cell}`}>
                        {t("willReplaceFormula")}
                      </Badge>
                    )}
                  </TableCell>
                  <TableCell>{showContent(e.before, empty)}</TableCell>
                  <TableCell className={cls.breakAll}>{showContent(e.after, empty)}</TableCell>
                  <TableCell title={e.why}>{plainText(e.why, lang)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Section>
      <div className={cls.buttons}>
        <Button appearance="primary" disabled={busy || plan.edits.length === 0} onClick={() => (replacing.length ? setConfirming(true) : void apply())}>
          {t("apply", { n: plan.edits.length })}
        </Button>
        <Button disabled={busy || !last} onClick={() => void revert()}>
          {t("revert")}
        </Button>
      </div>
      <p role="status" data-testid="fill-status">
        {msg}
      </p>
      {base.skipped.length > 0 && (
        <Section title={`${t("skippedTitle")}（${base.skipped.length}）`}>
          <ul data-testid="skipped" className={cls.indentList}>
            {skipped.map((s) => (
              <li key={s.cell} data-skip={`${s.cell}:${s.reason}`} className={cls.skipItem}>
                <code>{s.cell}</code> {t(`skip_${s.reason}` as "skip_unchanged")}
                <div className={cls.noteBreak}>
                  {t("skipCurrent")}：{showContent(s.current, empty)} · {t("skipProposed")}：{showContent(s.proposed, empty)}
                </div>
                {s.reason === "user-formula" && (
                  <Checkbox
                    checked={formulaCells.has(s.cell)}
                    onChange={(_, d) => toggleFormula(s.cell, !!d.checked)}
                    label={t("overwriteFormula")}
                    aria-label={t("overwriteFormulaCell", { cell: s.cell })}
                  />
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Dialog open={confirming} onOpenChange={(_, d) => setConfirming(d.open)} modalType="alert">
        <DialogSurface aria-describedby="perfsheet-confirm-body">
          <DialogBody>
            <DialogTitle>{t("confirmTitle")}</DialogTitle>
            <DialogContent>
              <p id="perfsheet-confirm-body">{t("confirmBody")}</p>
              <ul data-testid="confirm-list">
                {replacing.map((e) => (
                  <li key={e.cell} data-replace={e.cell} className={cls.breakAll}>
                    <code>{e.cell}</code>：{showContent(e.before, empty)} → {showContent(e.after, empty)}
                  </li>
                ))}
              </ul>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  void apply();
                }}
              >
                {t("confirmReplace")}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
