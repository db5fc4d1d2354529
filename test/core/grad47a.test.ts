import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { evaluateRelation } from "../../src/core/relations/evaluate";
import { placeSequenceSlips } from "../../src/core/recognise/place-rankings";
import { swappedPair } from "../../src/core/recognise/ranks";
import { FIXTURES, jsonGrid } from "../helpers";
import { variants } from "./grad47a-variants";

/**
 * grad47a (session 47): result lists of assessed units in the shapes session 46's held-out sheets showed — a ranking by place
 * only (place-rankings.ts), a total that is the sum of a subset of the score columns (subset-totals.ts), one list printed
 * two units a line (wrapped-lists.ts), a pair of places exchanged on a short ranking (ranks.ts swappedPair).
 */
const sheet = (rows: string[][]) => Grid.fromValues("S", rows, []);
const real = (id: string) => jsonGrid(join(FIXTURES, "real", `${id}.json`));
const errors = (rows: string[][]) => review(sheet(rows)).findings.filter((f) => f.severity !== "info");

describe("a ranking by place only", () => {
  const PROSE = [["六、安全生产工作考评情况", ""], ["(一)各县(市)区考评情况", ""], ["根据排序管理办法,对各县(市)区安全生产工作进行了排名,具体如下:", ""]];
  const NAMES = ["汝阳县", "瀍河区", "涧西区", "吉利区", "新安县", "栾川县", "西工区"];
  const list = (head: string[], places: number[], unitFirst = false, names = NAMES) => [...PROSE, head, ...places.map((p, k) => (unitFirst ? [names[k], String(p)] : [String(p), names[k]]))];

  test("洛阳 2012q3: evaluation-summary, header 5, competition places 4 4 6 and 12 12 14 hold, nothing flagged", () => {
    const r = review(real("ha-luoyang-county-work-safety-ranking-2012q3"));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 5]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test.each([
    ["名次 | 县(市)区, competition 1 2 3 4 4 6 7", ["名次", "县(市)区"], [1, 2, 3, 4, 4, 6, 7], false],
    ["排名 | 单位, dense 1 2 2 3 4 5 6", ["排名", "单位"], [1, 2, 2, 3, 4, 5, 6], false],
    ["县(市、区) | 综合排名, the unit first", ["县(市、区)", "综合排名"], [1, 2, 3, 4, 5, 6, 7], true],
    ["繁體 名次 | 縣(市)區", ["名次", "縣(市)區"], [1, 2, 3, 4, 4, 6, 7], false],
    ["heads with a PDF's spaces: 名 次 | 县 区", ["名 次", "县 区"], [1, 2, 3, 4, 5, 6, 7], false],
  ])("%s: read, header 4, no finding", (_, head, places, unitFirst) => {
    const r = review(sheet(list(head as string[], places as number[], unitFirst as boolean)));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 4]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a place skipped with no tie before it (1 2 3 5 …): rank-mismatch placeSequence at A8, once", () => {
    const f = errors(list(["名次", "县(市)区"], [1, 2, 3, 5, 6, 7, 8]));
    expect(f.map((x) => [x.rule, x.cell, x.messageId, x.data?.place, x.data?.prev])).toEqual([["rank-mismatch", "A8", "placeSequence", 5, 3]]);
  });

  test("a place out of order (1 2 4 3 5 6 7): both lines of the pair told (A7: 4 after 2; A8: 3 after 4)", () => {
    expect(errors(list(["名次", "县(市)区"], [1, 2, 4, 3, 5, 6, 7])).map((x) => x.cell)).toEqual(["A7", "A8"]);
  });

  test("placeSequenceSlips: wrong under both competition and dense ranking only", () => {
    expect(placeSequenceSlips([1, 2, 2, 4, 5])).toEqual([]);
    expect(placeSequenceSlips([1, 2, 2, 3, 4])).toEqual([]);
    expect(placeSequenceSlips([1, 2, 2, 5, 6])).toEqual([3]);
    expect(placeSequenceSlips([1, 2, 3, 3, 3, 6])).toEqual([]);
    expect(placeSequenceSlips([2, 3, 4])).toEqual([0]);
  });

  test("near: a numbered list (序号 | 单位), a staff list (姓名 | 名次), prose naming no ranking — not read", () => {
    expect(review(sheet(list(["序号", "单位"], [1, 2, 3, 4, 5, 6, 7]))).model.family).not.toBe("evaluation-summary");
    const people = ["王建国", "李小红", "张伟", "刘芳", "陈敏", "杨静", "赵丽"];
    expect(review(sheet([["2023年度技能竞赛"], ["姓名", "名次"], ...people.map((p, k) => [p, String(k + 1)])])).model.family).not.toBe("evaluation-summary");
    expect(review(sheet([["各县区名单"], ["名次", "县(市)区"], ...NAMES.map((n, k) => [String(k + 1), n])])).model.family).not.toBe("evaluation-summary");
  });

  test("near: a place beside a score is the scored readers' (名次 | 单位 | 得分): ranked against the scores", () => {
    const r = review(sheet([["考核排名"], ["名次", "单位", "得分"], ...NAMES.map((n, k) => [String(k + 1), n, String(95 - k)])]));
    expect(r.model.relations.filter((x) => x.kind === "rank")).toHaveLength(7);
  });
});

describe("a total that is the sum of a subset of the score columns", () => {
  const ID = "js-lianyungang-12345-platform-county-data-quality-scores-2020-09-excerpt";
  test("连云港 2020-09: header 15, I16:I19 against C+D+G+H (parts rounded), only I18 flagged: 29.48 against 29.43", () => {
    const r = review(real(ID));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 15]);
    const sums = r.model.relations.filter((x) => x.kind === "sum");
    expect(sums.map((x) => [x.kind === "sum" && x.total.cell, x.kind === "sum" && x.parts.map((p) => p.cell).join("+"), evaluateRelation(x).ok])).toEqual([
      ["I16", "C16+D16+G16+H16", true],
      ["I17", "C17+D17+G17+H17", true],
      ["I18", "C18+D18+G18+H18", false],
      ["I19", "C19+D19+G19+H19", true],
      // (prose51: the note's '受理83218件,其中当月受理78589件,上月结转4629件', sentence-breakdowns.ts)
      ["A12", "A12+A12", true],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "I18"]]);
  });

  const HEAD = ["县区", "工单总数", "数据完整得分", "内容完整得分", "扣分项", "工单抽检得分", "数据及时得分", "接口稳定性得分", "数据质量总分"];
  const LINES = [
    ["东海县", "12140", "9.48", "9.99", "10.00", "10.00", "4.98", "5.00", "29.45"],
    ["灌云县", "6591", "9.69", "9.99", "10.00", "10.00", "4.99", "5.00", "29.68"],
    ["灌南县", "6168", "9.50", "9.93", "10.00", "10.00", "5.00", "5.00", "29.43"],
    ["赣榆区", "8854", "9.42", "9.96", "10.00", "10.00", "4.99", "5.00", "29.39"],
  ];
  const perm = (xs: string[], order: number[]) => order.map((k) => xs[k]);
  test.each([
    ["no page head, a title naming the scores", [["各县区数据质量得分情况"], HEAD, ...LINES]],
    ["heads with a PDF's spaces", [["数据质量考评情况"], HEAD.map((h) => (h.length > 4 ? h.slice(0, 3) + " " + h.slice(3) : h)), ...LINES]],
    ["繁體 heads", [["各縣區數據質量得分情況"], ["縣區", "工單總數", "數據完整得分", "內容完整得分", "扣分項", "工單抽檢得分", "數據及時得分", "介面穩定性得分", "數據質量總分"], ...LINES]],
    ["other column order (the constants first)", [["数据质量考评得分"], perm(HEAD, [0, 4, 5, 1, 2, 3, 6, 7, 8]), ...LINES.map((l) => perm(l, [0, 4, 5, 1, 2, 3, 6, 7, 8]))]],
    ["合计 as the total's head", [["数据质量考评得分"], [...HEAD.slice(0, 8), "合计"], ...LINES]],
  ])("%s: read, every line holds, nothing flagged", (_, rows) => {
    const r = review(sheet(rows as string[][]));
    expect(r.model.family).toBe("evaluation-summary");
    const sums = r.model.relations.filter((x) => x.kind === "sum");
    expect(sums).toHaveLength(4);
    expect(sums.every((x) => evaluateRelation(x).ok)).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a slip in a part (灌云 内容完整 9.99 → 9.94): total-mismatch at I4 alone", () => {
    const lines = LINES.map((l) => [...l]);
    lines[1][3] = "9.94";
    expect(errors([["数据质量考评得分"], HEAD, ...lines]).map((f) => [f.rule, f.cell])).toEqual([["total-mismatch", "I4"]]);
  });

  test("near: a 扣分 column that varies (total = parts − 扣分): no subset sum read, nothing flagged", () => {
    const rows = [["考核得分情况"], ["单位", "甲项得分", "乙项得分", "扣分", "总分"], ["甲镇", "50.20", "40.10", "0.50", "89.80"], ["乙镇", "48.00", "41.30", "1.00", "88.30"], ["丙镇", "45.50", "39.90", "0.00", "85.40"], ["丁镇", "47.10", "40.00", "2.00", "85.10"]];
    const r = review(sheet(rows));
    expect(r.model.relations.filter((x) => x.kind === "sum")).toEqual([]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("near: a statistics table (单位 | 案件数 | 占比 | 得分 | 总分) and a budget table are no parts list", () => {
    const stats = [["考评情况"], ["单位", "案件数", "占比", "甲得分", "乙得分", "总分"], ["甲区", "120", "30%", "9.5", "9.0", "18.5"], ["乙区", "100", "25%", "9.0", "8.0", "17.0"], ["丙区", "180", "45%", "8.5", "8.5", "17.0"]];
    expect(review(sheet(stats)).model.relations.filter((x) => x.kind === "sum")).toEqual([]);
    const budget = [["项目资金分配表"], ["单位", "中央资金", "省级资金", "合计"], ["甲区", "120", "30", "150"], ["乙区", "100", "25", "125"], ["丙区", "180", "45", "225"]];
    expect(review(sheet(budget)).model.family).not.toBe("evaluation-summary");
  });
});

describe("one list printed two units a line", () => {
  const ID = "js-lianyungang-12345-platform-unit-scores-ranks-2022-08-trad-excerpt";
  test("連云港 2022-08 繁體: evaluation-summary, header 6; D7 D8 H7 H8 one ranking, D12 D13 D14 H12 H13 another, all hold", () => {
    const r = review(real(ID));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 6]);
    const ranks = r.model.relations.filter((x) => x.kind === "rank");
    expect(ranks.map((x) => x.kind === "rank" && `${x.rank.cell}=${x.rank.value}`)).toEqual(["D7=1", "D8=2", "H7=3", "H8=4", "D12=1", "D13=2", "D14=3", "H12=4", "H13=5"]);
    expect(ranks.every((x) => evaluateRelation(x).ok)).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("two places exchanged in the second table (D12 3, D14 1): rank-mismatch at D12 and D14", () => {
    const g = real(ID);
    const rows: string[][] = [];
    for (let r = 1; r <= g.rowCount; r++) rows.push(Array.from({ length: 8 }, (_, c) => String(g.raw(r, c + 1) ?? "")));
    rows[11][3] = "3";
    rows[13][3] = "1";
    expect(errors(rows).map((f) => [f.rule, f.cell])).toEqual([["rank-mismatch", "D12"], ["rank-mismatch", "D14"]]);
  });

  const NAMES = ["甲镇", "乙镇", "丙镇", "丁镇", "戊镇"];
  const SCORES = ["98.50", "96.06", "95.88", "93.92", "91.48"];
  test.each([
    ["单位 | 得分 | 排名 twice", ["单位", "得分", "排名"]],
    ["序号 | 乡镇 | 考核得分 | 名次 twice", ["序号", "乡镇", "考核得分", "名次"]],
    ["繁體 單位 | 總工單數 | 得分 | 排名 twice", ["單位", "總工單數", "得分", "排名"]],
  ])("%s: one ranking of five over both blocks, nothing flagged", (_, block) => {
    const cells = (k: number) => block.map((h) => (/单位|單位|乡镇/.test(h) ? NAMES[k] : /得分/.test(h) ? SCORES[k] : /排名|名次/.test(h) ? String(k + 1) : /序号/.test(h) ? String(k + 1) : String(1000 + k)));
    const rows = [["各镇考评得分及排名表"], [...block, ...block], [...cells(0), ...cells(3)], [...cells(1), ...cells(4)], [...cells(2), ...block.map(() => "")]];
    const r = review(sheet(rows));
    expect([r.model.family, r.model.headerRow]).toEqual(["evaluation-summary", 2]);
    expect(r.model.relations.filter((x) => x.kind === "rank")).toHaveLength(5);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("near: lists side by side each ranked from 1 (2009 | 2010) stay lists side by side, each ranked on its own", () => {
    const rows = [["近两年考核排名"], ["2009年", "", "", "2010年", "", ""], ["单位", "得分", "排名", "单位", "得分", "排名"], ["甲镇", "95", "1", "乙镇", "96", "1"], ["乙镇", "90", "2", "甲镇", "91", "2"], ["丙镇", "85", "3", "丙镇", "86", "3"]];
    const r = review(sheet(rows));
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("swappedPair: exactly two lines out of place, each the other's", () => {
    const totals = [98.5, 96.06, 95.88, 93.92, 91.48];
    const sorted = [...totals];
    expect(swappedPair([3, 2, 1, 4, 5], totals, sorted, false)).toBe(true);
    expect(swappedPair([2, 3, 1, 4, 5], totals, sorted, false)).toBe(false);
    expect(swappedPair([1, 2, 3, 4, 5], totals, sorted, false)).toBe(false);
    expect(swappedPair([5, 4, 3, 2, 1], totals, sorted, false)).toBe(false);
  });
});

describe("variants generated from the corpus's result-list truths (grad47a-variants.ts)", () => {
  const { cls, near } = variants();
  const sources = new Set(cls.map((v) => v.source)).size;
  const read = cls.filter((v) => !v.slip).map((v) => {
    const r = review(sheet(v.rows));
    return { v, ok: r.model.family === "evaluation-summary" && r.model.headerRow === v.header, flagged: r.findings.some((f) => f.severity !== "info") };
  });
  const slips = cls.filter((v) => v.slip).map((v) => ({ v, found: review(sheet(v.rows)).findings.some((f) => f.cell === v.slip) }));

  test("the class variants read (family and header): all but one in twenty, none flagged", () => {
    expect(sources).toBeGreaterThan(10);
    expect(read.filter((x) => !x.ok).length * 20).toBeLessThanOrEqual(read.length);
    expect(read.filter((x) => x.flagged).map((x) => `${x.v.source} ${x.v.shape}`)).toEqual([]);
  });

  test("the injected slips found at their cells: all but one in twenty", () => {
    expect(slips.length).toBeGreaterThan(sources);
    expect(slips.filter((x) => !x.found).length * 20).toBeLessThanOrEqual(slips.length);
  });

  test("the near shapes: no finding; none but the varying-扣分 list read as a result list", () => {
    for (const v of near) {
      const r = review(sheet(v.rows));
      expect([v.shape, r.findings.filter((f) => f.severity !== "info").length]).toEqual([v.shape, 0]);
      if (!/扣分/.test(v.shape)) expect([v.shape, r.model.family]).not.toEqual([v.shape, "evaluation-summary"]);
    }
  });
});
