import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * Grades stated anywhere, in every shape a sheet writes them, checked against the bands (issue 7, item 4): in one text
 * (the score first or the grade first, full- or half-width colons, 分 or not, spaces), a 自评等级 cell beside 自评分值,
 * a grade under or after the 合计 row, a closing sentence, traditional characters, 等次/等级/评价结果/结论 words, grades
 * written 优秀/良好/合格/不合格 or A/B/C/D under printed bands. Each shape has its counter-shape (a grade that matches, or
 * a near-miss that states no grade of the total).
 *
 * The table below is graded by hand: scores 45 + 25 + 15 = 85 (合计 G7), which is 良 under the national bands
 * (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below; RULEBOOK §8 G-NAT); lines under it start at row 8.
 */
type Row = (string | number | null)[];

const HEAD = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];
function table(tail: Row[], scores: [number, number, number] = [45, 25, 15], total: number = 85, head: Row = HEAD, extra: Row[] = [[], [], []]): Grid {
  return Grid.fromValues("自评表", [
    ["项目支出绩效自评表"],
    ["单位名称：某单位"],
    head,
    ["产出指标", "数量指标", "培训人次", "≥100人次", 120, 50, scores[0], ...extra[0]],
    ["效益指标", "社会效益指标", "受益人数", "≥90人", 80, 30, scores[1], ...extra[1]],
    ["满意度指标", "服务对象满意度", "满意度", "≥90%", "95%", 20, scores[2], ...extra[2]],
    ["合计", null, null, null, null, 100, total, ...(extra[3] ?? [])],
    ...tail,
  ]);
}

const gradeFindings = (g: Grid, profile: string) =>
  review(g, profile)
    .findings.filter((f) => f.rule === "grade-mismatch")
    .map((f) => ({ cell: f.cell, severity: f.severity, messageId: f.messageId, expected: f.data?.expected, total: f.data?.total }));

/** [shape, lines under the 合计 row, the grade's cell or null where the grade matches / none is stated] */
const SHAPES: [string, Row[], string | null][] = [
  // one text, the score first
  ["score first, half-width colons: 评价分值:85分 评价等级:优", [["评价分值:85分 评价等级:优"]], "A8"],
  ["  counter: 评价分值:85分 评价等级:良", [["评价分值:85分 评价等级:良"]], null],
  ["score first, full-width colons and a comma: 评价分值：85分，评价等级：优", [["评价分值：85分，评价等级：优"]], "A8"],
  ["score first, no 分, spaces: 评价分值: 85  评价等级: 优", [["评价分值: 85  评价等级: 优"]], "A8"],
  ["score first, 自评得分 and 等次: 自评得分：85分；评价等次：优", [["自评得分：85分；评价等次：优"]], "A8"],
  // one text, the grade first
  ["grade first, half-width colons, one space: 评价等级:优 评价分值:85分", [["评价等级:优 评价分值:85分"]], "A8"],
  ["  counter: 评价等级:良 评价分值:85分", [["评价等级:良 评价分值:85分"]], null],
  ["grade first, full-width: 评价等级：优，评价分值：85分", [["评价等级：优，评价分值：85分"]], "A8"],
  ["grade first, 自评等级:优 自评得分:85 (no 分)", [["自评等级:优 自评得分:85"]], "A8"],
  ["grade with its score in brackets: 评价等级：优（85分）", [["评价等级：优（85分）"]], "A8"],
  // label | value cells
  ["自评分值 | 85 | 自评等级 | 优", [["自评分值", 85, "自评等级", "优"]], "D8"],
  ["  counter: 自评分值 | 85 | 自评等级 | 良", [["自评分值", 85, "自评等级", "良"]], null],
  ["自评分值 / 自评等级 headings with the values under them", [["自评分值", "自评等级"], [85, "优"]], "B9"],
  // a grade under the 合计 row, with no score beside it: it grades the total
  ["自评等级 | 优 under the 合计 row", [["自评等级", "优"]], "B8"],
  ["  counter: 自评等级 | 良 under the 合计 row", [["自评等级", "良"]], null],
  ["评价等次 | 优 under the 合计 row", [["评价等次", "优"]], "B8"],
  ["评价结果 | 优秀 under the 合计 row", [["评价结果", "优秀"]], "B8"],
  ["评价结论 | 优秀 under the 合计 row", [["评价结论", "优秀"]], "B8"],
  ["自评结果 | 优 under the 合计 row", [["自评结果", "优"]], "B8"],
  ["绩效评价结果 | 优 under the 合计 row", [["绩效评价结果", "优"]], "B8"],
  ["综合评定 | 优 under the 合计 row", [["综合评定", "优"]], "B8"],
  ["评价档次 | 优 under the 合计 row", [["评价档次", "优"]], "B8"],
  ["  counter: 自评结果 | 良 under the 合计 row", [["自评结果", "良"]], null],
  ["  counter: 自评结论：良好 in one cell", [["自评结论：良好"]], null],
  ["评价等级 | 优等 (a grade written with 等)", [["评价等级", "优等"]], "B8"],
  // a closing line
  ["closing sentence with its score: 经自评，该项目得分85分，评价等级为优。", [["经自评，该项目得分85分，评价等级为优。"]], "A8"],
  ["closing sentence with no score: 综上，本项目评价等级为“优”。", [["综上，本项目评价等级为“优”。"]], "A8"],
  ["  counter: 综上，本项目评价等级为“良”。", [["综上，本项目评价等级为“良”。"]], null],
  ["closing sentence with 评为: 该项目综合得分85分，评为优。", [["该项目综合得分85分，评为优。"]], "A8"],
  ["  counter: 该项目综合得分85分，评为良。", [["该项目综合得分85分，评为良。"]], null],
  // traditional characters
  ["traditional line: 評價分值：85分 評價等級：優", [["評價分值：85分 評價等級：優"]], "A8"],
  ["traditional cells: 評價等級 | 優 under the 合计 row", [["評價等級", "優"]], "B8"],
  ["  counter: traditional 評價等級 | 良", [["評價等級", "良"]], null],
  // prose that names grades but states none
  ["  counter: 等级评定办法 with no grade", [["等级评定办法：按总得分确定评价等级"]], null],
  ["  counter: a grading rule cited in prose", [["评价等级划分依据《项目支出绩效评价管理办法》执行"]], null],
  ["  counter: 结果 then 中得分 in prose (no colon: no grade)", [["考核结果中得分最高的为产出指标"]], null],
  ["  counter: a rate, not a grade: 评价结果：合格率100%", [["评价结果：合格率100%"]], null],
  // the bands a note prints are no grade stated (read as the bands instead)
  ["  counter: bands with 评定为 (no grade stated)", [["评价等级：90分（含）以上评定为优，80（含）-90分评定为良，60（含）-80分评定为中，60分以下评定为差"]], null],
  ["  counter: one band's rule: 得分90分以上的评为优秀", [["得分90分以上的评为优秀"]], null],
  ["  counter: one band's rule with a sign: 得分≥90分评定为优", [["得分≥90分评定为优"]], null],
  // the grade before 等级 (属于优秀等级), after its score (评价结果：85分，优), an overall 评价 (综合评价为良好)
  ["属于…等级 with its score: 该项目综合得分85分，属于优秀等级。", [["该项目综合得分85分，属于优秀等级。"]], "A8"],
  ["  counter: 该项目综合得分85分，属于良好等级。", [["该项目综合得分85分，属于良好等级。"]], null],
  ["属于…等级 with no score: 经综合评定，本项目属于优秀等级", [["经综合评定，本项目属于优秀等级"]], "A8"],
  ["达到…等次: 本项目达到优秀等次。", [["本项目达到优秀等次。"]], "A8"],
  ["  counter: a rule in prose (属于优秀等级的…): 评价结果属于优秀等级的项目，下年度预算优先安排", [["评价结果属于优秀等级的项目，下年度预算优先安排"]], null],
  ["  counter: a band's rule: 得分90分以上的属于优秀等级", [["得分90分以上的属于优秀等级"]], null],
  ["the score, then the grade: 评价结果：85分，优", [["评价结果：85分，优"]], "A8"],
  ["  counter: 评价结果：85分，良", [["评价结果：85分，良"]], null],
  ["the score, then the grade in brackets: 自评结论：85分（优秀）", [["自评结论：85分（优秀）"]], "A8"],
  ["  counter: a grade word running into prose: 评价结果：85分，优于上年", [["评价结果：85分，优于上年"]], null],
  ["an overall 评价: 综合评价为优秀", [["综合评价为优秀"]], "A8"],
  ["an overall 评价 with its score: 项目总得分85分，总体评价：优", [["项目总得分85分，总体评价：优"]], "A8"],
  ["  counter: 综合评价为良好", [["综合评价为良好"]], null],
  ["  counter: prose with no qualifier: 群众评价为优秀，社会反响良好", [["群众评价为优秀，社会反响良好"]], null],
  ["traditional: 該項目綜合得分85分，屬於優秀等級。", [["該項目綜合得分85分，屬於優秀等級。"]], "A8"],
  ["traditional: 評價結果：85分，優", [["評價結果：85分，優"]], "A8"],
  ["  counter: traditional 評價結果：85分，良", [["評價結果：85分，良"]], null],
  ["traditional: 綜合評價為優秀", [["綜合評價為優秀"]], "A8"],
];

describe.each(SHAPES)("%s", (_shape, tail, cell) => {
  test(cell ? `under a chosen profile (national) an error at ${cell}: 85 is 良` : "no grade finding", () => {
    const f = gradeFindings(table(tail), "national");
    if (!cell) expect(f).toEqual([]);
    else expect(f).toEqual([{ cell, severity: "error", messageId: "profile", expected: "良", total: 85 }]);
  });
});

/** An evaluation's summary (概要表) whose lines 4… are given: its result states the score beside the grade. */
function summary(lines: Row[]): Grid {
  return Grid.fromValues("概要表", [
    ["2023年度某县农村饮水安全项目绩效评价报告概要表"],
    ["项目名称", "农村饮水安全巩固提升工程"],
    ["评价机构", "某会计师事务所(第三方)"],
    ...lines,
    ["存在问题", "个别工程管护不到位"],
  ]);
}

describe("a summary's result (no indicator table): the grade against the score stated beside it", () => {
  test.each([
    ["总分 | 等级 headings over 85 | 优 (bare 总分 beside the grade's heading)", [["总分", "等级"], [85, "优"]], "B5", "A5"],
    ["得分 | 评价等级 headings over 85 | 优", [["得分", "评价等级"], [85, "优"]], "B5", "A5"],
    ["评分 | 85 | 评级 | 优", [["评分", 85, "评级", "优"]], "D4", "B4"],
    ["自评分 | 85 | 自评等级 | 优", [["自评分", 85, "自评等级", "优"]], "D4", "B4"],
    ["one line: 自评分：85 自评等级：优", [["自评分：85 自评等级：优"]], "A4", "A4"],
    ["绩效评价得分 | 85 | 绩效评价等级 | 优", [["绩效评价得分", 85, "绩效评价等级", "优"]], "D4", "B4"],
  ])("%s: an error at the grade (85 is 良)", (_shape, lines, cell, scoreCell) => {
    const f = review(summary(lines as Row[]), "national").findings.filter((x) => x.rule === "grade-mismatch");
    expect(f.map((x) => [x.cell, x.related ?? [], x.severity, x.data?.expected, x.data?.total])).toEqual([[cell, scoreCell === cell ? [] : [scoreCell], "error", "良", 85]]);
  });
  test.each([
    ["总分 | 等级 over 85 | 良", [["总分", "等级"], [85, "良"]]],
    ["评分 | 85 | 评级 | 良", [["评分", 85, "评级", "良"]]],
    ["a weight, not a score: 分值 | 等级 over 100 | 良 (分值 is no score label)", [["分值", "等级"], [100, "良"]]],
  ])("counter: %s — no finding", (_shape, lines) => {
    expect(gradeFindings(summary(lines as Row[]), "national")).toEqual([]);
  });
});

describe("grade words: 优秀/良好/合格/不合格 for a total of 85 (良)", () => {
  const pair = (grade: string) => table([["自评分值", 85, "自评等级", grade]]);
  test.each([
    ["优秀", [{ cell: "D8", severity: "error", messageId: "profile", expected: "良", total: 85 }]],
    ["良好", []],
    ["合格", [{ cell: "D8", severity: "error", messageId: "profile", expected: "良", total: 85 }]],
    ["不合格", [{ cell: "D8", severity: "error", messageId: "profile", expected: "良", total: 85 }]],
  ])("under the national profile chosen: %s", (grade, want) => {
    expect(gradeFindings(pair(grade), "national")).toEqual(want);
  });
  test("under assumed bands, 合格 for 85 may be a three-level pass (优秀/合格/不合格): info naming the assumption", () => {
    expect(gradeFindings(pair("合格"), "auto")).toEqual([{ cell: "D8", severity: "info", messageId: "assumed", expected: "良", total: 85 }]);
  });
  test("under assumed bands, 不合格 for 85 is no pass under any known bands: an error", () => {
    expect(gradeFindings(pair("不合格"), "auto")).toEqual([{ cell: "D8", severity: "error", messageId: "beyondAnyBands", expected: "良", total: 85 }]);
  });
});

describe("a 等级 column of indicator-level ratings is not the total's grade", () => {
  const head = [...HEAD, "等级"];
  const ratings: Row[] = [["优"], ["良"], ["差"]];
  test("ratings 优/良/差 on the indicator lines and none on the 合计 row: no grade finding", () => {
    expect(gradeFindings(table([], undefined, undefined, head, ratings), "national")).toEqual([]);
  });
  test("the 合计 row's 等级 良 matches 85; the lines' ratings are not checked against it", () => {
    expect(gradeFindings(table([], undefined, undefined, head, [...ratings, ["良"]]), "national")).toEqual([]);
  });
  test("the 合计 row's 等级 优 does not (85 is 良): one finding, at the 合计 row's grade", () => {
    expect(gradeFindings(table([], undefined, undefined, head, [...ratings, ["优"]]), "national")).toEqual([{ cell: "H7", severity: "error", messageId: "profile", expected: "良", total: 85 }]);
  });
});

describe("letters A/B/C/D where the sheet prints the bands", () => {
  const NOTE = "说明：90分（含）以上为A，80（含）-90分为B，60（含）-80分为C，60分以下为D。";
  test.each([
    ["A", [{ cell: "B8", severity: "error", messageId: "printed", expected: "良", total: 85 }]],
    ["A级", [{ cell: "B8", severity: "error", messageId: "printed", expected: "良", total: 85 }]],
    ["B", []],
    ["B级", []],
  ])("自评等级 | %s over the printed bands (85 is B)", (grade, want) => {
    // printed bands come first, whatever the profile: the same finding under auto
    expect(gradeFindings(table([["自评等级", grade], [NOTE]]), "auto")).toEqual(want);
  });
});

describe("bands the profile does not state: info naming the assumption (issue 7, item 5)", () => {
  // 45 + 16.7 + 10 = 71.7: 中 nationally and in Xinjiang (中 ≥ 70); 良 under the pmkpi default (良 ≥ 70)
  const sd = (line: string) => table([[line]], [45, 16.7, 10], 71.7);
  test("71.7 graded 良 with no bands printed or chosen: info (some known bands give 良)", () => {
    const f = review(sd("评价分值:71.7分 评价等级:良"), "auto").findings.filter((x) => x.rule === "grade-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.messageId, x.data?.expected])).toEqual([["A8", "info", "assumed", "中"]]);
    expect(f[0].message).toContain("假定");
  });
  test("the same line under a chosen profile: national and xinjiang both say 中, an error", () => {
    expect(gradeFindings(sd("评价分值:71.7分 评价等级:良"), "national")).toEqual([{ cell: "A8", severity: "error", messageId: "profile", expected: "中", total: 71.7 }]);
    expect(gradeFindings(sd("评价分值:71.7分 评价等级:良"), "xinjiang")).toEqual([{ cell: "A8", severity: "error", messageId: "profile", expected: "中", total: 71.7 }]);
  });
  test("71.7 graded 差, one band below: no known bands give it, an error even when assumed", () => {
    expect(gradeFindings(sd("评价分值:71.7分 评价等级:差"), "auto")).toEqual([{ cell: "A8", severity: "error", messageId: "beyondAnyBands", expected: "中", total: 71.7 }]);
  });
  test("counter: 71.7 graded 中 is right under every known band set", () => {
    expect(gradeFindings(sd("评价分值:71.7分 评价等级:中"), "auto")).toEqual([]);
  });
});

describe("an indicator-level column of grades stated in texts is no grade of the total", () => {
  const head = [...HEAD, "评价结论"];
  test.each([
    ["评价结果：45分，优 / 25分，优 / 15分，良 on the indicator lines", [["评价结果：45分，优"], ["评价结果：25分，优"], ["评价结果：15分，良"]]],
    ["属于优秀等级 / 属于优秀等级 / 属于良好等级 on the indicator lines", [["属于优秀等级"], ["属于优秀等级"], ["属于良好等级"]]],
    ["综合评价为优秀 on two indicator lines", [["综合评价为优秀"], ["综合评价为优秀"], []]],
  ] as [string, Row[]][])("%s: no grade finding", (_shape, extra) => {
    expect(gradeFindings(table([], undefined, undefined, head, extra), "national")).toEqual([]);
  });
  test("the same column with the total's line under the table (属于优秀等级 for 85): that line is checked", () => {
    const extra: Row[] = [["评价结果：45分，优"], ["评价结果：25分，优"], ["评价结果：15分，良"]];
    expect(gradeFindings(table([["经综合评定，本项目属于优秀等级"]], undefined, undefined, head, extra), "national")).toEqual([{ cell: "A8", severity: "error", messageId: "profile", expected: "良", total: 85 }]);
  });
});

describe("the later shapes with no bands printed or chosen: info naming the assumption", () => {
  test.each([["该项目综合得分85分，属于优秀等级。"], ["评价结果：85分，优"], ["综合评价为优秀"]])("%s under auto: info (85 is 优 under some known bands)", (line) => {
    const f = review(table([[line]]), "auto").findings.filter((x) => x.rule === "grade-mismatch");
    expect(f.map((x) => [x.cell, x.severity, x.messageId, x.data?.expected])).toEqual([["A8", "info", "assumed", "良"]]);
    expect(f[0].message).toContain("假定");
  });
});
