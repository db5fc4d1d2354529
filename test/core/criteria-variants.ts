import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { FIXTURES } from "../helpers";

/**
 * grad46a (session 46): every real indicator-system truth printed again as a list of criteria and their weights, in the
 * shapes other publishers print such a list (grad46a-diagnosis.md). A truth's items are flattened to one level: its items
 * where there are 15 or fewer, else its first-level groups with their points (the sum of their items'), else left out.
 * Each shape says which lines are the items and which weights they carry; the measure is whether the engine reads the
 * family, the items' lines and their weights.
 */

export type Row = string[];
export interface Criterion {
  name: string;
  weight: number;
}
export interface Variant {
  id: string;
  shape: string;
  rows: Row[];
  /** the items' lines (1-based) and the weight each carries in the model */
  items: [number, number | null][];
}

/** a truth's criteria, flattened to one level (undefined where it has too few or too many) */
export function flatten(t: {
  indicators: { level1?: string | null; level2?: string | null; level3?: string | null; weight: number | null }[];
}): Criterion[] | undefined {
  const weighted = t.indicators.filter((i) => i.weight !== null && i.weight > 0);
  if (weighted.length < 3 || weighted.length !== t.indicators.length) return undefined;
  const leaf = (i: (typeof weighted)[number]) => (i.level3 ?? i.level2 ?? i.level1 ?? "").replace(/\s+/g, " ").trim();
  let out: Criterion[] = weighted.map((i) => ({ name: leaf(i), weight: i.weight! }));
  if (out.length > 15) {
    const groups = new Map<string, number>();
    for (const i of weighted) {
      const g = (i.level1 ?? "").replace(/\s+/g, " ").trim();
      groups.set(g, (groups.get(g) ?? 0) + i.weight!);
    }
    if (groups.size < 3 || groups.size > 15 || groups.has("")) return undefined;
    out = [...groups].map(([name, weight]) => ({ name, weight: Math.round(weight * 1000) / 1000 }));
  }
  const names = new Set(out.map((c) => c.name));
  if (names.size !== out.length || names.has("") || out.some((c) => /^(合计|总计|小计|總計|合計|小計)$/.test(c.name) || /^[\d.%]+$/.test(c.name))) return undefined;
  return out;
}

const round = (n: number, d = 4) => Math.round(n * 10 ** d) / 10 ** d;
const sumOf = (cs: Criterion[]) => round(cs.reduce((s, c) => s + c.weight, 0));

let toTrad: ((s: string) => string) | undefined;
function trad(s: string): string {
  if (!toTrad) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Converter } = require("opencc-js/cn2t") as { Converter: (o: { from: string; to: string }) => (s: string) => string };
    toTrad = Converter({ from: "cn", to: "hk" });
  }
  return toTrad(s);
}

/** the shapes, each a function of the criteria (undefined where the shape does not fit them: a no-total shape needs a whole of 100) */
const SHAPES: Record<string, (cs: Criterion[]) => Omit<Variant, "id" | "shape"> | undefined> = {
  // 评分项目 | 分值, points, a 合计 line stating their sum
  "points-total": (cs) => ({
    rows: [["评分项目", "分值"], ...cs.map((c) => [c.name, String(c.weight)]), ["合计", String(sumOf(cs))]],
    items: cs.map((c, k) => [k + 2, c.weight]),
  }),
  // 繁體, numbered section lines above, 評審準則 | 比重 in percents, 總計 100%, a prose line under
  "trad-percent-sections": (cs) =>
    sumOf(cs) !== 100
      ? undefined
      : {
          rows: [["(一)初賽", ""], ["(二)決賽", ""], [trad("(三)评分项目与比重 初赛与决赛相同:"), ""], ["評審準則", "比重"], ...cs.map((c) => [trad(c.name), `${c.weight}%`]), ["總計", "100%"], [trad("评审结果将于赛后公布。"), ""]],
          items: cs.map((c, k) => [k + 5, c.weight]),
        },
  // 考核项目 | 权重(%), no total line (the weights add up to 100)
  "no-total": (cs) =>
    sumOf(cs) !== 100
      ? undefined
      : { rows: [["考核项目", "权重(%)"], ...cs.map((c) => [c.name, String(c.weight)])], items: cs.map((c, k) => [k + 2, c.weight]) },
  // two weight columns, one per kind of project (the second the first's weights turned by one line), percents, no total,
  // a title and a lead-in sentence above, another small table of caps below
  "two-kinds": (cs) => {
    if (sumOf(cs) !== 100) return undefined;
    const other = cs.map((_c, k) => cs[(k + 1) % cs.length].weight);
    // (a name closing on its points, '组织管理(6分)', would contradict the second kind's share: the names without them)
    const name = (c: Criterion) => c.name.replace(/[(（]\s*\d+(\.\d+)?\s*分\s*[)）]\s*$/, "");
    return {
      rows: [
        ["项目申报评审办法", "", ""],
        ["申报项目按以下准则予以评审:", "", ""],
        ["评审准则", "研发类项目", "应用类项目"],
        ...cs.map((c, k) => [name(c), `${c.weight}%`, `${other[k]}%`]),
        ["资助比例", "", ""],
        ["申报单位类别", "资助额(项目成本百分比)", ""],
        ["企业", "最高50%", ""],
        ["事业单位", "最高90%", ""],
      ],
      items: cs.map((c, k) => [k + 4, c.weight]),
    };
  },
  // 序号 | (blank head) | 配分, points written '30分', 合计 'N分'
  "blank-head-points": (cs) => ({
    rows: [["序号", "", "配分"], ...cs.map((c, k) => [String(k + 1), c.name, `${c.weight}分`]), ["合计", "", `${sumOf(cs)}分`]],
    items: cs.map((c, k) => [k + 2, c.weight]),
  }),
  // 指标 | 权重 in fractions (0.3), a 合计 | 1 line: only where every weight has one decimal at most (the fraction exact)
  fractions: (cs) =>
    sumOf(cs) !== 100 || cs.some((c) => round(c.weight * 10) !== Math.round(c.weight * 10))
      ? undefined
      : { rows: [["指标", "权重"], ...cs.map((c) => [c.name, String(round(c.weight / 100))]), ["合计", "1"]], items: cs.map((c, k) => [k + 2, round(c.weight / 100)]) },
  // a title, 评审标准 | 评分比例 | 说明 (a text column after the shares), percents, no total, a note line under
  "title-rule-column": (cs) =>
    sumOf(cs) !== 100
      ? undefined
      : {
          rows: [["专项资金项目评审标准", "", ""], ["评审标准", "评分比例", "说明"], ...cs.map((c) => [c.name, `${c.weight}%`, "由评审专家综合评定"]), ["注:评审专家按上述标准独立打分。", "", ""]],
          items: cs.map((c, k) => [k + 3, c.weight]),
        },
  // 评价要素 | 评分标准 | 分值: a rule column between the names and the points, bare points, a 合计 stating their sum
  "rule-between-points": (cs) => ({
    rows: [["评价要素", "评分标准", "分值"], ...cs.map((c) => [c.name, "按完成情况评分", String(c.weight)]), ["合计", "", String(sumOf(cs))]],
    items: cs.map((c, k) => [k + 2, c.weight]),
  }),
  // 序号 | 评分因素 | 比重, codes left of the names, bare numbers adding up to 100, no total line
  "coded-bare-no-total": (cs) =>
    sumOf(cs) !== 100
      ? undefined
      : { rows: [["序号", "评分因素", "比重"], ...cs.map((c, k) => [String(k + 1), c.name, String(c.weight)])], items: cs.map((c, k) => [k + 2, c.weight]) },
  // a list cut short: its first half (three lines at least), percents, no total line, under 评分项目 | 比重
  "cut-percent": (cs) => {
    const half = cs.slice(0, Math.max(3, Math.ceil(cs.length / 2)));
    return sumOf(cs) !== 100 || half.length >= cs.length
      ? undefined
      : { rows: [["评分项目", "比重"], ...half.map((c) => [c.name, `${c.weight}%`])], items: half.map((c, k) => [k + 2, c.weight]) };
  },
  // 繁體 評估內容 | 滿分, points, 總計 line, the items' names cut into a code and a name column (編號 | 評估內容 | 滿分)
  "trad-points-coded": (cs) => ({
    rows: [["編號", "評估內容", "滿分"], ...cs.map((c, k) => [String(k + 1), trad(c.name), String(c.weight)]), ["總計", "", String(sumOf(cs))]],
    items: cs.map((c, k) => [k + 2, c.weight]),
  }),
};
export const SHAPE_NAMES = Object.keys(SHAPES);

/** every variant of every real indicator-system truth, in every shape that fits it */
export function criteriaVariants(): Variant[] {
  const dir = join(FIXTURES, "real");
  const out: Variant[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".truth.json")) continue;
    const t = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (t.family !== "indicator-system") continue;
    const cs = flatten(t);
    if (!cs) continue;
    for (const [shape, make] of Object.entries(SHAPES)) {
      const v = make(cs);
      if (v) out.push({ id: t.id, shape, ...v });
    }
  }
  return out;
}
