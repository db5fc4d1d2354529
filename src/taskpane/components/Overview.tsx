import * as React from "react";
import { Badge, Button } from "@fluentui/react-components";
import type { PaneState } from "../state";
import { isIgnored } from "../state";
import { useI18n } from "../i18n";
import type { StringKey } from "../i18n";
import { showValue } from "./common";
import { plainText, profileName } from "../plain-words";
import { usePaneStyles } from "../styles";

export function Overview({ state, onRecheck }: { state: PaneState; onRecheck: () => void }) {
  const cls = usePaneStyles();
  const { t, lang } = useI18n();
  const r = state.result;
  if (!r) return null;
  const m = r.model;
  const visible = r.findings.filter((f) => !isIgnored(state.settings, state.sheet, f));
  const count = (s: string) => visible.filter((f) => f.severity === s).length;
  const rows: [string, React.ReactNode][] = [
    [t("sheet"), state.sheet],
    [t("family"), <span data-family={m.family}>{t(`family_${m.family}` as StringKey)}</span>],
    [t("confidence"), `${Math.round(m.confidence * 100)}%`],
    [t("profile"), <span data-testid="overview-profile">{profileName(state.profile, lang)}{r.profileNote ? <span className={cls.noteBlock}>{plainText(lang === "zh-CN" ? r.profileNote.zh : r.profileNote.en, lang)}</span> : null}</span>],
    [`${t("total")}${lang === "en-US" ? ` (${t("claimed")} / ${t("computed")})` : `（${t("claimed")} / ${t("computed")}）`}`, `${showValue(m.totals?.score?.value ?? null) || "—"} / ${r.scores.computedTotal ?? "—"}`],
    [`${t("grade")}${lang === "en-US" ? ` (${t("claimed")} / ${t("computed")})` : `（${t("claimed")} / ${t("computed")}）`}`, `${m.grade?.value ?? "—"} / ${r.scores.computedGrade ?? "—"}`],
  ];
  return (
    <div data-testid="overview">
      {m.family === "unknown" && <p role="status">{t("unknownSheet")}</p>}
      <table aria-label={t("tabOverview")} className={cls.fullTable}>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row" className={cls.rowHead}>
                {k}
              </th>
              <td className={cls.cell}>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={cls.counts} role="group" aria-label={t("countsLabel")}>
        <Badge color="danger" data-testid="count-error">{`${t("severity_error")} ${count("error")}`}</Badge>
        <Badge color="warning" data-testid="count-warning">{`${t("severity_warning")} ${count("warning")}`}</Badge>
        <Badge color="informative" data-testid="count-info">{`${t("severity_info")} ${count("info")}`}</Badge>
      </div>
      <p className={cls.note}>{t("checkingNeverWrites")}</p>
      <Button onClick={onRecheck}>{t("recheck")}</Button>
    </div>
  );
}
