import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { evaluateRelation } from "../../src/core/relations/evaluate";
import { FIXTURES, jsonGrid } from "../helpers";
import { variants } from "./grad48b-variants";

/**
 * grad48b (session 48): results lists in the two shapes session 47's held-out sheets showed —
 * - a ranking whose excerpt stops right after a place ('28 | | ' under 排序 | 城市 | 總分): ranked-lists.ts drops that line;
 * - parts that state their shares on a two-row head (实地考察 | 问卷调查 over 原始得分 | 加权得分(85%) | 原始得分 | 加权得分(15%),
 *   then 总分): subset-totals.ts reads the list, its later tables, each total = the weighted parts (rounded), each weighted
 *   part = its raw score × its share.
 */
const sheet = (rows: string[][]) => Grid.fromValues("S", rows, []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const errors = (rows: string[][]) => review(sheet(rows)).findings.filter((f) => f.severity !== "info");

describe("a ranking cut right after a place", () => {
  const CITIES = ["廣州市", "深圳市", "上海市", "北京市", "南京市", "杭州市", "濟南市"];
  const SCORES = ["95.62", "93.8", "93.31", "93.07", "91.14", "88.91", "85.04"];
  const lines = CITIES.map((c, k) => [String(k + 1), c, SCORES[k]]);

  test("the 34-city 繁體 ranking: evaluation-summary, header 10, 27 ranks (rows 11–37) all hold, nothing flagged", () => {
    const r = review(real("cn-business-environment-private-entrepreneurs-34-city-ranking-2019-trad-excerpt"));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 10]);
    const ranks = r.model.relations.filter((x) => x.kind === "rank");
    expect(ranks).toHaveLength(27);
    expect(ranks.every((x) => evaluateRelation(x).ok)).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test.each([
    ["排序 | 城市 | 總分 under a prose lead", [["2019營商環境城市排行"], ["報告對全國城市進行評估,完整名單:"]], ["排序", "城市", "總分"]],
    ["名次 | 地区 | 总分 under a 排名 title", [["各地区考核排名"]], ["名次", "地区", "总分"]],
    ["排名 | 城市名称 | 得分, no title", [], ["排名", "城市名称", "得分"]],
    ["位次 | 地市 | 综合得分 under a 测评 title", [["测评结果"]], ["位次", "地市", "综合得分"]],
  ])("%s, '8 | | ' last: read, the 7 ranks, nothing flagged", (_, lead, head) => {
    const rows = [...(lead as string[][]).map((l) => [l[0], "", ""]), head as string[], ...lines, ["8", "", ""]];
    const r = review(sheet(rows));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", (lead as string[][]).length + 1]);
    expect(r.model.relations.filter((x) => x.kind === "rank")).toHaveLength(7);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a slip: places 3 and 4 exchanged on the cut ranking (A4, A5) — rank-mismatch on both lines", () => {
    const rows = [["城市排行"], ["排序", "城市", "總分"], ...lines.map((l, k) => [k === 2 ? "4" : k === 3 ? "3" : l[0], l[1], l[2]]), ["8", "", ""]];
    const cells = errors(rows).map((f) => [f.rule, f.cell]);
    expect(cells).toEqual(expect.arrayContaining([["rank-mismatch", "A5"]]));
    expect(cells.every(([rule, cell]) => rule === "rank-mismatch" && /^A[56]$/.test(cell!))).toBe(true);
  });

  test("near: a staff list (名次 | 姓名 | 成绩) and a numbered list (序号 | 城市 | 总分, no tie) cut after a number — no results list", () => {
    const people = ["王建国", "李小红", "张伟", "刘芳", "陈敏", "杨静"];
    expect(review(sheet([["技能竞赛成绩"], ["名次", "姓名", "成绩"], ...people.map((p, k) => [String(k + 1), p, String(98 - k)]), ["7", "", ""]])).findings.filter((f) => f.severity !== "info")).toEqual([]);
    expect(review(sheet([["城市名单"], ["序号", "城市", "总分"], ...lines, ["8", "", ""]])).model.relations.filter((x) => x.kind === "rank")).toEqual([]);
  });

  test("a place alone followed by a note, or two blank places (a template's): dropped, the 7 ranks read, nothing flagged", () => {
    for (const tail of [[["8", "", ""], ["注:以上为前七名。", "", ""]], [["8", "", ""], ["9", "", ""]]]) {
      const r = review(sheet([["城市排行"], ["排序", "城市", "总分"], ...lines, ...tail]));
      expect(r.model.relations.filter((x) => x.kind === "rank")).toHaveLength(7);
      expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    }
  });
});

describe("parts that state their shares on a two-row head (济宁 文明程度指数)", () => {
  const ID = "sd-jining-civility-index-street-township-scores-2017-08-excerpt";
  const grid = () => JSON.parse(readFileSync(join(FIXTURES, "real", `${ID}.json`), "utf8")).grid as string[][];
  const edit = (row: number, col: number, v: string) => {
    const g = grid().map((r) => r.slice());
    g[row - 1][col] = v;
    return g;
  };

  test("济宁 2017-08: header 4, F = C + E on rows 6–18 and 22–27 (19 lines, rounded parts), C = B × 85%, E = D × 15%, nothing flagged", () => {
    const r = review(real(ID));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 4]);
    const sums = r.model.relations.filter((x) => x.kind === "sum" && x.block === "result-list");
    const rows = [...Array(13).keys()].map((k) => k + 6).concat([...Array(6).keys()].map((k) => k + 22));
    expect(sums.map((x) => x.kind === "sum" && [x.total.cell, x.parts.map((p) => p.cell).join("+")])).toEqual(rows.map((n) => [`F${n}`, `C${n}+E${n}`]));
    // (济阳 83.27 + 14.50 = 97.77 against 97.76: the two parts' rounding, 0.01 at most)
    expect(sums.every((x) => evaluateRelation(x).ok)).toBe(true);
    const weighted = r.model.relations.filter((x) => x.kind === "weighted" && x.block === "result-list");
    expect(weighted).toHaveLength(38);
    const c6 = weighted.find((x) => x.kind === "weighted" && x.total.cell === "C6")!;
    expect(c6.kind === "weighted" && [c6.parts[0].cell, c6.shares[0].value, c6.shares[0].cell]).toEqual(["B6", 0.85, "C5"]);
    expect(weighted.every((x) => evaluateRelation(x).ok)).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test.each([
    ["a weighted part: C6 83.27 → 84.27 (97.96 × 85% = 83.266)", 6, 2, "84.27", "C6"],
    ["a total: F8 96.65 → 97.65 (82.96 + 13.69 = 96.65)", 8, 5, "97.65", "F8"],
    ["a weighted part in table 2: E24 14.34 → 15.34 (95.63 × 15% = 14.3445)", 24, 4, "15.34", "E24"],
    ["a raw score: B23 95.78 → 97.78 (its weighted part 81.41 no longer 85% of it)", 23, 1, "97.78", "C23"],
  ])("a slip in %s: total-mismatch at that line, once", (_, row, col, v, cell) => {
    const f = errors(edit(row as number, col as number, v as string));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", cell]]);
  });

  const HEAD2 = (unit: string, raw: string, w: (p: number) => string, shares = [85, 15]) => [
    [unit, "实地考察", "", "问卷调查", "", "总分"],
    ["", raw, w(shares[0]), raw, w(shares[1]), ""],
  ];
  const LINES = [
    ["济阳街道", "97.96", "83.27", "96.65", "14.50", "97.76"],
    ["洸河街道", "96.76", "82.24", "96.72", "14.51", "96.75"],
    ["仙营街道", "97.60", "82.96", "91.26", "13.69", "96.65"],
    ["酒仙桥街道", "95.94", "81.55", "96.41", "14.46", "96.01"],
  ];
  test.each([
    ["街道 | 原始得分 | 加权得分(85%)", HEAD2("街道", "原始得分", (p) => `加权得分(${p}%)`)],
    ["單位 | 原始得分 | 加權得分(85%) in 繁體", HEAD2("單位", "原始得分", (p) => `加權得分(${p}%)`)],
    ["乡镇 | 原始分 | 折合得分×85%", HEAD2("乡镇", "原始分", (p) => `折合得分×${p}%`)],
    ["镇街 | 原始 得分 | 加权 得分(权重85%), a PDF's spaces", HEAD2("镇街", "原始 得分", (p) => `加权 得分(权重${p}%)`)],
    ["one-row heads: 实地考察原始得分 | 实地考察加权得分(85%) …", [["街道", "实地考察原始得分", "实地考察加权得分(85%)", "问卷调查原始得分", "问卷调查加权得分(15%)", "总分"]]],
  ])("variant %s: read at its head, 4 sums and 8 weighted parts, all hold", (_, head) => {
    const r = review(sheet([["城市文明程度指数得分情况"], ...(head as string[][]), ...LINES]));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 2]);
    const mine = r.model.relations.filter((x) => x.block === "result-list" && (x.kind === "sum" || x.kind === "weighted"));
    expect([mine.filter((x) => x.kind === "sum").length, mine.filter((x) => x.kind === "weighted").length]).toEqual([4, 8]);
    expect(mine.every((x) => evaluateRelation(x).ok)).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test.each([
    ["one row: 实地考察加权得分 | 问卷调查加权得分 | 总分", [["街道", "实地考察加权得分", "问卷调查加权得分", "总分"]], (l: string[]) => [l[0], l[2], l[4], l[5]]],
    ["two rows: 实地考察 | 问卷调查 over 原始得分 | 加权得分 (no share printed)", [["街道", "实地考察", "", "问卷调查", "", "总分"], ["", "原始得分", "加权得分", "原始得分", "加权得分", ""]], (l: string[]) => l],
    ["one row: 实地考察折算分 | 问卷调查折算分 | 总分", [["街道", "实地考察折算分", "问卷调查折算分", "总分"]], (l: string[]) => [l[0], l[2], l[4], l[5]]],
  ])("weighted parts named, no share printed — %s: the 4 sums within the parts' rounding (济阳 83.27 + 14.50 = 97.77 against 97.76), nothing flagged; a total +1 flagged", (_, head, cells) => {
    const rows = [["城市文明程度指数得分情况"], ...(head as string[][]), ...LINES.map(cells as (l: string[]) => string[])];
    const r = review(sheet(rows));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 2]);
    const sums = r.model.relations.filter((x) => x.kind === "sum" && x.block === "result-list");
    expect(sums).toHaveLength(4);
    expect(sums.every((x) => evaluateRelation(x).ok)).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const slipped = rows.map((x) => x.slice());
    const last = slipped[slipped.length - 2];
    last[last.length - 1] = "97.65";
    expect(errors(slipped).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", `${String.fromCharCode(64 + last.length)}${slipped.length - 1}`]]);
  });

  test("no title: the weighted head (shares stated, raw scores beside) is evidence enough — read at its head", () => {
    const r = review(sheet([...HEAD2("街道", "原始得分", (p) => `加权得分(${p}%)`), ...LINES]));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 1]);
    expect(r.model.relations.filter((x) => x.kind === "weighted" && x.block === "result-list")).toHaveLength(8);
  });

  test("near: shares that do not add up to 100% (85% | 20%), no weighted relation; a 加权 column no share of its raw score, none either", () => {
    const a = review(sheet([["测评得分情况"], ...HEAD2("街道", "原始得分", (p) => `加权得分(${p}%)`, [85, 20]), ...LINES]));
    expect(a.model.relations.filter((x) => x.kind === "weighted" && x.block === "result-list")).toEqual([]);
    expect(a.findings.filter((f) => f.severity !== "info")).toEqual([]);
    const b = review(sheet([["测评得分情况"], ...HEAD2("街道", "原始得分", (p) => `加权得分(${p}%)`), ...LINES.map((l, k) => [l[0], String(50 + k), l[2], String(60 + k), l[4], l[5]])]));
    expect(b.model.relations.filter((x) => x.kind === "weighted" && x.block === "result-list")).toEqual([]);
    expect(b.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("counter-shapes graduated with them stay as they are: 天门 (top / bottom lines of names) and 宜昌 (names with scores in brackets) — family unknown, nothing flagged", () => {
    for (const id of ["hb-tianmen-urban-environment-management-assessment-top-bottom-2019-04-excerpt", "hb-yichang-county-urban-management-assessment-ranking-2023q2"]) {
      const r = review(real(id));
      expect([id, r.model.family, r.findings.filter((f) => f.severity !== "info").length]).toEqual([id, "unknown", 0]);
    }
  });
});

describe("variants generated from the corpus's result-list truths (grad48b-variants.ts)", () => {
  const { cls, near } = variants();
  const sources = new Set(cls.map((v) => v.source)).size;
  const read = cls.filter((v) => !v.slipRow).map((v) => {
    const r = review(sheet(v.rows));
    return { v, ok: r.model.family === "evaluation-summary" && r.model.headerRow === v.header, flagged: r.findings.some((f) => f.severity !== "info") };
  });
  const rowOf = (cell: string | undefined) => Number(/\d+$/.exec(cell ?? "")?.[0]);
  const slips = cls.filter((v) => v.slipRow).map((v) => ({ v, found: review(sheet(v.rows)).findings.some((f) => f.severity !== "info" && rowOf(f.cell) === v.slipRow) }));

  test("the class variants read (family and header): all but one in twenty, none flagged", () => {
    expect(sources).toBeGreaterThan(10);
    expect(read.filter((x) => !x.ok).length * 20).toBeLessThanOrEqual(read.length);
    expect(read.filter((x) => x.flagged).map((x) => `${x.v.source} ${x.v.shape}`)).toEqual([]);
  });

  test("the injected slips found on their lines: all but one in twenty", () => {
    expect(slips.length).toBeGreaterThan(sources);
    expect(slips.filter((x) => !x.found).length * 20).toBeLessThanOrEqual(slips.length);
  });

  test("the near shapes: nothing flagged, no weighted part read", () => {
    expect(near.length).toBeGreaterThan(sources);
    for (const v of near) {
      const r = review(sheet(v.rows));
      expect([v.source, v.shape, r.findings.filter((f) => f.severity !== "info").length]).toEqual([v.source, v.shape, 0]);
      expect([v.shape, r.model.relations.some((x) => x.kind === "weighted" && x.block === "result-list")]).toEqual([v.shape, false]);
    }
  });
});
