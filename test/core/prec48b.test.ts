import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { damaged, flags as printFlags, proseSources } from "./prec48-damage";

/**
 * prec48b (session 48): a rubric pasted as an outline (paragraph-list.ts) under a copy's marks — a sentence said twice word
 * for word (a web copy's repeat) and a page header at a line's start ('第 3 页 2.…'): the line read once, its code seen.
 * A slip in the same outline is still flagged under the same damage.
 */
const flags = (lines: string[]) =>
  review(Grid.fromValues("Sheet1", lines.map((l) => [l])), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

const outline = (second = "2.制定年度工作方案并按时上报上级部门备案。(5分)", first = "1.成立工作领导小组并明确分管领导和具体责任人。(5分)") => [
  "某县2023年度普法工作考核细则",
  "一、组织领导(10分)",
  first,
  second,
  "二、工作落实(20分)",
  "1.按时报送工作台账和半年总结材料。(10分)",
  "2.开展法治宣传进机关进乡村活动。(10分)",
];

describe("prec48b: the outline reader under a copy's marks", () => {
  const base = flags(outline());
  it("the clean outline flags nothing", () => expect(base).toEqual([]));
  it.each([
    ["a sentence repeated", outline(undefined, "1.成立工作领导小组并明确分管领导和具体责任人。1.成立工作领导小组并明确分管领导和具体责任人。(5分)")],
    ["a sentence repeated (spaces in it)", outline(undefined, "1.成立工作领导小组并明确分管领导和具体责任人。1.成立工作领导小组并明确 分管领导和具体责任人。(5分)")],
    ["a page header at the line's start", outline("第 3 页 2.制定年度工作方案并按时上报上级部门备案。(5分)")],
    ["a page header with its count", outline("第3页 共12页 2.制定年度工作方案并按时上报上级部门备案。(5分)")],
    ["繁體 page header", outline("第 3 页 2.制定年度工作方案並按時上報上級部門備案。(5分)")],
  ])("%s: nothing new", (_n, lines) => expect(flags(lines)).toEqual(base));
  it("must still flag: a slip (7 for 5) under the same outline, clean and with a page header", () => {
    const slip = flags(outline("2.制定年度工作方案并按时上报上级部门备案。(7分)"));
    expect(slip.some((f) => f.startsWith("weight-sum-mismatch@"))).toBe(true);
    expect(flags(outline("第 3 页 2.制定年度工作方案并按时上报上级部门备案。(7分)"))).toEqual(slip);
  });
  it("must not merge: two different sentences, the same opening (no repeat)", () => {
    expect(flags(outline(undefined, "1.成立工作领导小组并明确分管领导。1.成立工作领导小组并明确具体责任人。(5分)"))).toEqual(base);
  });
});

/**
 * An item's label holding its clauses, each closed by its (N分), summed (labels.ts itemWeightInLabel): a sentence said twice
 * read once. On the real sheets whose excerpt is this shape (遂宁 普法 考核 A | B clauses, 台州 农产品, 农村社区 基础工作),
 * every clause cell printed with its first sentence repeated, and the cell repeated whole.
 */
describe("prec48b: clauses in one label cell, a sentence said twice", () => {
  const ids = [
    "sc-suining-law-popularization-seven-into-assessment-excerpt",
    "zj-taizhou-national-agri-product-quality-safety-city-task-breakdown-2021-excerpt",
    "cn-rural-community-basic-work-assessment-scoring-excerpt",
  ];
  const srcs = proseSources().filter((s) => ids.includes(s.id));
  it("the sources are there", () => expect(srcs.length).toBe(ids.length));
  it.each(ids)("%s: the repeated print flags nothing new", (id) => {
    const s = srcs.find((x) => x.id === id)!;
    expect(printFlags(damaged(s.grid, "repeated"), s.merges)).toEqual(printFlags(s.grid, s.merges));
  });
  it("遂宁: a clause's points slipped (6 → 8) in the repeated cell still flag the group", () => {
    const s = srcs.find((x) => x.id === ids[0])!;
    const slip = s.grid.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("6.") ? v.replace("(6分)", "(8分)") : v)));
    const want = printFlags(slip, s.merges);
    expect(want.some((f) => f.startsWith("weight-sum-mismatch@"))).toBe(true);
    const rep = slip.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("6.") ? v + v : v)));
    expect(printFlags(rep, s.merges)).toEqual(want);
  });
});
