import { compact } from "../text/normalize";

/**
 * An item's points shared out by period, and a period's award above its share: '环孕检计75分,全年分三季考核,每个季度25分。
 * 环孕检季度考核到达70%以上计30分,…' — the rule states what a quarter is worth (25), then awards a quarter more (30): the
 * rule contradicts itself whatever the item's points. The share is stated '每(个)季度N分', '每季N分', '每月(各)N分',
 * '每半年N分' (traditional read simplified); the award is a later clause's '计 / 记 / 得 / 给 M分' that names the period
 * itself ('季度考核…计30分': the quarter's result, not the year's — a clause naming 全年 / 年度 / 累计 is the year's), a bonus
 * ('每超1%加5分') no award. Pure: the text is given.
 */
export interface PeriodShareAward {
  /** the period as written ('季度', '月') */
  period: string;
  share: number;
  award: number;
}

const PERIOD_SHARE = /每(?:个)?(季度|季|月度|月|半年)(?:各|均)?(?:计|记|为|得)?(\d{1,3}(?:\.\d+)?)分/;
/** the period's stem a clause names it by */
const STEM: Record<string, string> = { 季度: "季", 季: "季", 月度: "月", 月: "月", 半年: "半年" };
const CLAUSE = /[^,，;；。]+/g;
const CLAUSE_AWARD = /[计记得给](\d{1,3}(?:\.\d+)?)分/;
/** a clause about the whole year, not one period */
const WHOLE_YEAR = /全年|年度|累计|总分|合计/;

/** The first period award above the period's stated share in a rule's text, or null (cheap: gated on '每'). */
export function periodShareAward(text: string | null | undefined): PeriodShareAward | null {
  if (!text || text.indexOf("每") < 0) return null;
  const t = compact(text);
  const m = PERIOD_SHARE.exec(t);
  if (!m) return null;
  const share = Number(m[2]);
  const stem = STEM[m[1]];
  const rest = t.slice(m.index + m[0].length);
  CLAUSE.lastIndex = 0;
  for (let c = CLAUSE.exec(rest); c; c = CLAUSE.exec(rest)) {
    const clause = c[0];
    const a = CLAUSE_AWARD.exec(clause);
    if (!a || clause.indexOf(stem) < 0 || WHOLE_YEAR.test(clause)) continue;
    // (the points the award's clause opens with a bonus, '加5分', are no award: CLAUSE_AWARD reads verbs of award only)
    const award = Number(a[1]);
    if (award > share + 0.005) return { period: m[1], share, award };
  }
  return null;
}
