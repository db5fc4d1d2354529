import { Grid } from "../../src/core/grid/grid";
import type { CellValue } from "../../src/core/grid/grid";
import { flagged, INDICATORS, NANYUE_HEADS, NANYUE_MERGES, nanyueRows, SICHUAN_MERGES, sichuanRows, type Row } from "./tgt52-shapes";

/**
 * tgt52b: a target form's fund head read without its merges — the merges undone (the text on the first cell, the rest
 * blank), filled down or filled across (取消合并并填充, an export) — and a label | amount pair parted by an empty spacer
 * column. Each case: the cells total-mismatch flags (an empty list: none); the numbers are sums a reviewer adds by hand.
 */


type Way = "merged" | "unmerged" | "filled down" | "filled across";
const col = (a: string) => a.charCodeAt(0) - 64;
/** The rows with their merges kept, undone (all of them), or each merge's text written into every cell (down only, or both ways). */
function laid(rows: Row[], merges: string[], way: Way): Grid {
  const all = [...rows, ...INDICATORS].map((r) => [...r]);
  if (way === "merged") return Grid.fromValues("Sheet1", all, merges);
  if (way === "filled down" || way === "filled across")
    for (const m of merges) {
      const [a, b] = m.split(":");
      const [c1, r1, c2, r2] = [col(a[0]), Number(a.slice(1)), col(b[0]), Number(b.slice(1))];
      if (way === "filled down" && r1 === r2) continue;
      for (let r = r1; r <= r2; r++)
        for (let c = c1; c <= (way === "filled down" ? c1 : c2); c++) {
          while (all[r - 1].length < c) all[r - 1].push(null);
          all[r - 1][c - 1] = all[r1 - 1][c1 - 1];
        }
    }
  const kept = way === "filled down" ? merges.filter((m) => { const [a, b] = m.split(":"); return a.slice(1) === b.slice(1); }) : [];
  return Grid.fromValues("Sheet1", all, kept);
}
const WAYS: Way[] = ["merged", "unmerged", "filled down", "filled across"];

describe("parts in columns under a head of two lines, its merges undone or filled (湖南 专项资金预算绩效目标申报表)", () => {
  const nanyue = (vals: CellValue[], way: Way, heads = NANYUE_HEADS) => laid(nanyueRows(vals, heads), NANYUE_MERGES, way);
  test.each(WAYS)("%s: 7 = 0 + 7 + 0 + 0 + 0 holds; 6 is flagged at B5; blank parts 25 against 本级 23 alone", (way) => {
    expect(flagged(nanyue([7, 0, 7, 0, 0, 0], way))).toEqual([]);
    expect(flagged(nanyue([6, 0, 7, 0, 0, 0], way))).toEqual(["B5"]);
    expect(flagged(nanyue([25, null, null, null, 23, null], way))).toEqual(["B5"]);
    expect(flagged(nanyue([25, null, null, null, 20, 5], way))).toEqual([]);
  });
  test.each(WAYS)("%s, 繁體 heads: 6 against 0 + 7 + 0 + 0 + 0 flagged at B5", (way) => {
    expect(flagged(nanyue([6, 0, 7, 0, 0, 0], way, ["本年度預計投入(萬元)", "財政資金(萬元)", "中央", "省級", "市級資金", "本級", "其他"]))).toEqual(["B5"]);
  });
});

describe("a whole over groups with their own 合计, merges undone or filled (四川 部门整体, 广东 其中 groups)", () => {
  const sichuan = (total: number, way: Way) => laid(sichuanRows(total), SICHUAN_MERGES, way);
  test.each(WAYS)("%s: 1695.55 = 1478.75 + 216.80 holds, 1576.86 is flagged at B5", (way) => {
    expect(flagged(sichuan(1695.55, way))).toEqual([]);
    expect(flagged(sichuan(1576.86, way))).toEqual(["B5"]);
  });

  const lechang = (total: number, way: Way, words = ["单位", "全年中央补助资金", "其中:免学费补助", "其中:国家助学金", "小计", "提前下达", "本次下达"]) =>
    laid(
      [
        ["中等职业学校国家助学金和免学费补助资金绩效目标表"],
        ["单位:元"],
        [words[0], words[1], words[2], null, null, words[3]],
        [null, null, words[4], words[5], words[6], words[4], words[5], words[6]],
        ["某中等职业技术学校", total, 7074550, 6728925, 345625, 473600, 414400, 59200],
      ],
      ["A3:A4", "B3:B4", "C3:E3", "F3:H3"],
      way,
    );
  test.each(WAYS)("%s: 7,548,150 = 7,074,550 + 473,600 holds, 7,019,780 is flagged at B5 (a filled 其中 copy is no whole of its own)", (way) => {
    expect(flagged(lechang(7548150, way))).toEqual([]);
    expect(flagged(lechang(7019780, way))).toEqual(["B5"]);
  });
  test.each(WAYS)("%s, 繁體 words: 7,019,780 flagged at B5", (way) => {
    expect(flagged(lechang(7019780, way, ["單位", "全年中央補助資金", "其中:免學費補助", "其中:國家助學金", "小計", "提前下達", "本次下達"]))).toEqual(["B5"]);
  });

  test("one-line heads over a line of notes under the parts: read as the head's second line, the single columns keep their own heads", () => {
    const g = Grid.fromValues("Sheet1", [
      ["绩效目标申报表"],
      ["专项资金情况", "本年度预计投入(万元)", "中央", "省级", "其他"],
      [null, null, "按文件", "按文件", "按文件"],
      [null, 30, 10, 10, 5],
      ...INDICATORS,
    ]);
    // the line under the heads is read as the head's second line (blank under the whole, text under the parts); the
    // single columns keep their own heads, so 30 against 10 + 10 + 5 = 25 is flagged at B4 — the sum a reviewer reads
    expect(flagged(g)).toEqual(["B4"]);
  });
  test("counter-example: columns of two years (资金总额 | 上年数 | 本年数), unmerged over a second head line, are no parts", () => {
    const g = Grid.fromValues("Sheet1", [["绩效目标申报表"], ["资金情况", "资金总额", "上年数", "本年数"], [null, null, "万元", "万元"], [null, 100, 80, 100], ...INDICATORS]);
    expect(flagged(g)).toEqual([]);
  });
});

describe("label | amount pairs along a line, an empty spacer column between a label and its amount (甘肃 目标表)", () => {
  const g = (whole: CellValue, other: CellValue, spacer: boolean, filledSpacer = false) => {
    const rows: Row[] = [
      ["省级部门预算项目支出绩效目标表(2023年度)"],
      ["一级项目名称", "文化事业发展专项资金", null, null, "二级项目名称", "免费开放补助资金"],
      ["项目开始日期", "2023-01-01", null, null, "项目完成日期", "2023-06-30"],
      ["项目总投资", whole, "中央补助安排", "0", "省级财政安排", "0", "其他资金", other],
      ["预算申报数", whole, null, null, "资金性质", "一般公共预算"],
    ];
    const all = [...rows, ...INDICATORS].map((r) => (spacer ? [r[0] ?? null, null, ...r.slice(1)] : [...r]));
    if (filledSpacer) all[1][1] = "备注";
    return Grid.fromValues("Sheet1", all);
  };
  test("no spacer: 20万元 against 0 + 0 + 18万元 flagged at B4", () => expect(flagged(g("20万元", "18万元", false))).toEqual(["B4"]));
  test("an empty column after A: the same sum, flagged at C4 (moved)", () => {
    expect(flagged(g("20万元", "18万元", true))).toEqual(["C4"]);
    expect(flagged(g("20万元", "20万元", true))).toEqual([]);
  });
  test("counter-example: the blank cell's column holds text elsewhere (no spacer column): the label is not paired across it", () => {
    expect(flagged(g("20万元", "18万元", true, true))).toEqual([]);
  });
});

describe("a total broken down side by side under 按…分 headings, its merges undone or filled (湖南 部门整体支出绩效目标申报表)", () => {
  const lixian = (total: number, basic: number, way: Way, headings = ["按收入性质分:", "按支出性质分:"]) =>
    laid(
      [
        ["部门整体支出项目绩效目标申报表"],
        ["年度预算申请(万元)", "资金总额", total],
        [null, headings[0], null, null, headings[1]],
        [null, "公共财政拨款", 222.45, null, "基本支出", basic],
        [null, "政府性基金拨款", null, null, "项目支出", 2],
        [null, "纳入专户管理的非税收入拨款"],
        [null, "其他资金"],
      ],
      ["A2:A7", "C2:G2", "B3:D3", "E3:G3", "C4:D4", "F4:G4", "C5:D5", "F5:G5"],
      way,
    );
  test.each(WAYS)("%s: 222.45 = 222.45 and = 220.45 + 2 hold; 206.88 is flagged at C2; the expenditure side alone (218 + 2) too", (way) => {
    expect(flagged(lixian(222.45, 220.45, way))).toEqual([]);
    expect(flagged(lixian(206.88, 220.45, way))).toEqual(["C2"]);
    expect(flagged(lixian(222.45, 218, way))).toEqual(["C2"]);
  });
  test.each(WAYS)("%s, other headings (按资金来源分 / 按功能分类分): 222.45 against 218 + 2 flagged at C2", (way) => {
    expect(flagged(lixian(222.45, 218, way, ["按资金来源分:", "按功能分类分:"]))).toEqual(["C2"]);
  });
});
