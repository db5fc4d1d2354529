import * as React from "react";
import { Button, Field, Select } from "@fluentui/react-components";
import type { CellSelection } from "../../hosts/port";
import type { PaneActions } from "../actions";
import type { PaneState } from "../state";
import { useI18n } from "../i18n";
import type { StringKey } from "../i18n";
import { explainableCells, explainCell } from "../explain";
import { plainText, profileName } from "../plain-words";
import { usePaneStyles } from "../styles";

/** The selection the pane last heard of; `seq` changes on every selection, even of the same cell again. */
export type SelectionEvent = CellSelection & { seq: number };

/**
 * Explain: follows the selection (a score, rate, total or grade cell selected in the sheet is shown at once);
 * the list of explainable cells stays as a fallback.
 */
export function Explain({ actions, state, selection }: { actions: Pick<PaneActions, "selectCell">; state: PaneState; selection: SelectionEvent | null }) {
  const cls = usePaneStyles();
  const { t, lang } = useI18n();
  const options = React.useMemo(() => (state.result ? explainableCells(state.result, lang) : []), [state.result, lang]);
  const explainable = (sel: CellSelection | null) => !!sel && sel.sheet === state.sheet && options.some((o) => o.cell === sel.cell);
  const [cell, setCell] = React.useState(() => (explainable(selection) ? selection!.cell : ""));
  const [note, setNote] = React.useState("");
  const seen = React.useRef(selection?.seq ?? -1);
  React.useEffect(() => {
    if (!selection || selection.seq === seen.current) return;
    seen.current = selection.seq;
    if (selection.sheet !== state.sheet) return;
    if (explainable(selection)) {
      setCell(selection.cell);
      setNote("");
    } else setNote(t("explainNotScore", { cell: selection.cell }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection, options, state.sheet]);
  if (!state.result || !state.grid) return null;
  const ex = cell ? explainCell(state, cell, lang) : null;
  const cellRef = (c: string | null | undefined) =>
    c ? (
      <Button size="small" appearance="transparent" aria-label={t("selectRelated", { cell: c })} onClick={() => actions.selectCell(c)} className={cls.cellRef}>
        ({c})
      </Button>
    ) : null;
  return (
    <div data-testid="explain">
      <p className={cls.noteTop}>{t("explainFollows")}</p>
      <Field label={t("explainPick")}>
        <Select
          value={cell}
          onChange={(_, d) => {
            setCell(d.value);
            setNote("");
          }}
        >
          <option value="">—</option>
          {options.map((o) => (
            <option key={o.cell} value={o.cell}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <p role="status" data-testid="explain-status" className={cls.status}>
        {note || (ex ? t("explainShowing", { cell: ex.cell }) : "")}
      </p>
      {!ex && <p>{t("explainNone")}</p>}
      {ex && (
        <dl data-testid="explain-body" data-cell={ex.cell} aria-label={t("explainShowing", { cell: ex.cell })} className={cls.explainList}>
          <dt>{t(`kind_${ex.kind}` as StringKey)}</dt>
          <dd className={cls.dd}>
            <code>{ex.cell}</code> {ex.name}
          </dd>
          {ex.inputs.map((i, k) => (
            <React.Fragment key={k}>
              <dt>{t(i.label)}</dt>
              <dd className={cls.dd}>
                {i.value} {cellRef(i.cell)}
              </dd>
            </React.Fragment>
          ))}
          <dt>{t("scoring")}</dt>
          <dd className={cls.dd} data-testid="explain-scoring" title={ex.scoringKey || undefined} data-key={ex.scoringKey || undefined}>
            {ex.scoring}
          </dd>
          {ex.arithmetic && (
            <>
              <dt>{t("arithmetic")}</dt>
              <dd className={cls.ddStrong} data-testid="explain-arithmetic">
                {ex.arithmetic}
              </dd>
            </>
          )}
          <dt>{t("rule")}</dt>
          <dd className={cls.dd} data-testid="explain-rule">
            {ex.rule ? (
              <>
                <strong title={ex.rule.id} data-rule={ex.rule.id}>
                  {lang === "en-US" ? ex.rule.title.en : ex.rule.title.zh}
                </strong>
                <div className={cls.note}>{plainText(lang === "en-US" ? ex.rule.rationale.en : ex.rule.rationale.zh, lang)}</div>
              </>
            ) : (
              "—"
            )}
          </dd>
          <dt>{t("ruleSource")}</dt>
          <dd className={cls.dd} data-testid="explain-source" title={ex.rule?.source} data-source={ex.rule?.source}>
            {ex.source}
          </dd>
          <dt>{t("profileSources")}</dt>
          <dd className={cls.ddSmall} data-testid="explain-profile" title={state.profile.sources.join("; ")} data-source={state.profile.sources.join("; ")}>
            {profileName(state.profile, lang)}
          </dd>
          <dt>{t("claimed")}</dt>
          <dd className={cls.dd} data-testid="explain-claimed">
            {ex.claimed || "—"}
          </dd>
          <dt>{t("computed")}</dt>
          <dd className={cls.dd} data-testid="explain-computed">
            {ex.computed}
          </dd>
          <dt>{t("gap")}</dt>
          <dd className={cls.dd} data-testid="explain-gap">
            {ex.gap === null ? "—" : ex.gap.kind === "number" ? ex.gap.value : t(ex.gap.matches ? "gradeMatches" : "gradeDiffers")}
          </dd>
          {ex.findings.length > 0 && (
            <>
              <dt>{t("findingsHere")}</dt>
              <dd className={cls.dd}>
                <ul className={cls.bulletList}>
                  {ex.findings.map((f) => (
                    <li key={f.rule}>{lang === "en-US" && f.messageEn ? f.messageEn : f.message}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
