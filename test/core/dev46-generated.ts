import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import type { CellValue } from "../../src/core/grid/grid";
import { Grid } from "../../src/core/grid/grid";
import { FIXTURES } from "../helpers";

/**
 * dev46: group-scored tables printed again from the corpus's own truths. Every real indicator-system truth whose items
 * fall in groups of two weighted items or more (its 二级 where it names a 三级, else its 一级) is printed as the 团委
 * table prints a rubric: 一级指标 | 二级指标 | 评分标准 | 分值 | 考评得分, one line per item (its name as the rule, its
 * points in 分值), the group's label in 二级指标 and one score per group — the lines' points together less a point
 * where the group has room (a score, not full marks) — in the layouts a publisher or an export gives: merged down over
 * the group, on its first line only, written on every line. Points written inside the names ('(5分)') are taken out:
 * the names are the rules' words, the points the column's.
 */
export type Row = (CellValue | undefined)[];
export interface GenGroup { label: string; items: { name: string; weight: number }[] }
export interface GenSheet { id: string; level1: string; groups: GenGroup[] }

const POINTS = /[(（〔【\[][^()（）〔〕【】\[\]]*?\d+(?:\.\d+)?\s*分[^()（）〔〕【】\[\]]*[)）〕】\]]/g;
/** an outline code or a dotted number leading a name ('1.1、', '(一)', '二、', '①') */
const LEAD_CODE = /^(?:\d+(?:\.\d+)*[、.．]?|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|[①-⑳])+/;
const clean = (s: unknown) =>
  String(s ?? "")
    .replace(POINTS, "")
    .replace(/[(（]\d+(?:\.\d+)?[)）]/g, "")
    .replace(/\s+/g, "")
    .replace(LEAD_CODE, "")
    // (a bracket left open where the truth's name was cut, '(3分…', and a cut's ellipsis)
    .replace(/[(（][^()（）]*$/, "")
    .replace(/[…。,，;；:：、]+$/, "")
    // (points fused after a label, '食品卫生30分': the label's own statement, not the name)
    .replace(/\d+(?:\.\d+)?分$/, "")
    .slice(0, 40)
    .trim();

export function truthGroups(maxGroups = 4, maxItems = 8): GenSheet[] {
  const dir = join(FIXTURES, "real");
  const out: GenSheet[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".truth.json")).sort()) {
    const t = JSON.parse(readFileSync(join(dir, f), "utf8"));
    if (t.family !== "indicator-system") continue;
    const groups = new Map<string, GenGroup>();
    let level1 = "";
    for (const x of t.indicators ?? []) {
      const w = x.weight;
      if (typeof w !== "number" || !(w > 0)) continue;
      const label = clean(x.level3 ? x.level2 : x.level1);
      const name = clean(x.level3 ?? x.level2) || `第${(groups.get(label)?.items.length ?? 0) + 1}项`;
      if (!label || label === name) continue;
      if (!level1) level1 = clean(x.level1) || "考核指标";
      if (!groups.has(label)) groups.set(label, { label, items: [] });
      const g = groups.get(label)!;
      if (g.items.length < maxItems && !g.items.some((i) => i.name === name)) g.items.push({ name, weight: w });
    }
    const kept = [...groups.values()].filter((g) => g.items.length >= 2).slice(0, maxGroups);
    if (kept.length) out.push({ id: f.replace(/\.truth\.json$/, ""), level1, groups: kept });
  }
  return out;
}

export type Layout = "merged" | "first line" | "every line" | "named";

/** The group's score: its points less one where it has room above its first line's, else its points. */
export const groupScore = (g: GenGroup) => {
  const sum = g.items.reduce((a, i) => a + i.weight, 0);
  return Math.round((sum - 1 > g.items[0].weight ? sum - 1 : sum) * 100) / 100;
};

/** The table, its expected group scores (cell, value) and its item rows with their points. */
export function printGrouped(s: GenSheet, layout: Layout): { grid: Grid; scores: [string, number][]; items: [number, number][] } {
  // ("named": 考核项目 | 考核内容 | 分值 | 得分, no rule column — each line named in its own cell, the group's label merged
  // down beside them with the score)
  if (layout === "named") return printNamed(s);
  const rows: Row[] = [["一级指标", "二级指标", "评分标准", "分值", "考评得分"]];
  const merges: string[] = [];
  const scores: [string, number][] = [];
  const items: [number, number][] = [];
  for (const g of s.groups) {
    const top = rows.length + 1;
    const value = groupScore(g);
    g.items.forEach((it, k) => {
      const first = k === 0;
      const score = layout === "every line" || first ? value : "";
      rows.push([rows.length === 1 ? s.level1 : "", first || layout === "every line" ? g.label : "", it.name, it.weight, score]);
      items.push([rows.length, it.weight]);
    });
    const bottom = rows.length;
    if (layout === "merged") merges.push(`B${top}:B${bottom}`, `E${top}:E${bottom}`);
    scores.push([`E${top}`, value]);
  }
  if (layout === "merged") merges.push(`A2:A${rows.length}`);
  return { grid: Grid.fromValues("Sheet1", rows, merges), scores, items };
}

function printNamed(s: GenSheet): { grid: Grid; scores: [string, number][]; items: [number, number][] } {
  const rows: Row[] = [["考核项目", "考核内容", "分值", "得分"]];
  const merges: string[] = [];
  const scores: [string, number][] = [];
  const items: [number, number][] = [];
  for (const g of s.groups) {
    const top = rows.length + 1;
    g.items.forEach((it, k) => {
      rows.push([k === 0 ? g.label : "", it.name, it.weight, k === 0 ? groupScore(g) : ""]);
      items.push([rows.length, it.weight]);
    });
    merges.push(`A${top}:A${rows.length}`, `D${top}:D${rows.length}`);
    scores.push([`D${top}`, groupScore(g)]);
  }
  return { grid: Grid.fromValues("Sheet1", rows, merges), scores, items };
}

/**
 * (b) the same groups printed as a document's paragraphs, one a row: each group an unnumbered class heading stating its
 * points with the class's words in the bracket ('组织领导(一类目标12分)'), its items numbered anew from 1, each closed by
 * its points ('1.成立工作领导小组(5分)'); a title above. `slip`: the first group's stated points 5 more than its items'.
 */
export const CLASS_WORDS = ["", "一类目标", "共", "满分"];
export function printClassHeadings(s: GenSheet, word: string, slip = false): { grid: Grid; heads: [string, number][]; items: [number, number][] } {
  const rows: Row[] = [["考核细则"]];
  const heads: [string, number][] = [];
  const items: [number, number][] = [];
  s.groups.forEach((g, k) => {
    const sum = Math.round(g.items.reduce((a, i) => a + i.weight, 0) * 100) / 100 + (slip && k === 0 ? 5 : 0);
    rows.push([`${g.label}(${word}${sum}分)`]);
    heads.push([`A${rows.length}`, sum]);
    g.items.forEach((it, j) => {
      rows.push([`${j + 1}.${it.name}(${it.weight}分)`]);
      items.push([rows.length, it.weight]);
    });
  });
  return { grid: Grid.fromValues("Sheet1", rows, []), heads, items };
}
