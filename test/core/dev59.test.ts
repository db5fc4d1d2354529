import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { lineResult, peerResultRows } from "../../src/core/recognise/peer-results";

/**
 * dev59 (session 59; test/fixtures/real/dev59-s59-diagnosis.md). Every figure below is a hand sum or a hand quotient.
 */
type Row = (string | number)[];
const grid = (rows: Row[], merges?: string[]) => {
  const width = Math.max(...rows.map((r) => r.length));
  const values = rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
  // (a paragraph, one text alone on its line, merged across the width as a page's paragraph is)
  const m = merges ?? rows.flatMap((r, i) => (r.length === 1 && width > 1 ? [`A${i + 1}:${String.fromCharCode(64 + width)}${i + 1}`] : []));
  return Grid.fromValues("Sheet1", values, m);
};
const run = (rows: Row[], merges?: string[]) => review(grid(rows, merges), "national");
const totalOf = (rows: Row[], merges?: string[]) => {
  const t = run(rows, merges).model.totals?.score;
  return t ? `${t.cell} ${t.value}` : null;
};
const errors = (rows: Row[]) =>
  run(rows)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`);

describe("peer results: numbered paragraphs each stating its own total are a list of evaluations (peer-results.ts)", () => {
  test.each([
    ["总得分 with its grade", "第三方机构最终绩效评价总得分为91.8分,评价等级为优秀。", 91.8],
    ["综合得分, no grade", "经评价,该项目综合得分为88.5分。", 88.5],
    ["a score with its grade after it", "评价得分为85分,评价结果为良。", 85],
    ["最终得分 with a colon", "最终得分:76分", 76],
    // counter-shapes: no whole's result
    ["an item's points, no total's word, no grade", "(一)项目决策 得分18分", null],
    ["a part's total below a pass (40 < 60: a part of a 100-point whole)", "(二)产出指标总得分为40分。", null],
    ["a weight and a score on one line", "总分100分,得分92分,等级为优", null],
    ["two projects' scores on one line", "甲项目总得分91分,乙项目总得分88分", null],
    ["no score", "支付完成率为94.91%。", null],
  ])("%s", (_n, text, score) => {
    expect(lineResult(text)).toBe(score);
  });

  // 裕民's shape: A3 186.98 / 197 = 0.94913 → 94.91%; A4 101.59 / 108 = 0.94065 → 94.06%; A5 289.14 / 300 = 0.96380 → 96.38%
  const P = (n: string, name: string, b: number, e: number, rate: string, score: number, grade: string): Row => [
    `${n}、${name}项目,新建道路5公里。2021年下达财政专项扶贫资金${b}万元,截至2021年12月31日,实际已支付${e}万元,支付完成率为${rate}%。第三方机构最终绩效评价总得分为${score}分,评价等级为${grade}。`,
  ];
  const TITLE: Row = ["某县2021年10个重点项目绩效评价报告公开"];
  const OPEN: Row = ["我县选择10个2021年县级重点项目,委托第三方机构开展了重点项目绩效评价,现按规定予以公开:"];
  const notice = (rate1 = "94.91", score2 = 90.76): Row[] => [
    TITLE,
    OPEN,
    P("1", "甲村农田道路", 197, 186.98, rate1, 91.8, "优秀"),
    P("2", "乙村交易市场", 108, 101.59, "94.06", score2, "优秀"),
    P("3", "丙村巷道硬化", 300, 289.14, "96.38", 90.36, "优秀"),
  ];
  const Q = (n: string, name: string, score: number, grade: string): Row => [`(${n})${name}。经评价,该项目综合得分为${score}分,评价等级为${grade}。`];
  const R = (n: string, name: string, score: number, grade: string): Row => [`${n}.${name}:评价得分为${score}分,评价结果为${grade}。`];
  test.each([
    ["three projects (1、), each 总得分 with its grade — 裕民's shape", notice(), [3, 4, 5]],
    ["two projects", notice().slice(0, 4), [3, 4]],
    ["(一) codes, 综合得分 with its grade, under a 通报's title", [["关于2022年度重点项目绩效评价结果的通报"], OPEN, Q("一", "城区供水管网改造项目", 88.5, "良"), Q("二", "乡村学校校舍维修项目", 92, "优"), Q("三", "农贸市场提升项目", 79, "中")], [3, 4, 5]],
    ["1. codes, a score with its grade after it", [["2023年度财政重点绩效评价结果公开"], R("1", "城区供水管网改造项目", 88.5, "良"), R("2", "乡村学校校舍维修项目", 92, "优")], [2, 3]],
  ])("%s: evaluation-summary, no total, no indicators, no score sum", (_n, rows, peers) => {
    expect(peerResultRows(grid(rows as Row[]))).toEqual(peers);
    const m = run(rows as Row[]).model;
    expect(m.family).toBe("evaluation-summary");
    expect(m.totals).toBeNull();
    expect(m.indicators).toEqual([]);
    expect(m.relations.filter((r) => r.kind === "rollup" && r.measure === "score")).toEqual([]);
    expect(errors(rows as Row[])).toEqual([]);
  });
  test("each paragraph's own 支付完成率 stays read and checked: 94.91 → 95.91 flagged at A3 (186.98 / 197 = 94.91%)", () => {
    expect(run(notice()).model.relations.filter((r) => r.kind === "ratio").map((r) => r.id)).toEqual(["ratio:prose:A3:0", "ratio:prose:A4:0", "ratio:prose:A5:0"]);
    expect(errors(notice("95.91"))).toEqual(["ratio-mismatch@A3"]);
  });
  test("each paragraph's own grade stays checked: 78.5 graded 优秀 flagged at A4 (78.5 < 80: 中 on the national bands)", () => {
    expect(errors(notice("94.91", 78.5))).toEqual(["grade-mismatch@A4"]);
  });
  test("a line stating the whole of the list (三个项目平均得分 90.97 = (91.8 + 90.76 + 90.36) / 3 = 272.92 / 3) is its total", () => {
    expect(totalOf([...notice(), ["三个项目平均得分为90.97分,评价等级为优秀。"]])).toBe("A6 90.97");
  });

  // counter-shapes: one report's items under its one total (18 + 19 + 37 + 18 = 92)
  const report = (d: number): Row[] => [
    ["某县2021年农田道路建设项目绩效评价报告"],
    ["一、项目基本情况"],
    ["2021年下达财政专项扶贫资金197万元,实际已支付186.98万元,支付完成率为94.91%。"],
    ["二、评价结论"],
    ["经评价,该项目总得分为92分,评价等级为优。"],
    ["(一)项目决策 得分18分"],
    ["(二)项目过程 得分19分"],
    [`(三)项目产出 得分${37 + d}分`],
    ["(四)项目效益 得分18分"],
    ["三、存在的问题"],
    ["资金拨付进度偏慢。"],
  ];
  test("a report whose items score under ONE stated 总得分: no peers; its total 92, four indicators, the sum checked (37 → 38: 93 ≠ 92)", () => {
    expect(peerResultRows(grid(report(0)))).toBeNull();
    const m = run(report(0)).model;
    expect(m.family).toBe("project-self-eval");
    expect(totalOf(report(0))).toBe("A5 92");
    expect(m.indicators.map((i) => i.row)).toEqual([6, 7, 8, 9]);
    expect(errors(report(0))).toEqual([]);
    expect(errors(report(1))).toEqual(["total-mismatch@A5"]);
  });
  test("a report whose parts state their own 总得分 below a pass (40, 34, 18 under 92): no peers, the whole 92 = 40 + 34 + 18", () => {
    const rows: Row[] = [
      ["某县2021年农田道路建设项目绩效评价报告"],
      ["一、项目基本情况"],
      ["2021年下达资金197万元,实际已支付186.98万元,支付完成率为94.91%。"],
      ["二、评价结论"],
      ["(一)评价结论:该项目总得分为92分,评价等级为优。"],
      ["(二)产出指标总得分为40分。"],
      ["(三)效益指标总得分为34分。"],
      ["(四)决策和过程指标总得分为18分。"],
    ];
    expect(peerResultRows(grid(rows))).toBeNull();
    expect(totalOf(rows)).toBe("A5 92");
    expect(errors(rows)).toEqual([]);
  });
  test("a report restating its one total in two sections (92 twice): no list", () => {
    const rows: Row[] = [["某县2021年农田道路建设项目绩效评价报告"], ["一、评价结论:该项目总得分为92分,评价等级为优。"], ["二、项目基本情况"], ["三、结论:综合得分为92分,评价等级为优。"]];
    expect(peerResultRows(grid(rows))).toBeNull();
  });
  test("a summary table of projects (序号 | 项目名称 | 评价得分 | 评价等级) is no prose list: read as before (project-results.ts)", () => {
    const rows: Row[] = [["2021年重点项目绩效评价结果汇总表"], ["序号", "项目名称", "评价得分", "评价等级"], [1, "甲村农田道路项目", 91.8, "优秀"], [2, "乙村交易市场项目", 90.76, "优秀"], [3, "丙村巷道硬化项目", 90.36, "优秀"]];
    expect(peerResultRows(grid(rows))).toBeNull();
    expect(run(rows).model.family).toBe("evaluation-summary");
  });
});

describe("an allocation table's whole column: a head naming the line's whole (…合计 / …总额) over the last money column (blocks.ts amountListHead)", () => {
  // 合计 line: B 220.7 = D 80 + F 140.7; F 140.7 = H 132.5 + J 8.2; E 54 = G 53 + I 1; D 80 = 10 × C 8; H 132.5 = 2.5 × G 53;
  // J 8.2 = 8.2 × I 1. Columns: B 62.5 + 58.2 + 100 = 220.7; D 10 + 30 + 40 = 80; F 52.5 + 28.2 + 60 = 140.7;
  // H 52.5 + 20 + 60 = 132.5 (F = H + J on every line: 52.5 = 52.5 + 0, 28.2 = 20 + 8.2, 60 = 60 + 0)
  const lines: Row[] = [
    ["合 计", 220.7, 8, 80, 54, 140.7, 53, 132.5, 1, 8.2],
    ["甲县", 62.5, 1, 10, 21, 52.5, 21, 52.5, "", ""],
    ["乙县", 58.2, 3, 30, 9, 28.2, 8, 20, 1, 8.2],
    ["丙县", 100, 4, 40, 24, 60, 24, 60, "", ""],
  ];
  // three header lines: 县 | whole | 森林城镇奖补 over 城镇个数 | 奖补金额 | 森林村庄奖补 over 村庄个数 | 奖补金额 | 其中 over 个数 | 金额 | 个数 | 金额
  const M = ["A1:J1", "A2:J2", "A3:A5", "B3:B5", "C3:D3", "E3:J3", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:J4"];
  const head = (whole: string): Row[] => [
    ["附件:某市2020年森林城镇(村庄)奖补资金分配表"],
    ["单位:个、万元"],
    ["县(市、区)", whole, "森林城镇奖补(10万元/个)", "", "森林村庄奖补(一般村庄2.5万元/个,贫困村8.2万元/个)", "", "", "", "", ""],
    ["", "", "城镇个数", "奖补金额", "村庄个数", "奖补金额", "其中:", "", "", ""],
    ["", "", "", "", "", "", "一般村庄个数", "金额", "贫困村个数", "金额"],
  ];
  test.each([
    ["奖补金额合计 (滁州's head)", "奖补金额合计", "B6 220.7"],
    ["奖补资金总额", "奖补资金总额", "B6 220.7"],
    ["合计 (the vocabulary's total, as before)", "合计", "B6 220.7"],
    // counter-shape: a 小计 is a group's, never taken for the whole by its head (the reading before: the last money column
    // its neighbours add up to, F 140.7 = H 132.5 + J 8.2)
    ["奖补金额小计 (no whole's word)", "奖补金额小计", "F6 140.7"],
  ])("%s: the 合计 line's total", (_n, whole, total) => {
    expect(totalOf([...head(whole), ...lines], M)).toBe(total);
  });
  test("counter-shape: the whole as the last column (县 | 城镇奖补 | 村庄奖补 | 奖补金额合计): the last column's 212.5 = 80 + 132.5", () => {
    const rows: Row[] = [
      ["附件:分配表"],
      ["单位:个、万元"],
      ["县(市、区)", "森林城镇奖补", "", "森林村庄奖补", "", "奖补金额合计"],
      ["", "城镇个数", "奖补金额", "村庄个数", "奖补金额", ""],
      ["合 计", 8, 80, 53, 132.5, 212.5],
      ["甲县", 1, 10, 21, 52.5, 62.5],
      ["乙县", 3, 30, 8, 20, 50],
      ["丙县", 4, 40, 24, 60, 100],
    ];
    expect(totalOf(rows, ["A1:F1", "A2:F2", "A3:A4", "B3:C3", "D3:E3", "F3:F4"])).toBe("F5 212.5");
  });
});

describe("prec49's prints: a run-on group in the list's own words; a bracket after a 其中 part (sentence-sums.ts)", () => {
  const flags = (lines: string[]) =>
    review(Grid.fromValues("Sheet1", lines.map((l) => [l]), []), "national")
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.rule}@${f.cell}`);
  const TITLE = "某州2021年巩固拓展脱贫攻坚成果项目建设推进情况";
  // 6.83 + 9.24 + 1.83 + 1.98 = 19.88 against 19.89亿: within the four parts' rounding (4 × 0.005 = 0.02), as the one sentence
  const kz = (stop: string, last = "阿合奇县安排项目37个、计划投资1.98亿元") =>
    `(一)项目安排情况。全州共安排项目343个,投资规模19.89亿元,其中:阿图什市安排项目68个、计划投资6.83亿元;阿克陶县安排项目181个、计划投资9.24亿元;乌恰县安排项目57个、计划投资1.83亿元${stop}${last}。`;
  test.each([
    ["one sentence, ';' before the last group (the source)", kz(";")],
    ["the last group set apart by '。'", kz("。")],
  ])("%s: no flag", (_n, line) => expect(flags([TITLE, line]).filter((x) => x.startsWith("total-mismatch"))).toEqual([]));
  test("must still flag: the last group's amount raised (2.98: 20.88 ≠ 19.89)", () => {
    expect(flags([TITLE, kz("。", "阿合奇县安排项目37个、计划投资2.98亿元")]).filter((x) => x.startsWith("total-mismatch"))).toEqual(["total-mismatch@A2"]);
  });
  test("counter-shape: a next sentence in other words (完成投资, no 安排项目…个) is no part: the cut list 17.9 ≠ 19.89 flagged as before", () => {
    expect(flags([TITLE, kz("。", "全州已完成投资1.98亿元")]).filter((x) => x.startsWith("total-mismatch"))).toEqual(["total-mismatch@A2"]);
  });

  const FUNDS = "某镇2023年项目绩效目标表";
  test("a bracket after a 其中 part whose parts run past it (6923.3552 + 0 over 3461.6776 = 2 ×): no breakdown of the part, no flag", () => {
    expect(flags([FUNDS, "财政拨款:6923.3552万元,其中结转资金3461.6776万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)"])).toEqual([]);
  });
  test("counter-shape: a part's own bracket within it (80 = 30 + 50) is read: a slip (新增 60: 90 ≤ 1.25 × 80 = 100) flagged", () => {
    const line = (a: number) => `项目资金120万元,其中中央资金80万元(其中:结转资金30万元、新增资金${a}万元),地方资金40万元。`;
    expect(flags([FUNDS, line(50)])).toEqual([]);
    expect(flags([FUNDS, line(60)])).toEqual(["total-mismatch@A2"]);
  });
});

describe("a balance's rest after two revenue wholes of one name: the one it holds with (balance-totals.ts earlierIncomeRest)", () => {
  const flags = (lines: string[]) =>
    review(Grid.fromValues("Sheet1", lines.map((l) => [l]), []), "national")
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.rule}@${f.cell} ${f.message}`);
  // 155 = 23 + 129 + 3; 310 = 46 + 258 + 6 (the second group, doubled); 65 = 62 + 3; the rest 155 − 65 = 90
  const inc = (a: number, b: number, c: number, t: number) => `2020年国有资本经营预算收入${a}万元,完成年初预算的115%,加上级补助收入${b}万元,上年结余${c}万元,收入总量为${t}万元。`;
  const line = (second: boolean, rest: number) => inc(23, 129, 3, 155) + (second ? inc(46, 258, 6, 310) : "") + `国有资本经营预算支出62万元,加上解支出3万元,支出总量为65万元。收支总量相抵后,累计结余${rest}万元,全部结转下年使用。`;
  const TITLE = "某区2020年财政决算说明";
  test.each([
    ["one revenue whole (as before)", false],
    ["two revenue wholes of one name, the rest holding with the first (155 − 65 = 90; 310 − 65 = 245)", true],
  ])("%s: no flag", (_n, second) => expect(flags([TITLE, line(second as boolean, 90)])).toEqual([]));
  test.each([
    ["one revenue whole", false, "total-mismatch@A2 收支相抵 95，与 收入总量 155 − 支出总量 65 = 90 不符"],
    ["two, neither holding: the nearer, as before", true, "total-mismatch@A2 收支相抵 95，与 收入总量 310 − 支出总量 65 = 245 不符"],
  ])("must still flag a slipped rest (95): %s", (_n, second, msg) => expect(flags([TITLE, line(second as boolean, 95)])).toEqual([msg]));
});

describe("an evaluation promised for later is a plan's words, no report's vocabulary (report-vocabulary.ts PROMISED)", () => {
  const family = (rows: string[]) => review(Grid.fromValues("Sheet1", rows.map((x) => [x]), []), "national").model.family;
  // a 实施方案's sections with its title cut (fam53's 'opening cut' of 建安's plan)
  const plan = (close: string) => [
    "二、目标任务",
    "完成8头肉用种公牛生产性能测定任务,每头种公牛测定不少于20头后裔。",
    "三、实施内容",
    "重点围绕肉牛生长速度、繁殖等目标性状,按时完成测定任务,确保数据真实、可靠,并按要求及时上报。",
    "四、资金安排",
    "2025年,上级财政安排种畜禽生产性能测定补贴资金40万元。",
    "五、绩效考核",
    `成立项目协调领导小组,对项目承担单位实施全过程日常监管,定期不定期开展指导检查。${close}`,
  ];
  test.each([
    ["项目完成后由…开展项目自评,自评结果上报…", "项目完成后由项目协调领导小组开展项目自评,自评结果上报市农业农村局申请备案。", "unknown"],
    ["项目结束后将组织开展绩效评价 (PLAN_WORDS, as before)", "项目结束后将组织开展绩效评价,评价结果作为下年度资金安排的依据。", "unknown"],
    // counter-shapes: the evaluation done (开展了), its result stated
    ["counter: 开展了项目自评, 自评得分95分", "项目完成后,项目协调领导小组开展了项目自评,自评得分95分,自评等级为优。", "project-self-eval"],
    ["counter: 开展了绩效自评, its findings", "项目完成后,项目协调领导小组对项目开展了绩效自评,项目资金执行率100%,绩效目标全部完成,存在的问题是测定进度偏慢。", "project-self-eval"],
  ])("%s", (_n, close, fam) => expect(family(plan(close))).toBe(fam));
});
