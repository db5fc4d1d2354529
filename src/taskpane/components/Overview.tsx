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
  const both = lang === "en-US" ? ` (${t("claimed")} / ${t("computed")})` : `（${t("claimed")} / ${t("computed")}）`;
  const visible = r.findings.filter((f) => !isIgnored(state.settings, state.sheet, f));
  const count = (s: string) => visible.filter((f) => f.severity === s).length;
  const profileRow: [string, React.ReactNode] = [
    t("profile"),
    <span data-testid="overview-profile">{profileName(state.profile, lang)}{r.profileNote ? <span className={cls.noteBlock}>{plainText(lang === "zh-CN" ? r.profileNote.zh : r.profileNote.en, lang)}</span> : null}</span>,
  ];
  const rows: [string, React.ReactNode][] = r.forms
    ? // forms stacked on the sheet: each form's rows, family, indicators, total and grade (the first is not the sheet)
      [
        [t("sheet"), state.sheet],
        profileRow,
        ...r.forms.map((f): [string, React.ReactNode] => {
          const fm = f.result.model;
          const fs = f.result.scores;
          return [
            t("formRows", { from: f.from, to: f.to }),
            <span data-testid={`overview-form-${f.from}`} data-family={fm.family}>
              {[
                `${t(`family_${fm.family}` as StringKey)}${lang === "en-US" ? ` (${Math.round(fm.confidence * 100)}%)` : `（${Math.round(fm.confidence * 100)}%）`}`,
                t("indicatorsCount", { n: fm.indicators.length }),
                // (a form whose own text named another region follows that region's profile)
                ...(f.result.profile.id !== r.profile.id ? [`${t("profile")} ${profileName(f.result.profile, lang)}`] : []),
                `${t("total")}${both} ${showValue(fm.totals?.score?.value ?? null) || "—"} / ${fs.computedTotal ?? "—"}`,
                `${t("grade")}${both} ${fm.grade?.value ?? "—"} / ${fs.computedGrade ?? "—"}`,
              ].join(lang === "en-US" ? "; " : "；")}
            </span>,
          ];
        }),
      ]
    : [
        [t("sheet"), state.sheet],
        [t("family"), <span data-family={m.family}>{t(`family_${m.family}` as StringKey)}</span>],
        [t("confidence"), `${Math.round(m.confidence * 100)}%`],
        profileRow,
        [`${t("total")}${both}`, `${showValue(m.totals?.score?.value ?? null) || "—"} / ${r.scores.computedTotal ?? "—"}`],
        [`${t("grade")}${both}`, `${m.grade?.value ?? "—"} / ${r.scores.computedGrade ?? "—"}`],
      ];
  return (
    <div data-testid="overview">
      {m.family === "unknown" && !r.forms && <p role="status">{t("unknownSheet")}</p>}
      {r.forms && <p role="status">{t("stackedForms", { n: r.forms.length })}</p>}
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
