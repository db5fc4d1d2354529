import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { FindingCount } from "./counts";
import { SEVERITY_MARK } from "./marks";

const useStyles = makeStyles({
  root: { display: "inline-flex", gap: tokens.spacingHorizontalXS, marginLeft: tokens.spacingHorizontalS, verticalAlign: "middle" },
  pill: {
    display: "inline-flex",
    alignItems: "center",
    gap: "2px",
    paddingInline: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    border: `${tokens.strokeWidthThin} solid currentColor`,
  },
  error: { color: SEVERITY_MARK.error.color },
  warning: { color: SEVERITY_MARK.warning.color },
  clean: { color: tokens.colorPaletteGreenForeground1 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** "2 个错误，1 个警告" / "2 errors, 1 warning": what a screen reader hears for the counts. */
export function countsWords(c: FindingCount, lang: "zh-CN" | "en-US"): string {
  if (lang === "en-US") return `${c.errors} error${c.errors === 1 ? "" : "s"}, ${c.warnings} warning${c.warnings === 1 ? "" : "s"}`;
  return `${c.errors} 个错误，${c.warnings} 个警告`;
}

/**
 * A tab's counts: ✖ errors and ▲ warnings (glyph, colour and number), ✓ when there are none; the words are there for
 * screen readers, the glyphs hidden from them.
 */
export function FindingCounts({ counts, lang }: { counts: FindingCount; lang: "zh-CN" | "en-US" }) {
  const s = useStyles();
  const none = counts.errors === 0 && counts.warnings === 0;
  return (
    <span className={s.root} data-testid="finding-counts" data-errors={counts.errors} data-warnings={counts.warnings}>
      <span className={s.hidden}>{lang === "en-US" ? ` (${countsWords(counts, lang)})` : `（${countsWords(counts, lang)}）`}</span>
      {none && (
        <span aria-hidden className={`${s.pill} ${s.clean}`}>
          ✓
        </span>
      )}
      {counts.errors > 0 && (
        <span aria-hidden className={`${s.pill} ${s.error}`}>
          {SEVERITY_MARK.error.glyph} {counts.errors}
        </span>
      )}
      {counts.warnings > 0 && (
        <span aria-hidden className={`${s.pill} ${s.warning}`}>
          {SEVERITY_MARK.warning.glyph} {counts.warnings}
        </span>
      )}
    </span>
  );
}
