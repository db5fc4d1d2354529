import { join } from "path";
import { a1, parseA1, rangeA1 } from "../../src/core/grid/a1";
import type { Cell } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import type { EvaluationModel, Family } from "../../src/core/model/types";
import { recognise } from "../../src/core/recognise";
import { FIXTURES, jsonGrid } from "../helpers";
import { build, mainTitleRow, titleRows, withoutRows } from "./metamorphic";

/**
 * Assessment and indicator rule sheets (考核评分表, 考核细则, 测评指标, 指标权重 tables) varied the way unseen ones vary:
 * the title swapped for another rule sheet's title or removed, a column dropped (the 得分, the rule text, the 分值 with
 * the points moved into the item's label "(10分)"), the weight column named 权重, the labels numbered in another style,
 * and the table rewritten as a 指标 | 权重 list of numbered items under numbered groups with their points.
 * Every variant must keep the sheet's family.
 */

/** The development rule sheets (real/, extra/, corpus/; never validation/) of families indicator-system and assessment. */
export const RULE_SHEETS: { id: string; family: Family }[] = [
  { id: "real/ah-county-nutrition-rubric", family: "indicator-system" },
  { id: "real/ah-employment-subsidy-fund-eval-indicators-2017-excerpt", family: "indicator-system" },
  { id: "real/cn-agency-eval-report-quality-scoring-form-excerpt", family: "indicator-system" },
  { id: "real/cn-city-livestock-leading-breeds-tech-extension-assessment-scoring", family: "indicator-system" },
  // (corpus48a's development rule sheets, session 38: batch48a-diagnosis.md)
  { id: "real/cn-county-government-fire-safety-responsible-person-scoring-excerpt", family: "indicator-system" },
  { id: "real/cn-moa-biogas-service-outlet-assessment-scoring-standard-2011", family: "indicator-system" },
  // (corpus46's 农村社区 考核评分表, graduated in session 37: batch47-graduation-diagnosis.md)
  { id: "real/cn-rural-community-basic-work-assessment-scoring-excerpt", family: "indicator-system" },
  // (corpus48b's development sheets, session 38: batch48b-diagnosis.md)
  { id: "real/cn-rural-environment-comprehensive-improvement-management-assessment-scoring-excerpt", family: "indicator-system" },
  { id: "real/cn-soil-water-conservation-assessment-scoring", family: "indicator-system" },
  { id: "real/cn-town-construction-sanitation-box-rubric-excerpt", family: "indicator-system" },
  { id: "real/cq-grain-security-governor-assessment-2018", family: "indicator-system" },
  { id: "real/gd-rural-domestic-waste-governance-assessment-weights-excerpt", family: "indicator-system" },
  { id: "real/gz-domestic-waste-sorting-city-assessment-rules-excerpt", family: "indicator-system" },
  { id: "real/hi-ledong-four-good-rural-roads-assessment-standard-excerpt", family: "indicator-system" },
  { id: "real/js-nanjing-zhongshanling-river-chief-assessment-rubric", family: "assessment" },
  { id: "real/sh-jiading-culture-evaluator-quality-scoring-2018", family: "indicator-system" },
  { id: "real/sn-baoji-government-fire-work-assessment-rules-2015-trad-excerpt", family: "indicator-system" },
  { id: "real/sn-xianyang-river-chief-assessment-scoring-rules-excerpt-trad", family: "indicator-system" },
  { id: "real/wanglu-budget-assessment", family: "assessment" },
  { id: "real/yn-baoshan-ethnic-unity-creation-organs-evaluation-indicators-2021-excerpt", family: "indicator-system" },
  { id: "real/yn-wenshan-county-public-science-literacy-assessment-scoring", family: "indicator-system" },
  { id: "real/zj-good-governance-village-application-assessment-form-excerpt", family: "indicator-system" },
  { id: "real/zj-jinhua-new-countryside-assessment-scoring-excerpt", family: "indicator-system" },
  { id: "real/zj-quzhou-village-town-construction-assessment-scoring-excerpt", family: "indicator-system" },
  { id: "real/zj-xidian-village-sanitation-waste-sorting-scoring-excerpt", family: "indicator-system" },
  { id: "real/zj-zhoushan-five-waters-county-tasks-assessment-indicators-2022-excerpt", family: "indicator-system" },
  { id: "real/zj-zhoushan-water-pollution-control-county-assessment-indicators-2021-excerpt", family: "indicator-system" },
  // (session 37's six held-out 考核评分表, graduated in session 38: batch48-graduation-diagnosis.md)
  { id: "real/cn-smoke-free-party-government-organs-construction-scoring-excerpt", family: "indicator-system" },
  { id: "real/gd-shenzhen-community-disabled-persons-work-assessment-scoring-excerpt", family: "indicator-system" },
  { id: "real/hn-xiangtan-smoke-free-unit-assessment-registration-form-excerpt", family: "indicator-system" },
  { id: "real/sc-yibin-county-food-safety-target-management-assessment-scoring-2011-trad-excerpt", family: "indicator-system" },
  { id: "real/sx-primary-secondary-safe-campus-creation-evaluation-standard-excerpt", family: "indicator-system" },
  { id: "real/zj-songyang-food-safety-assessment-responsibility-breakdown-2016-excerpt", family: "indicator-system" },
  { id: "corpus/027", family: "indicator-system" },
];

/**
 * Rule-sheet titles (RULEBOOK, seeds, the fixtures' own titles): a scoring system's (评价指标体系, 评分细则, 考评指标,
 * 测评指标) and an assessment's (考核细则, 考核评分表, 目标管理考核指标, 绩效考核指标及权重), bare or with a year and a unit.
 */
export const RULE_TITLES = [
  "考核细则",
  "考核评分表",
  "考核办法附件:考核评分细则",
  "评分细则",
  "考评指标",
  "测评指标",
  "目标管理考核指标",
  "绩效考核指标及权重",
  "评价指标体系",
  "2023年度乡镇(街道)目标管理考核细则",
  "2022年度各县(区)河湖长制工作考核评分表",
  "某市2021年度民族团结进步创建工作测评指标",
  "2024年度全市生态环境保护工作考核评价指标体系",
];

const load = (id: string): Grid => jsonGrid(id.startsWith("corpus/") ? join(FIXTURES, "corpus", "cases", `${id.slice(7)}.json`) : join(FIXTURES, `${id}.json`));

/** Column `col` removed; merges narrowed (a merge's first cell moved right with its value where its first column goes). */
export function withoutColumn(g: Grid, col: number): Grid {
  const merges: string[] = [];
  const carried = new Map<string, Cell | null>();
  for (const m of g.merges) {
    if (m.c1 === col && m.c2 === col) continue;
    if (m.c1 === col) carried.set(`${m.r1},${col}`, g.cell(m.r1, col));
    const c1 = m.c1 > col ? m.c1 - 1 : m.c1;
    const c2 = m.c2 >= col ? m.c2 - 1 : m.c2;
    if (c1 === c2 && m.r1 === m.r2) continue;
    merges.push(rangeA1({ r1: m.r1, c1, r2: m.r2, c2 }));
  }
  return build(
    g,
    (r, c) => {
      const from = c >= col ? c + 1 : c;
      if (c === col && carried.has(`${r},${col}`)) return carried.get(`${r},${col}`)!;
      return g.cell(r, from);
    },
    g.rowCount,
    g.colCount - 1,
    merges,
    g.name,
  );
}

/** Cells rewritten by `f` (merges kept). */
function mapCells(g: Grid, f: (r: number, c: number, x: Cell | null) => Cell | null): Grid {
  return build(g, (r, c) => f(r, c, g.cell(r, c)), g.rowCount, g.colCount, g.merges.map((m) => rangeA1(m)), g.name);
}

const text = (x: Cell | null) => (x && x.v !== null && x.v !== undefined ? String(x.v) : "");
const num = (x: Cell | null) => {
  const t = text(x).trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

const CN = "一二三四五六七八九十";
const cnNum = (i: number) => (i <= 10 ? CN[i - 1] : `十${CN[i - 11]}`);
/** Leading numbering of a label removed ("一、", "(一)", "1.", "1.1", "(1)", "①"). */
const unnumbered = (t: string) => t.replace(/^\s*([一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+(\.\d+)*\s*[、.．]?|[①-⑳])\s*/, "");

export const GROUP_STYLES: Record<string, (i: number) => string> = {
  "一、": (i) => `${cnNum(i)}、`,
  "(一)": (i) => `(${cnNum(i)})`,
  "1.": (i) => `${i}.`,
};
export const ITEM_STYLES: Record<string, (g: number, i: number) => string> = {
  "1.": (_g, i) => `${i}.`,
  "(1)": (_g, i) => `(${i})`,
  "1.1": (g, i) => `${g}.${i}`,
};

export interface Variant {
  sheet: string;
  kind: string;
  family: Family;
  grid: Grid;
}

/** The first name column of the table (一级 or else the next level). */
const groupCol = (m: EvaluationModel) => m.columns.level1 ?? m.columns.level2;
/** The deepest name column (the items' names). */
const itemCol = (m: EvaluationModel) => m.columns.level3 ?? m.columns.level2 ?? m.columns.level1;

/** Row r holds a label of its own in column c: not a number, not the header's word repeated (a page break's header). */
function labelLine(g: Grid, r: number, c: number, hr: number, last: number): boolean {
  const t = text(g.cell(r, c)).replace(/\s+/g, "");
  if (!g.ownsCell(r, c) || !t || num(g.cell(r, c)) !== null) return false;
  for (let h = hr; h <= last; h++) if (text(g.cell(h, c)).replace(/\s+/g, "") === t) return false;
  return true;
}

/** The variants of one sheet. */
export function variantsOf(id: string, family: Family): Variant[] {
  const g0 = load(id);
  const m = recognise(g0);
  const out: Variant[] = [];
  const add = (kind: string, grid: Grid) => out.push({ sheet: id, kind, family, grid });
  add("as published", g0);
  const hr = m.headerRow ?? 1;
  const last = m.headerLastRow ?? hr;
  const titles = titleRows(g0, hr);
  // the title swapped for another rule sheet's title (an assessment's blank tally keeps its own: its title says what it is)
  if (family === "indicator-system") {
    for (const t of RULE_TITLES) {
      if (titles.length) {
        const tr = mainTitleRow(g0, titles);
        add(`title ${t}`, mapCells(g0, (r, c, x) => (r !== tr ? x : c === 1 ? { v: t } : null)));
      } else {
        const cells: (Cell | null)[][] = [[{ v: t }]];
        for (let r = 1; r <= g0.rowCount; r++) {
          const row: (Cell | null)[] = [];
          for (let c = 1; c <= g0.colCount; c++) row.push(g0.cell(r, c));
          cells.push(row);
        }
        const merges = [rangeA1({ r1: 1, c1: 1, r2: 1, c2: g0.colCount }), ...g0.merges.map((x) => rangeA1({ ...x, r1: x.r1 + 1, r2: x.r2 + 1 }))];
        add(`title ${t}`, new Grid({ name: g0.name, cells, merges }));
      }
    }
  }
  // the title removed
  if (titles.length) add("no title", withoutRows(g0, titles).grid);
  const cols = m.columns;
  if (cols.score) add("no score column", withoutColumn(g0, cols.score));
  if (cols.rubric) add("no rule column", withoutColumn(g0, cols.rubric));
  if (cols.score && cols.rubric) add("no score nor rule column", withoutColumn(withoutColumn(g0, Math.max(cols.score, cols.rubric)), Math.min(cols.score, cols.rubric)));
  const wc = cols.weight;
  const ic = itemCol(m);
  if (wc) {
    add("weight named 权重", mapCells(g0, (r, c, x) => (c === wc && r >= hr && r <= last && text(x).replace(/\s+/g, "") !== "" ? { v: "权重" } : x)));
    // the points only inside the items' labels (where each weighted item has a name cell of its own, on its line)
    const named = new Map<string, number>();
    let ownNames = m.indicators.length > 0;
    for (const i of m.indicators) {
      if (i.weight === null) continue;
      const at = i.nameCell ? parseA1(i.nameCell) : null;
      const merge = at ? g0.mergeAt(at.row, at.col) : null;
      if (!i.nameCell || !at || at.row !== i.row || at.col === wc || (merge && merge.r2 > merge.r1) || named.has(i.nameCell)) ownNames = false;
      else named.set(i.nameCell, i.weight);
    }
    if (ownNames) {
      const labelled = mapCells(g0, (r, c, x) => {
        const w = named.get(a1(r, c));
        return w === undefined ? x : { v: `${text(x).trim()}(${w}分)` };
      });
      add("points in labels, no 分值 column", withoutColumn(labelled, wc));
    }
  }
  // numbering styles of the groups and of the items
  const gc = groupCol(m);
  if (gc) {
    for (const [style, f] of Object.entries(GROUP_STYLES)) {
      let i = 0;
      const firstOf = new Map<number, number>();
      for (let r = last + 1; r <= g0.rowCount; r++) if (labelLine(g0, r, gc, hr, last)) firstOf.set(r, ++i);
      add(`groups numbered ${style}`, mapCells(g0, (r, c, x) => (c === gc && firstOf.has(r) ? { v: f(firstOf.get(r)!) + unnumbered(text(x)) } : x)));
    }
  }
  if (ic && ic !== gc) {
    for (const [style, f] of Object.entries(ITEM_STYLES)) {
      let grp = 0;
      let i = 0;
      const no = new Map<number, [number, number]>();
      for (let r = last + 1; r <= g0.rowCount; r++) {
        if (gc && labelLine(g0, r, gc, hr, last)) { grp++; i = 0; }
        if (labelLine(g0, r, ic, hr, last)) no.set(r, [Math.max(1, grp), ++i]);
      }
      add(`items numbered ${style}`, mapCells(g0, (r, c, x) => (c === ic && no.has(r) ? { v: f(...no.get(r)!) + unnumbered(text(x)) } : x)));
    }
  }
  // a 指标 | 权重 list of numbered items under numbered groups with their points, under a rule sheet's title
  if (family === "indicator-system" && m.indicators.length >= 2 && m.indicators.every((x) => x.weight !== null)) {
    for (const titled of [true, false]) {
      const rows: (Cell | null)[][] = [];
      const merges: string[] = [];
      if (titled) { rows.push([{ v: "绩效考核指标及权重" }, null]); merges.push("A1:B1"); }
      rows.push([{ v: "指标" }, { v: "权重" }]);
      const groups = new Map<string, { name: string; items: [string, number][] }>();
      for (const x of m.indicators) {
        const key = x.path.length > 1 ? x.path[0] : "";
        if (!groups.has(key)) groups.set(key, { name: unnumbered(key).replace(/[(（]?\d+(\.\d+)?分[)）]?/g, "") || "考核内容", items: [] });
        groups.get(key)!.items.push([unnumbered(x.path[x.path.length - 1]).slice(0, 30), x.weight!]);
      }
      let gi = 0;
      let total = 0;
      for (const grp of groups.values()) {
        const sum = grp.items.reduce((a, [, w]) => a + w, 0);
        total += sum;
        rows.push([{ v: `${cnNum(++gi)}、${grp.name}` }, { v: Math.round(sum * 100) / 100 }]);
        grp.items.forEach(([name, w], k) => rows.push([{ v: `${k + 1}.${name}` }, { v: w }]));
      }
      rows.push([{ v: "合计" }, { v: Math.round(total * 100) / 100 }]);
      add(`指标|权重 list${titled ? "" : ", no title"}`, new Grid({ name: "Sheet1", cells: rows, merges }));
    }
  }
  return out;
}

export function allVariants(): Variant[] {
  return RULE_SHEETS.flatMap((s) => variantsOf(s.id, s.family));
}
