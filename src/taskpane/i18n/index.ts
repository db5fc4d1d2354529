import { createContext, useContext } from "react";
import { enUS } from "./en-US";
import { Strings, zhCN } from "./zh-CN";

export type Lang = "zh-CN" | "en-US";
export const DICTS: Record<Lang, Strings> = { "zh-CN": zhCN, "en-US": enUS };
export type StringKey = keyof typeof zhCN;

/** Normalise a language tag: zh, zh-cn, zh-hans* → zh-CN; other en* → en-US; anything else zh-CN (default). */
export function normaliseLang(tag: string | null | undefined): Lang | null {
  if (!tag) return null;
  const t = tag.toLowerCase();
  if (t.startsWith("zh")) return "zh-CN";
  if (t.startsWith("en")) return "en-US";
  return null;
}

/** ?lang= override, then Office's display language, then the browser's; zh-CN by default. */
export function pickLang(opts: { search?: string; officeLang?: string | null; navigatorLang?: string | null }): Lang {
  const q = new URLSearchParams(opts.search ?? "").get("lang");
  return normaliseLang(q) ?? normaliseLang(opts.officeLang) ?? normaliseLang(opts.navigatorLang) ?? "zh-CN";
}

export interface I18n {
  lang: Lang;
  t: (key: StringKey, vars?: Record<string, string | number>) => string;
}

export function makeI18n(lang: Lang): I18n {
  const d = DICTS[lang];
  return {
    lang,
    t: (key, vars) => {
      let s = d[key] ?? zhCN[key];
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.split(`{${k}}`).join(String(v));
      return s;
    },
  };
}

export const I18nContext = createContext<I18n>(makeI18n("zh-CN"));
export const useI18n = (): I18n => useContext(I18nContext);
