import { Grid } from "../../src/core/grid/grid";
import type { CellValue } from "../../src/core/grid/grid";
import { flagged, INDICATORS, NANYUE_HEADS, NANYUE_MERGES, nanyueRows, SICHUAN_MERGES, sichuanRows, type Row } from "./tgt52-shapes";

/**
 * tgt52: the fund head of a 绩效目标申报表 / 审批表 — its total against its parts in rows, along a line, in columns or side
 * by side under 按…分 headings, and a project's whole amount (项目总预算, 项目总投资, 总金额) against its year's budget
 * (当年年度预算, 预算申报数, 当年度金额): never more than the whole, all of it on a project that runs within one year.
 * Each case: the cells total-mismatch flags (an empty list: none). The numbers are the sums a reviewer adds by hand.
 */

const form = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", [...rows, ...INDICATORS], merges);

describe("a project's whole over its year's budget and the year's 其中 lines (重庆 审批表)", () => {
  // 项目总预算 | W over 当年年度预算 | Y over 其中:财政资金 | F, 其中:其它资金 | O, the period above
  const cq = (period: string, w: CellValue, y: CellValue, f: CellValue, o: CellValue, words = ["项目总预算", "当年年度预算", "其中:财政资金", "其中:其它资金", "建设周期"], unit = "金额单位:万元") =>
    form([
      ["财政项目支出绩效目标审批表"],
      ["( 2023年度)"],
      ["预算单位:", "奉节县应急管理局", null, null, null, unit],
      [words[4], period],
      ["项目资金预算执行10分", words[0], w, "财政资金预算分类", "一般公共预算"],
      [null, words[1], y],
      [null, words[2], f],
      [null, words[3], o],
      [null, "年度预算执行率", "100%", "分值", "10分"],
    ]);
  const ONE = "2023年1月1日-2023年12月31日";
  const TWO = "2023年4月-2024年2月";
  test.each<[string, Grid, string[]]>([
    ["as printed (one year: 100 = 100 = 100 + 0)", cq(ONE, 100, 100, 100, "0"), []],
    ["the whole 93 against the year's 100 (one-year project: all of it)", cq(ONE, 93, 100, 100, 0), ["C5"]],
    ["the year's 93 against 100 + 0: reported once, at the year's line (the whole's restatement breaks only through it)", cq(ONE, 100, 93, 100, 0), ["C6"]],
    ["a whole 120 over a one-year project's 100: the year's budget is all of it", cq(ONE, 120, 100, 100, 0), ["C5"]],
    ["a project over two years: a whole 120 over the year's 100 is no slip", cq(TWO, 120, 100, 100, 0), []],
    ["a project over two years: a whole 60 under the year's 65 is", cq(TWO, 60, 65, 65, 0), ["C5"]],
    ["no period written: the year's budget only bounded by the whole (120 over 100)", cq("", 120, 100, 100, 0), []],
    ["a blank part (其它资金 left empty): 100 against 93 alone", cq(ONE, 100, 100, 93, null), ["C6"]],
    ["元, not 万元 (1,000,000 = 1,000,000 + 0)", cq(ONE, 1000000, 1000000, 1000000, 0, undefined, "金额单位:元"), []],
    ["元: the year's 930000 against 1000000 + 0", cq(ONE, 1000000, 930000, 1000000, 0, undefined, "金额单位:元"), ["C6"]],
    ["繁體 labels: the whole 93 against 100", cq(ONE, 93, 100, 100, 0, ["項目總預算", "當年年度預算", "其中:財政資金", "其中:其它資金", "建設週期"]), ["C5"]],
    ["繁體 labels as printed", cq(ONE, 100, 100, 100, 0, ["項目總預算", "當年年度預算", "其中:財政資金", "其中:其它資金", "建設週期"]), []],
  ])("%s", (_n, g, cells) => expect(flagged(g)).toEqual(cells));

  test("an empty column between the labels and the amounts: the same reading", () => {
    const g = form([
      ["财政项目支出绩效目标审批表"],
      ["预算单位:", "奉节县应急管理局", null, null, null, "金额单位:万元"],
      ["建设周期", "2023年1月-2023年12月"],
      ["项目资金预算执行10分", "项目总预算", null, 93],
      [null, "当年年度预算", null, 100],
      [null, "其中:财政资金", null, 100],
      [null, "其中:其它资金", null, 0],
    ]);
    expect(flagged(g)).toEqual(["D4"]);
  });

  test("counter-example: a 其中 line under a part (项目支出 over 其中:基本支出) is no part of the year's budget", () => {
    const g = form([
      ["财政项目支出绩效目标审批表"],
      ["预算单位:", "某局", null, null, null, "金额单位:万元"],
      ["项目资金", "当年年度预算", 100],
      [null, "项目支出", 100],
      [null, "其中:基本支出", 30],
    ]);
    expect(flagged(g)).toEqual([]);
  });
});

describe("numbered 其中 parts, some left blank (重庆 荣昌 项目绩效目标表)", () => {
  const g = (total: number, city: number, first = "其中:1.中央资金", rest = ["2.市级资金", "3.区级资金", "4.其他资金"]) =>
    form(
      [
        ["项目绩效目标表"],
        ["(2022年度)"],
        ["申报单位", "区林业局", null, "项目(专项)名称", "绿化美化项目"],
        ["资金情况(万元)", "年度资金总额:", null, total],
        [null, first],
        [null, rest[0], null, city],
        [null, rest[1]],
        [null, rest[2]],
      ],
      ["B4:C4", "B5:C5", "B6:C6", "B7:C7", "B8:C8"],
    );
  test.each<[string, Grid, string[]]>([
    ["as printed: 153.5184 = 153.5184 (the other parts blank)", g(153.5184, 153.5184), []],
    ["the total 142.7721 against its one filled part 153.5184", g(142.7721, 153.5184), ["D4"]],
    ["numbered (1) … (4)", g(142.7721, 153.5184, "其中:(1)中央资金", ["(2)市级资金", "(3)区级资金", "(4)其他资金"]), ["D4"]],
    ["counter-example: the first part not numbered, a numbered line after it is no part of this list", g(142.7721, 153.5184, "其中:中央资金"), []],
  ])("%s", (_n, grid, cells) => expect(flagged(grid)).toEqual(cells));
  test("counter-example: sub-lines numbered at another level ((1)中央, (2)省级 under 其中:1.财政拨款) are no parts of the total", () => {
    const grid = form([
      ["项目绩效目标表"],
      ["资金情况(万元)", "年度资金总额", 100],
      [null, "其中:1.财政拨款", 80],
      [null, "(1)中央", 50],
      [null, "(2)省级", 30],
      [null, "2.其他资金", 20],
    ]);
    expect(flagged(grid)).toEqual([]);
  });
});

describe("a fund total and its parts as label | amount pairs along a line, the year's budget under it (甘肃 目标表)", () => {
  const g = (whole: CellValue, other: CellValue, year: CellValue, period = ["项目开始日期", "2023-01-01", "项目完成日期", "2023-12-31"], between: Row = []) =>
    form([
      ["省级部门预算项目支出绩效目标表(2023年度)"],
      ["一级项目名称", "文化事业发展专项资金", null, null, "二级项目名称", "免费开放补助资金"],
      [period[0], period[1], null, null, period[2], period[3]],
      ["项目总投资", whole, "中央补助安排", "0", ...between, "省级财政安排", "0", "其他资金", other],
      ["预算申报数", year, null, null, "资金性质", "一般公共预算"],
    ]);
  test.each<[string, Grid, string[]]>([
    ["as printed: 20万元 = 0 + 0 + 20万元, 预算申报数 20万元", g("20万元", "20万元", "20万元"), []],
    ["其他资金 18万元: the whole 20万元 against 0 + 0 + 18", g("20万元", "18万元", "20万元"), ["B4"]],
    ["预算申报数 19万元 on a one-year project: against the whole 20万元, at itself", g("20万元", "20万元", "19万元"), ["B5"]],
    ["the whole 19万元: against its parts, reported once at itself", g("19万元", "20万元", "20万元"), ["B4"]],
    ["元: 200000元 = 0 + 0 + 180000元", g("200000元", "180000元", "200000元"), ["B4"]],
    ["an empty column between two pairs: the same sum", g("20万元", "18万元", "20万元", undefined, [null]), ["B4"]],
    ["a project over two years: 预算申报数 15万元 under a whole of 20万元 is no slip", g("20万元", "20万元", "15万元", ["项目开始日期", "2023-01-01", "项目完成日期", "2024-06-30"]), []],
  ])("%s", (_n, grid, cells) => expect(flagged(grid)).toEqual(cells));

  test("counter-example: a line mixing the fund amounts with another figure (实施年限 | 3) is no fund line", () => {
    const grid = form([
      ["项目支出绩效目标表"],
      ["项目总投资", "20万元", "中央补助安排", "5万元", "实施年限", 3],
    ]);
    expect(flagged(grid)).toEqual([]);
  });
  test("counter-example: one 其中 pair alone (资金总额 | 100 | 其中:中央资金 | 60) is of-which, not all of it", () => {
    const grid = form([["项目支出绩效目标表"], ["资金总额", 100, "其中:中央资金", 60]]);
    expect(flagged(grid)).toEqual([]);
  });
  test("总金额 | 50万元 | 当年度金额 | 47万元 along one line, 起始年度 2024 = 到期年度 2024: the year's is all of the whole", () => {
    const grid = (y: string) =>
      form([
        ["绩效目标表"],
        ["实施期限", "起始年度", "2024", "到期年度", "2024"],
        ["预算金额", "总金额", "50万元", "当年度金额", y],
      ]);
    expect(flagged(grid("50万元"))).toEqual([]);
    expect(flagged(grid("47万元"))).toEqual(["C3"]);
  });
});

describe("the parts in columns under a head of two lines (湖南 专项资金预算绩效目标申报表, 四川 部门整体)", () => {
  const nanyue = (vals: CellValue[], heads = NANYUE_HEADS) => form(nanyueRows(vals, heads), NANYUE_MERGES);
  test.each<[string, Grid, string[]]>([
    ["as printed: 7 = 0 + 7 + 0 + 0 + 0", nanyue([7, 0, 7, 0, 0, 0]), []],
    ["the whole 6 against 0 + 7 + 0 + 0 + 0", nanyue([6, 0, 7, 0, 0, 0]), ["B5"]],
    ["blank parts: 25 against 本级 23 alone", nanyue([25, null, null, null, 23, null]), ["B5"]],
    ["其他 counts: 25 against 20 + 5", nanyue([25, null, null, null, 20, 5]), []],
    ["繁體 heads", nanyue([6, 0, 7, 0, 0, 0], ["本年度預計投入(萬元)", "財政資金(萬元)", "中央", "省級", "市級資金", "本級", "其他"]), ["B5"]],
  ])("%s", (_n, grid, cells) => expect(flagged(grid)).toEqual(cells));

  test("a whole over groups with their own 合计 (总额 | 基本支出 over 合计 … | 项目支出 over 合计 …)", () => {
    const g = (total: number) => form(sichuanRows(total), SICHUAN_MERGES);
    expect(flagged(g(1695.55))).toEqual([]);
    expect(flagged(g(1576.86))).toEqual(["B5"]);
  });

  test("a whole whose parts are written 其中 (全年中央补助资金 | 其中:免学费补助 over 小计 … | 其中:国家助学金 over 小计 …), 元", () => {
    const g = (total: number) =>
      form(
        [
          ["中等职业学校国家助学金和免学费补助资金绩效目标表"],
          ["单位:元"],
          ["单位", "全年中央补助资金", "其中:免学费补助", null, null, "其中:国家助学金"],
          [null, null, "小计", "提前下达", "本次下达", "小计", "提前下达", "本次下达"],
          ["某中等职业技术学校", total, 7074550, 6728925, 345625, 473600, 414400, 59200],
        ],
        ["A3:A4", "B3:B4", "C3:E3", "F3:H3"],
      );
    expect(flagged(g(7548150))).toEqual([]);
    expect(flagged(g(7019780))).toEqual(["B5"]);
  });

  test("counter-example: columns of two years (资金总额 | 上年数 | 本年数) are no parts", () => {
    const g = form([["绩效目标申报表"], ["资金情况", "资金总额", "上年数", "本年数"], [null, 100, 80, 100]]);
    expect(flagged(g)).toEqual([]);
  });
  test("counter-example: an unnamed column with amounts in the run of parts: the run is not read", () => {
    const g = form(
      [
        ["绩效目标申报表"],
        ["专项资金情况", "本年度预计投入(万元)", "中央", "省级", null, "其他"],
        [null, 30, 10, 10, 5, 5],
      ],
    );
    expect(flagged(g)).toEqual([]);
  });
});

describe("a total broken down side by side under 按…分 headings (湖南 部门整体支出绩效目标申报表)", () => {
  test("label | amount lines: 资金总额 222.45 against 公共财政拨款 222.45 and against 基本支出 220.45 + 项目支出 2", () => {
    const g = (total: number, basic: number) =>
      form(
        [
          ["部门整体支出项目绩效目标申报表"],
          ["年度预算申请(万元)", "资金总额", total],
          [null, "按收入性质分:", null, null, "按支出性质分:"],
          [null, "公共财政拨款", 222.45, null, "基本支出", basic],
          [null, "政府性基金拨款", null, null, "项目支出", 2],
          [null, "纳入专户管理的非税收入拨款"],
          [null, "其他资金"],
        ],
        ["A2:A7"],
      );
    expect(flagged(g(222.45, 220.45))).toEqual([]);
    expect(flagged(g(206.88, 220.45))).toEqual(["C2"]);
    // (the expenditure side alone wrong: 222.45 against 218 + 2)
    expect(flagged(g(222.45, 218))).toEqual(["C2"]);
  });
  test("label and amount in one cell (年初预算资金:183.58, 其中:公共财政拨款:183.18, 纳入预算管理的非税收入拨款:0.4)", () => {
    const g = (total: string) =>
      form(
        [
          ["部门整体支出绩效目标申报表"],
          ["年度预算收支情况(万元)", total, null, null],
          [null, "按收入性质分:", null, "按支出性质分:"],
          [null, "其中:公共财政拨款:183.18", null, "其中: 基本支出:183.58"],
          [null, "纳入预算管理的非税收入拨款:0.4", null, "项目支出:"],
          [null, "政府性基金拨款:", null, "其他支出:"],
          [null, "其他资金:"],
        ],
        ["A2:A7"],
      );
    expect(flagged(g("年初预算资金:183.58"))).toEqual([]);
    expect(flagged(g("年初预算资金:170.73"))).toEqual(["B2"]);
  });
});
