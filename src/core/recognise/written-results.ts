import type { Grid } from "../grid/grid";
import type { RelationTerm, SumRelation } from "../model/types";
import { numberOrPointsAt } from "./cells";
import { unitResultList } from "./unit-results";

/**
 * A unit's score written out item by item in a cell of its line (招商引资考核结果: 被考核单位 | 指标完成情况 | 得分, the
 * 指标完成情况 cell '1.实行量化计分法。 得分=省外新增实际投资完成率96%×0.5=0.48。 2.… 得分=外商直接投资完成率120%×0.5=0.6 …
 * 4.… 分别引进7个、4个、1个,得0.5分 …' beside 2.78): the score is the sum of the items' results. Read on a per-unit result
 * list's lines (unit-results.ts) only:
 * - the cell's items numbered 1, 2, 3 … from its start, each after a space or a stop (0.5, 177.7 are no numbers of items);
 * - every item closing with its result: a 得分 formula's last value ('得分=…=0.48'), or an award ('得0.5分'); an item
 *   closing otherwise (a deduction, '扣0.5分', a formula of 扣分, a finding in words) leaves the cell unread;
 * - two items or more;
 * - and the layout borne out by the sheet: on half the lines read or more the results add up to the score (a base added
 *   to them, 基础分60 + items, or results capped by the total would put most lines off: not read).
 * Each line's score against its items' results (a 'sum' of the result list, every part at the cell that writes it).
 */
const RESULT_ENDS = [
  // (得分=…=0.48, 得分=…=0.5分, closed by a stop or nothing)
  /得分\s*[=＝][^=＝]*[=＝]\s*(\d+(?:\.\d+)?)\s*分?\s*[。.;；,，]?\s*$/,
  /得分\s*[=＝]\s*(\d+(?:\.\d+)?)\s*分?\s*[。.;；,，]?\s*$/,
  // (得0.5分, 得 2 分)
  /得\s*(\d+(?:\.\d+)?)\s*分\s*[。.;；,，]?\s*$/,
];
/** the last '=' of a formula: the value after it is the item's result only in a 得分 formula */
const LAST_EQUALS = /[=＝]\s*(\d+(?:\.\d+)?)\s*分?\s*[。.;；,，]?\s*$/;
const MIN_ITEMS = 2;

/** The items' results of a cell's text, or null where any item closes without one. */
export function writtenResults(text: string): { value: string; item: number }[] | null {
  if (!/^\s*1[.、．]/.test(text) || !/[=＝得]/.test(text)) return null;
  const starts: number[] = [];
  let from = 0;
  for (let k = 1; ; k++) {
    const re = new RegExp(`(^|[\\s。；;，,])${k}[.、．](?=\\D)`, "g");
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    const at = m.index + m[1].length;
    starts.push(at);
    from = at + 2;
  }
  if (starts.length < MIN_ITEMS) return null;
  const out: { value: string; item: number }[] = [];
  for (let k = 0; k < starts.length; k++) {
    const item = text.slice(starts[k], starts[k + 1] ?? text.length).replace(/^\d+[.、．]/, "");
    let value: string | null = null;
    for (const re of RESULT_ENDS) {
      const m = re.exec(item);
      if (m) {
        value = m[1];
        break;
      }
    }
    // (a formula whose last value closes the item, in an item naming its 得分 formula: '得分=【…】×0.5=0.5')
    if (value === null && /得分\s*[=＝]/.test(item) && !/扣分\s*[=＝]/.test(item)) value = LAST_EQUALS.exec(item)?.[1] ?? null;
    if (value === null || /扣分\s*[=＝]/.test(item)) return null;
    out.push({ value, item: k + 1 });
  }
  return out;
}

/** Each unit line's score against the results its items write in a cell of the line (see above). */
export function writtenResultRelations(grid: Grid): SumRelation[] {
  const list = unitResultList(grid);
  if (!list || list.headless || list.lists.length) return [];
  const lines: { total: RelationTerm; parts: RelationTerm[]; agrees: boolean }[] = [];
  for (const r of list.rows) {
    const score = numberOrPointsAt(grid, r, list.scoreCol);
    if (!score || score.percent) continue;
    for (let c = 1; c <= grid.scanCols; c++) {
      if (c === list.unitCol || c === list.scoreCol || !grid.ownsCell(r, c)) continue;
      const text = grid.text(r, c);
      if (text.length < 8) continue;
      const results = writtenResults(text);
      if (!results) continue;
      const cell = grid.addr(r, c);
      const parts: RelationTerm[] = results.map((x) => {
        const dot = x.value.indexOf(".");
        return { cell, row: r, col: c, value: Number(x.value), text: x.value, decimals: dot < 0 ? 0 : x.value.length - dot - 1, percent: false, label: `第${x.item}项` };
      });
      const sum = parts.reduce((s, p) => s + p.value, 0);
      const decimals = Math.max(score.decimals ?? 0, ...parts.map((p) => p.decimals ?? 0));
      lines.push({ total: { ...score, label: grid.compactText(r, list.unitCol) }, parts, agrees: Math.abs(sum - score.value) < 10 ** -decimals / 2 + 1e-9 });
      break;
    }
  }
  const agree = lines.filter((l) => l.agrees).length;
  if (!agree || agree * 2 < lines.length) return [];
  return lines.map((l) => ({ kind: "sum", id: `sum:score:${l.total.cell}`, measure: "score", block: "result-list", orientation: "columns", label: `${l.total.label}得分`, total: l.total, parts: l.parts, bound: "equal" }));
}
