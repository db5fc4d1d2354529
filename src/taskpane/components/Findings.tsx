import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/rules";
import { ruleById } from "../../core/rules";
import type { PaneActions } from "../actions";
import { isIgnored, PaneState } from "../state";
import { useI18n } from "../i18n";
import { Section } from "./common";
import { usePaneStyles } from "../styles";

const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A rule's title in the pane's language (its id only where no rule carries it). */
function ruleTitleIn(rule: string, lang: string): string {
  const meta = ruleById(rule)?.meta;
  return meta ? (lang === "en-US" ? meta.title.en : meta.title.zh) : rule;
}

function FindingRow({ f, actions }: { f: Finding; actions: PaneActions }) {
  const cls = usePaneStyles();
  const { t, lang } = useI18n();
  const [ignoring, setIgnoring] = React.useState(false);
  const [reason, setReason] = React.useState("");
  const msg = lang === "en-US" && f.messageEn ? f.messageEn : f.message;
  const save = async () => {
    await actions.ignore(f, reason);
    setIgnoring(false);
  };
  return (
    <li data-finding={`${f.rule}@${f.cell}`} className={cls.findingItem}>
      <Button appearance="subtle" size="small" onClick={() => actions.selectCell(f.cell)} aria-label={`${t("goToCell")} ${f.cell}：${msg}`} className={cls.findingButton}>
        <span>
          <strong className={cls.cellAddress}>{f.cell}</strong>
          {msg}
        </span>
      </Button>
      {f.related && f.related.length > 0 && (
        <div role="group" aria-label={`${t("relatedCells")} ${f.cell}`} data-related={f.related.join(" ")} className={cls.related}>
          <span className={cls.muted}>{t("relatedCells")}：</span>
          {f.related.map((c) => (
            <Button key={c} size="small" appearance="transparent" aria-label={t("selectRelated", { cell: c })} onClick={() => actions.selectCell(c)} className={cls.cellLink}>
              {c}
            </Button>
          ))}
        </div>
      )}
      {!ignoring && (
        <Button size="small" appearance="transparent" onClick={() => setIgnoring(true)} aria-label={`${t("ignore")} ${f.cell} ${ruleTitleIn(f.rule, lang)}`}>
          {t("ignore")}
        </Button>
      )}
      {ignoring && (
        <div className={cls.ignoreRow}>
          <Field label={t("ignoreReason")} size="small">
            <Input value={reason} onChange={(_, d) => setReason(d.value)} maxLength={80} autoFocus />
          </Field>
          <Button size="small" appearance="primary" disabled={!reason.trim()} onClick={() => void save()}>
            {t("ignoreSave")}
          </Button>
          <Button size="small" onClick={() => setIgnoring(false)}>
            {t("cancel")}
          </Button>
        </div>
      )}
    </li>
  );
}

export function Findings({ actions, state }: { actions: PaneActions; state: PaneState }) {
  const cls = usePaneStyles();
  const { t, lang } = useI18n();
  const r = state.result;
  if (!r) return null;
  const visible = r.findings.filter((f) => !isIgnored(state.settings, state.sheet, f));
  const ignored = (state.settings.ignores ?? []).filter((i) => i.sheet === state.sheet);
  return (
    <div data-testid="findings">
      {visible.length === 0 && <p role="status">{t("noFindings")}</p>}
      <p data-testid="ignores-home" className={cls.noteTop}>
        {t(actions.settingsHome === "browser" ? "ignoresInBrowser" : actions.settingsHome === "workbook" ? "ignoresInWorkbook" : "ignoresInSession")}
      </p>
      {SEVERITIES.map((sev) => {
        const list = visible.filter((f) => f.severity === sev);
        if (!list.length) return null;
        const rules = [...new Set(list.map((f) => f.rule))];
        return (
          <Section key={sev} title={`${t(`severity_${sev}`)}（${list.length}）`}>
            {rules.map((rule) => {
              const meta = ruleById(rule)?.meta;
              const title = meta ? (lang === "en-US" ? meta.title.en : meta.title.zh) : rule;
              return (
                <div key={rule} role="group" aria-label={title}>
                  <h4 className={cls.ruleTitle}>
                    <span title={rule} data-rule={rule}>
                      {title}
                    </span>
                  </h4>
                  <ul className={cls.plainList}>
                    {list.filter((f) => f.rule === rule).map((f) => (
                      <FindingRow key={`${f.rule}@${f.cell}`} f={f} actions={actions} />
                    ))}
                  </ul>
                </div>
              );
            })}
          </Section>
        );
      })}
      {ignored.length > 0 && (
        <Section title={`${t("ignored")}（${ignored.length}）`}>
          <ul>
            {ignored.map((i) => (
              <li key={`${i.rule}@${i.cell}`}>
                <code>{i.cell}</code>{" "}
                <span title={i.rule} data-rule={i.rule}>
                  {(() => {
                    const m = ruleById(i.rule)?.meta;
                    return m ? (lang === "en-US" ? m.title.en : m.title.zh) : i.rule;
                  })()}
                </span>{" "}
                — {i.reason}
              </li>
            ))}
          </ul>
          <Button
            onClick={() => void actions.resetIgnores()}
          >
            {t("resetIgnores")}
          </Button>
        </Section>
      )}
    </div>
  );
}
