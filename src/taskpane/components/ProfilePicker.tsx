import * as React from "react";
import { Button, Field, Select, Textarea } from "@fluentui/react-components";
import { BUILTIN_PROFILES, parseProfileText, ProfileError } from "../../core/rubric";
import type { PaneActions } from "../actions";
import type { PaneState } from "../state";
import { useI18n } from "../i18n";
import { PROFILE_GUIDE, profileIssueText } from "../profile-messages";
import { profileName } from "../plain-words";
import { usePaneStyles } from "../styles";

const AUTO = "auto";

export function ProfilePicker({ actions, state }: { actions: Pick<PaneActions, "setProfile" | "settingsHome">; state: PaneState }) {
  const cls = usePaneStyles();
  const { t, lang } = useI18n();
  const stored = state.settings.profile;
  // "auto": the region named in the sheet's own text (the default where nothing is stored)
  const [builtin, setBuiltin] = React.useState(stored && "builtin" in stored ? stored.builtin : AUTO);
  const [text, setText] = React.useState(stored && "custom" in stored ? stored.custom : "");
  const [issues, setIssues] = React.useState<{ path: string; message: string }[]>(state.profileIssues);
  const [msg, setMsg] = React.useState("");
  const name = (p: { name: { zh: string; en: string } }) => profileName(p, lang);
  const savedKey = actions.settingsHome === "browser" ? "profileSavedBrowser" : actions.settingsHome === "session" ? "profileSavedSession" : "profileSaved";
  return (
    <div data-testid="profile">
      <div className={cls.fieldRow}>
        <Field label={t("profileBuiltin")}>
          <Select value={builtin} onChange={(_, d) => setBuiltin(d.value)}>
            <option value={AUTO}>{t("profileAuto")}</option>
            {Object.values(BUILTIN_PROFILES).map((p) => (
              <option key={p.id} value={p.id}>
                {name(p)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          onClick={async () => {
            await actions.setProfile({ builtin });
            setIssues([]);
            setMsg(t(savedKey, { name: builtin === AUTO ? t("profileAuto") : name(BUILTIN_PROFILES[builtin]) }));
          }}
        >
          {t("profileUseBuiltin")}
        </Button>
      </div>
      <p data-testid="profile-guide" className={cls.guide}>
        {lang === "en-US" ? PROFILE_GUIDE.en : PROFILE_GUIDE.zh}
      </p>
      <Field label={t("profileCustom")} className={cls.gapTopL}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={8} className={cls.mono} placeholder='{"extends": "national", "id": "my-city", "name": {"zh": "…", "en": "…"}}' />
      </Field>
      <Button
        className={cls.gapTop}
        disabled={!text.trim()}
        onClick={async () => {
          try {
            const p = parseProfileText(text);
            await actions.setProfile({ custom: text });
            setIssues([]);
            setMsg(t(savedKey, { name: name(p) }));
          } catch (e) {
            setMsg("");
            setIssues(e instanceof ProfileError && e.issues.length ? e.issues : [{ path: "(root)", message: (e as Error).message }]);
          }
        }}
      >
        {t("profileUseCustom")}
      </Button>
      {issues.length > 0 && (
        <div role="alert" data-testid="profile-errors">
          <p>{t("profileErrors")}</p>
          <ul>
            {issues.map((i, k) => {
              const w = profileIssueText(i, lang);
              return (
                <li key={k} data-path={i.path}>
                  {w.field}
                  {i.path && i.path !== "(root)" && <code className={cls.gapLeft}>{i.path}</code>}
                  {lang === "en-US" ? ": " : "："}
                  {w.message}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <p role="status">{msg}</p>
    </div>
  );
}
