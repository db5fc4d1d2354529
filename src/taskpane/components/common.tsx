import * as React from "react";
import type { CellValue } from "../../core/grid/grid";
import type { CellContent } from "../../core/fill/types";
import { formatNumber } from "../../core/text/numbers";
import { usePaneStyles } from "../styles";

/** A cell value as the sheet shows it (numbers through their number format, when given). */
export function showValue(v: CellValue, numFmt?: string | null): string {
  if (v === null || v === undefined || v === "") return "";
  if (typeof v === "object") return v.error;
  if (typeof v === "number") return formatNumber(v, numFmt ?? undefined);
  return String(v);
}

/** A cell's content as the pane shows it: "=FORMULA" or the value. */
export function showContent(c: CellContent, empty: string): string {
  if (c.formula) return "=" + c.formula;
  const s = showValue(c.value, c.numFmt);
  return s === "" ? empty : s;
}

export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const cls = usePaneStyles();
  return (
    <section aria-label={title} className={cls.section}>
      <h3 className={cls.sectionTitle}>{title}</h3>
      {children}
    </section>
  );
}
