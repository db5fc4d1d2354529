import type { Severity } from "../core/rules";

/** Severity colours; info is purple, never the selection blue. Each severity also has its own glyph. */
export const SEVERITY_MARK: Record<Severity, { color: string; glyph: string; zh: string; en: string }> = {
  error: { color: "#c50f1f", glyph: "✖", zh: "错误", en: "Error" },
  warning: { color: "#b86c00", glyph: "▲", zh: "警告", en: "Warning" },
  info: { color: "#8764b8", glyph: "ⓘ", zh: "提示", en: "Info" },
};

/** The selected cell's outline (the theme's brand blue). */
export const SELECTION = "#0f6cbd";
