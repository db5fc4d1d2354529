import { amountAt } from "../recognise/cells";
import { FORECAST_EXECUTED_HEADER } from "../recognise/vocabulary";
import { FindingDraft, fmt, Rule } from "./types";
import { fallsShortTyped } from "../relations/tolerance";

/**
 * A monitoring sheet's 全年预计执行数 is the year's cumulative execution as forecast: it contains what is executed so
 * far (1-7月执行数), so a forecast below the amount executed already contradicts the line it stands on.
 */
export const forecastBelowExecuted: Rule = {
  meta: {
    id: "forecast-below-executed",
    severity: "info",
    families: ["monitoring"],
    title: { zh: "全年预计执行数低于已执行数", en: "Year's forecast below the amount executed so far" },
    rationale: {
      zh: "全年预计执行数是全年累计执行数的预计，包含截至当前（如1-7月）已执行的金额，因此不应低于同一行的已执行数。可能是填写错误，也可能有退回资金等情况，仅作提示。",
      en: "全年预计执行数 forecasts the year's cumulative execution, which contains what is executed so far (1-7月执行数): it cannot be below the amount executed on the same line. A slip or a refund: a hint only.",
    },
    source: "RULEBOOK §5.1–5.2 (财预〔2019〕136号 附件 monitoring template: 1-7月执行数 | 全年预计执行数)",
    messages: {
      below: {
        zh: "{{label}}全年预计执行数 {{forecast}} 低于已执行数 {{executed}}，请核实",
        en: "{{label}}: the year's forecast {{forecast}} is below the {{executed}} executed so far",
      },
    },
  },
  check({ grid, model }) {
    const out: FindingDraft[] = [];
    const b = model.budget;
    if (!b || !b.columns.executed) return out;
    let col = 0;
    for (let c = 1; c <= grid.scanCols && !col; c++) if (FORECAST_EXECUTED_HEADER.test(grid.compactText(b.headerRow, c))) col = c;
    if (!col) return out;
    for (const item of b.items) {
      const executed = item.executed;
      // (amounts may carry their unit in the text: "141.89万元"; one in 元 beside one in 万元 compared in 元)
      const forecast = amountAt(grid, item.row, col);
      if (!executed || !forecast || forecast.percent || executed.percent) continue;
      const scale = (u: string | undefined, other: string | undefined) => (u === "万元" && other === "元" ? 10000 : 1);
      const eu = (executed as { unit?: string }).unit;
      if (!fallsShortTyped(forecast.value * scale(forecast.unit, eu), executed.value * scale(eu, forecast.unit))) continue;
      out.push({
        cell: forecast.cell,
        related: [executed.cell],
        messageId: "below",
        data: { label: item.label || "该行", forecast: fmt(forecast.value), executed: fmt(executed.value) },
      });
    }
    return out;
  },
};
