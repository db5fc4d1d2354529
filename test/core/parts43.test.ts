import { Grid } from "../../src/core/grid/grid";
import { resultPartCaps, resultPartsRelations } from "../../src/core/recognise/result-parts";
import { review } from "../../src/core/review";

/**
 * A results list's total against its parts (parts43, session 43): a ranked list by unit whose heads print each part with
 * its most points (2014 地级市网站: 2014年排名 | 单位名称 | 总得分(100分) | 信息公开(30分) | 在线服务(25分) | 互动交流(10分) |
 * 用户满意(20分) | 国际化(15分)). Each line's total is the plain sum of its parts; each part within its most points; the
 * maxima add up to the total's. Near variants (total after the parts, maxima without 分, traditional, parts named …得分 with
 * no maxima) read the same; counter-shapes (a total counted from a base, an average, a bonus column, shares) are none.
 */
const TITLE = ["2014年地级市网站建设总体情况排名表"];
const HEAD = ["2014年排名", "单位名称", "总得分(100分)", "信息公开(30分)", "在线服务(25分)", "互动交流(10分)", "用户满意(20分)", "国际化(15分)"];
const CITIES: string[][] = [
  ["1", "无锡市", "86.2", "25.4", "19.5", "10", "17.3", "14"],
  ["2", "温州市", "80.2", "22.4", "21.5", "9", "15.6", "11.7"],
  ["3", "佛山市", "79.8", "21.1", "23.5", "9", "17.3", "8.9"],
  ["4", "中山市", "78.4", "19.3", "20", "8.5", "17.3", "13.3"],
  ["5", "郴州市", "77.8", "22.3", "18", "8", "17.3", "12.2"],
];
const grid = (rows: string[][]) => Grid.fromValues("S", [TITLE, ...rows], ["A1:H1"]);
const findings = (rows: string[][], rule: string) => review(grid(rows), "national").findings.filter((f) => f.rule === rule);
const sums = (rows: string[][]) => resultPartsRelations(grid(rows)).filter((r) => r.kind === "sum");

describe("a results list's total as the sum of its parts with their maxima (2014 地级市)", () => {
  test("the clean list: five line sums, one maxima rollup, nothing flagged", () => {
    const rels = resultPartsRelations(grid([HEAD, ...CITIES]));
    const s = rels.filter((r) => r.kind === "sum");
    expect(s).toHaveLength(5);
    expect(s[0].kind === "sum" && s[0].total.cell).toBe("C3");
    expect(s[0].kind === "sum" && s[0].parts.map((p) => p.cell)).toEqual(["D3", "E3", "F3", "G3", "H3"]);
    const roll = rels.find((r) => r.kind === "rollup");
    expect(roll && roll.kind === "rollup" && roll.total.value).toBe(100);
    expect(roll && roll.kind === "rollup" && roll.parts.map((p) => p.value)).toEqual([30, 25, 10, 20, 15]);
    const r = review(grid([HEAD, ...CITIES]), "national");
    expect(r.model.family).toBe("evaluation-summary");
    expect(r.findings.filter((f) => f.severity === "error" || f.severity === "warning")).toEqual([]);
  });

  test("a line's total off its parts: 温州 80.2 printed 82.2, flagged at C4 (parts add up to 80.2)", () => {
    const rows = CITIES.map((l) => [...l]);
    rows[1][2] = "82.2";
    rows[1][0] = "2";
    const f = findings([HEAD, ...rows], "total-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["C4"]);
    expect(f[0].data?.sum).toBe(80.2);
  });

  test("a part above its most points: 互动交流 12 over (10分), flagged at F3 (total 88.2 = 25.4 + 19.5 + 12 + 17.3 + 14)", () => {
    const rows = CITIES.map((l) => [...l]);
    rows[0][5] = "12";
    rows[0][2] = "88.2";
    expect(resultPartCaps(grid([HEAD, ...rows]))).toEqual([{ cell: "F3", headCell: "F2", unit: "无锡市", part: "互动交流", score: 12, max: 10 }]);
    const f = findings([HEAD, ...rows], "score-exceeds-weight");
    expect(f.map((x) => x.cell)).toEqual(["F3"]);
    expect(f[0].messageId).toBe("listPart");
  });

  test("maxima not adding up to the total's: 30 + 25 + 10 + 20 + 25 = 110 against 总得分(100分), flagged", () => {
    const head = [...HEAD];
    head[7] = "国际化(25分)";
    const f = findings([head, ...CITIES], "weight-sum-mismatch");
    expect(f.map((x) => x.cell)).toEqual(["C2"]);
    expect(f[0].data?.sum).toBe(110);
  });

  test.each<[string, string[], (l: string[]) => string[]]>([
    ["the total after its parts: 排名 | 单位 | parts | 总得分(100分)", ["排名", "单位", "信息公开(30分)", "在线服务(25分)", "互动交流(10分)", "用户满意(20分)", "国际化(15分)", "总得分(100分)"], (l) => [l[0], l[1], ...l.slice(3), l[2]]],
    ["maxima without 分: 总得分(100) | 信息公开(30) …", ["2014年排名", "单位名称", "总得分(100)", "信息公开(30)", "在线服务(25)", "互动交流(10)", "用户满意(20)", "国际化(15)"], (l) => l],
    ["traditional: 總得分(100分) | 信息公開(30分) | 在線服務(25分) …", ["2014年排名", "單位名稱", "總得分(100分)", "信息公開(30分)", "在線服務(25分)", "互動交流(10分)", "用戶滿意(20分)", "國際化(15分)"], (l) => l],
    ["parts named …得分 with their maxima: 信息公开得分(30分)", ["名次", "网站名称", "得分(100分)", "信息公开得分(30分)", "在线服务得分(25分)", "互动交流得分(10分)", "用户满意得分(20分)", "国际化得分(15分)"], (l) => l],
  ])("%s: a slip in one total flagged there", (_n, head, shape) => {
    const rows = CITIES.map((l) => shape([...l]));
    const totalAt = head.findIndex((h) => /总|總|^得分/.test(h));
    expect(sums([head, ...rows])).toHaveLength(5);
    rows[2][totalAt] = "77.8";
    rows[2][0] = "3";
    const col = String.fromCharCode(65 + totalAt);
    // (the slip also breaks the ranks: 77.8 ranked 3 above 78.4 — rank-mismatch, another rule)
    expect(findings([head, ...rows], "total-mismatch").map((x) => x.cell)).toEqual([`${col}5`]);
  });
});

describe("must not be read as a plain sum", () => {
  const PLAIN = ["排名", "单位名称", "总得分", "信息公开得分", "在线服务得分", "互动交流得分"];

  test("a total counted from a base: 30 + the parts on every line (机电办 积分): no line sums", () => {
    const rows = [
      ["1", "沈阳", "81.6", "46.4", "4.2", "1"],
      ["2", "大连", "60.1", "23.1", "7", "0"],
      ["3", "鞍山", "42.5", "10.5", "0", "2"],
      ["4", "锦州", "39.3", "6.3", "0", "3"],
    ];
    expect(sums([PLAIN, ...rows])).toEqual([]);
    expect(findings([PLAIN, ...rows], "total-mismatch")).toEqual([]);
  });

  test("a total counted from a base with the parts' maxima printed: 30 + the parts (40 + 40 + 20 = 100 but no line agrees): no line sums", () => {
    const head = ["排名", "单位名称", "总得分(100分)", "出口目标(40分)", "信息工作(40分)", "其他工作(20分)"];
    const rows = [
      ["1", "沈阳", "81.6", "46.4", "4.2", "1"].map((x, k) => (k === 3 ? "36.4" : k === 2 ? "71.6" : x)),
      ["2", "大连", "60.1", "23.1", "7", "0"],
      ["3", "鞍山", "42.5", "10.5", "0", "2"],
      ["4", "锦州", "39.3", "6.3", "0", "3"],
    ];
    expect(sums([head, ...rows])).toEqual([]);
    expect(findings([head, ...rows], "total-mismatch")).toEqual([]);
  });

  test("quarters each out of 100 under a total out of 100 (an average): no line sums, no maxima rollup", () => {
    const head = ["排名", "单位名称", "年度得分(100分)", "一季度(100分)", "二季度(100分)", "三季度(100分)"];
    const rows = [
      ["1", "甲市", "90", "92", "88", "90"],
      ["2", "乙市", "85", "80", "90", "85"],
      ["3", "丙市", "80", "81", "79", "80"],
    ];
    expect(resultPartsRelations(grid([head, ...rows]))).toEqual([]);
    expect(findings([head, ...rows], "weight-sum-mismatch")).toEqual([]);
    expect(findings([head, ...rows], "total-mismatch")).toEqual([]);
  });

  test("parts printed out of 100 under heads giving their points (信息公开(30分) over 85.3): no cap broken, no line sums", () => {
    const head = ["排名", "单位名称", "总得分(100分)", "信息公开(30分)", "在线服务(30分)", "用户满意(40分)"];
    // (each total = 0.3 × A + 0.3 × B + 0.4 × C: 85.3, 80, 90 → 25.59 + 24 + 36 = 85.59)
    const rows = [
      ["1", "甲市", "85.59", "85.3", "80", "90"],
      ["2", "乙市", "81.3", "80", "75", "87"],
      ["3", "丙市", "77.6", "70", "80", "81.5"],
    ];
    expect(resultPartCaps(grid([head, ...rows]))).toEqual([]);
    expect(sums([head, ...rows])).toEqual([]);
    expect(findings([head, ...rows], "score-exceeds-weight")).toEqual([]);
    expect(findings([head, ...rows], "total-mismatch")).toEqual([]);
  });

  test("a total that is the parts' average: no line sums", () => {
    const rows = [
      ["1", "甲市", "90", "92", "88", "90"],
      ["2", "乙市", "85", "80", "90", "85"],
      ["3", "丙市", "80", "81", "79", "80"],
    ];
    expect(sums([PLAIN, ...rows])).toEqual([]);
  });

  test.each<[string, string[]]>([
    ["a bonus column beside the parts (加分)", ["排名", "单位名称", "总得分(100分)", "信息公开(30分)", "在线服务(25分)", "互动交流(10分)", "用户满意(20分)", "加分"]],
    ["an average head (平均得分)", ["排名", "单位名称", "平均得分", "信息公开(30分)", "在线服务(25分)", "互动交流(10分)", "用户满意(20分)", "国际化(15分)"]],
  ])("%s: nothing read", (_n, head) => {
    expect(resultPartsRelations(grid([head, ...CITIES]))).toEqual([]);
  });

  test("a weighted total (parts with shares: 经济指数(30%)) is weighted-totals' reading, none here", () => {
    const g = Grid.fromValues("S", [["上半年营商环境满意度综合指数各县(市、区)排名表"], ["县(市、区)", "政务满意度指数(70%)", "经济指数(30%)", "综合指数(百分制)", "综合排名"], ["地区1", "59.97", "26", "85.97", "1"], ["地区2", "60.2", "20", "80.2", "2"], ["地区3", "58", "19", "77", "3"]], ["A1:E1"]);
    expect(resultPartsRelations(g)).toEqual([]);
  });

  test("a ranked list with no parts (坦洲 农贸市场: 名次 | 农贸市场名称 | 经营地址 | 得分): nothing read", () => {
    const g = Grid.fromValues("S", [["某镇农贸市场12月星级评比综合测评情况表"], ["名次", "农贸市场名称", "经营地址", "得分"], ["1", "中心市场", "甲路1号", "92.5"], ["2", "同庆市场", "乙路2号", "91"], ["3", "兴农市场", "丙路3号", "90.5"]], ["A1:D1"]);
    expect(resultPartsRelations(g)).toEqual([]);
  });
});
