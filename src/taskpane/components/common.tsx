import * as React from "react";
import type { CellValue } from "../../core/grid/grid";
import type { CellContent } from "../../core/fill/types";
import { formatNumber } from "../../core/text/numbers";

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
  return (
    <section aria-label={title} style={{ marginBlock: 12 }}>
      <h3 style={{ fontSize: 14, margin: "8px 0" }}>{title}</h3>
      {children}
    </section>
  );
}
