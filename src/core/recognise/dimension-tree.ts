import type { Indicator } from "../model/types";
import { compact } from "../text/normalize";
import { COST_SUBDIMENSION_LINE, DIMENSION_LEVEL1_LINE, DIMENSION_LEVEL2_LINE } from "./vocabulary";

/**
 * An indicator tree exported in one name column (the systems' indicator tab, 指标名称 | 计算符号 | 指标值 | 实际完成值 | … |
 * 权重 | 实际得分, each level a line: 产出指标 | 50 over 数量指标 | 30 over 培训人次 | ≥ | 500 | 480 | … | 30 | 28.8): the
 * framework's dimension lines are the groups — 一级 and 二级 — and only the lines under them are items.
 *
 * The evidence, all of it asked: the table's first line is a 一级 dimension's name (DIMENSION_LEVEL1_LINE) and at least one
 * line names a 二级 (DIMENSION_LEVEL2_LINE); a dimension line states no target, operator or completion (an item named
 * "满意度指标" with its ≥90% is an item); every dimension line has a line under it before the next one of its level or above
 * (no empty group); no item stands under a 一级 both before and after its 二级 lines (a mixed shape).
 *
 * Returns the nesting codes codeSections reads (1 / 1.01 / 1.01.01, widths fixed so that no item's number extends
 * another's), or null where the lines are no such tree.
 */
export function dimensionTreeCodes(indicators: Indicator[]): Map<Indicator, string> | null {
  if (indicators.length < 3 || !isDimensionLine(indicators[0], DIMENSION_LEVEL1_LINE)) return null;
  const codes = new Map<Indicator, string>();
  const pad = (n: number) => String(n).padStart(2, "0");
  let a = 0;
  let b = 0;
  let c = 0;
  let itemsBeforeLevel2 = false;
  let level2Lines = 0;
  for (let k = 0; k < indicators.length; k++) {
    const ind = indicators[k];
    const level = dimensionLevel(indicators, k);
    if (level === 1) {
      if (k > 0 && dimensionLevel(indicators, k - 1) !== 0) return null;
      if (++a > 9) return null;
      b = c = 0;
      itemsBeforeLevel2 = false;
      codes.set(ind, String(a));
    } else if (level === 2) {
      if (k > 0 && dimensionLevel(indicators, k - 1) === 2) return null;
      if (itemsBeforeLevel2) return null;
      b++;
      c = 0;
      level2Lines++;
      codes.set(ind, `${a}.${pad(b)}`);
    } else {
      if (b === 0) itemsBeforeLevel2 = true;
      if (++c > 99) return null;
      codes.set(ind, b ? `${a}.${pad(b)}.${pad(c)}` : `${a}.${pad(c)}`);
    }
  }
  // (the last line a dimension: a group with nothing under it)
  if (dimensionLevel(indicators, indicators.length - 1) !== 0 || level2Lines === 0) return null;
  return codes;
}

/** A line naming a dimension and stating nothing of an item's (no target, operator or completion). */
function isDimensionLine(ind: Indicator, names: RegExp): boolean {
  if ((ind.target?.kind ?? "empty") !== "empty" || (ind.actual?.kind ?? "empty") !== "empty" || ind.opText) return false;
  return names.test(compact(ind.name));
}

/** 1 for a 一级 dimension line, 2 for a 二级, 0 for an item (成本指标: the 一级 where a cost sub-dimension follows it). */
function dimensionLevel(indicators: Indicator[], k: number): 0 | 1 | 2 {
  const ind = indicators[k];
  const one = isDimensionLine(ind, DIMENSION_LEVEL1_LINE);
  const two = isDimensionLine(ind, DIMENSION_LEVEL2_LINE);
  if (one && two) return k + 1 < indicators.length && isDimensionLine(indicators[k + 1], COST_SUBDIMENSION_LINE) ? 1 : 2;
  return one ? 1 : two ? 2 : 0;
}
