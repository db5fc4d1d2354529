import type { Grid } from "../grid/grid";
import type { SumRelation } from "../model/types";
import { proseDigits, proseQuantities, type ProseQuantity } from "./prose-rates";
import { sentenceCells } from "./sentence-cells";
import { proseTerm } from "./sentence-breakdowns";
import { levelNumber, UNIT_LEVEL } from "./rank-parts";

/*
 * (rel60a, session 60) **A count of units and its parts by consecutive levels**, opened by 包括 or 其中 — a 部门预算 /
 * 决算 report's 基本情况: '中国气象局共管辖全国2868个气象局(台、站)、科研院(所)以及其他单位,包括一级预算单位1个,二级预算单位
 * 50个,分别为:国家气象中心,…,区域气象中心8个,省级气象局22个,计划单列市气象局4个。三级预算单位718个,四级预算单位2098个。'
 * (1 + 50 + 718 + 2098 = 2867 ≠ 2868). Each unit stands at one level: the levels from 一级 on, one after the other, are every
 * unit the whole counts — unlike 包括's usual examples, a list that must add up.
 *
 * Read, in a cell's text (proseDigits'): the opener (包括 / 其中, a colon or comma at most) right before a level part — a level
 * (一级 … 十级) of one kind of unit (单位 / 预算单位) and its count in 个 —; then the level parts after it in the text, each the
 * level after the one before, of the same kind (a part's own list between them — '分别为:…区域气象中心8个,…' — and a stop are
 * passed over: they name no level); the whole: the last count in 个 of the opener's sentence before it, no figure between,
 * the sentence naming units (单位) up to the opener. Two levels at least. Where the levels start at 一级 and the list is not closed
 * by 等 the parts must add up (equal); else they may not exceed the whole (atMost).
 * Not read (counter-shapes): levels of indicators or any other thing (rank-parts.ts: '一级指标3个,二级指标9个,三级指标12个' —
 * a tree whose whole counts its leaves); a level skipped ('一级…,三级…'); a whole in another unit (人) or approximate ('约…').
 *
 * Cheap: one search of the sheet's joined texts (Grid.hasText) before any cell is read.
 */

const ANY_LEVELS = /(?:包括|其中)[:,]?[一二三四五六七八九十]级(?:预算)?单位\d/;
const OPENER = /(?:包括|其中)[:,]?$/;
const APPROX = /(?:约|近|逾|超过|大约)$/;
const MIN_TEXT = 20;

/** a level part: a count in 个 whose words end with a level of units; its level, kind and words, or null */
function levelOf(text: string, q: ProseQuantity): { level: number; kind: string; words: string } | null {
  if (q.kind !== "个") return null;
  const m = UNIT_LEVEL.exec(text.slice(Math.max(0, q.at - 8), q.at));
  return m ? { level: levelNumber(m[1]), kind: m[2], words: m[0] } : null;
}

/** The count sums of one text (proseDigits') at the cell (r, c): see the module's note. */
export function levelCountsOf(grid: Grid, r: number, c: number, text: string): SumRelation[] {
  const out: SumRelation[] = [];
  const qs = proseQuantities(text);
  for (let i = 1; i < qs.length; i++) {
    const first = levelOf(text, qs[i]);
    if (!first) continue;
    const openerEnd = qs[i].at - first.words.length;
    if (!OPENER.test(text.slice(Math.max(0, openerEnd - 3), openerEnd))) continue;
    // the whole: the last count in 个 of the opener's sentence, nothing but words naming units between
    const w = qs[i - 1];
    const between = text.slice(w.end, openerEnd);
    const from = Math.max(text.lastIndexOf("。", openerEnd - 1), text.lastIndexOf(";", openerEnd - 1)) + 1;
    if (w.kind !== "个" || w.at < from || /[\d。;]/.test(between) || text.slice(from, openerEnd).indexOf("单位") < 0 || APPROX.test(text.slice(Math.max(0, w.at - 4), w.at))) continue;
    const parts = [qs[i]];
    const labels = [first.words];
    let level = first.level;
    for (let k = i + 1; k < qs.length; k++) {
      const next = levelOf(text, qs[k]);
      if (!next) continue;
      if (next.level !== level + 1 || next.kind !== first.kind) break;
      parts.push(qs[k]);
      labels.push(next.words);
      level = next.level;
    }
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    const exact = first.level === 1 && !/^等/.test(text.slice(last.end, last.end + 1));
    const cell = grid.addr(r, c);
    out.push({
      kind: "sum",
      id: `sum:count:${cell}:levels:${out.length}`,
      measure: "count",
      block: "fund-block",
      orientation: "columns",
      label: "单位总数",
      total: proseTerm(grid, r, c, w, w, "单位总数"),
      parts: parts.map((p, k) => proseTerm(grid, r, c, p, w, labels[k])),
      bound: exact ? "equal" : "atMost",
    });
  }
  return out;
}

/** The count sums of the sheet's prose cells by levels of units (see the module's note). */
export function levelCountSums(grid: Grid): SumRelation[] {
  const out: SumRelation[] = [];
  if (!grid.hasText(ANY_LEVELS)) return out;
  for (const { row: r, col: c } of sentenceCells(grid, MIN_TEXT, ANY_LEVELS)) {
    const text = proseDigits(grid.text(r, c));
    if (text) out.push(...levelCountsOf(grid, r, c, text));
  }
  return out;
}
