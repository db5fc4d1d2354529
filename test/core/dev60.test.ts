import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * dev60 (session 60; test/fixtures/real/dev60-s60-diagnosis.md). Every figure below is a hand count, sum or quotient.
 */
type Cell = string | number | null;
type Row = Cell[];
const findings = (g: Grid, rule: string) =>
  review(g, "national")
    .findings.filter((f) => f.rule === rule)
    .map((f) => `${f.severity} ${f.cell}`);

/**
 * A Hunan-style 项目支出绩效自评表: the 资金 block (分值 10, 得分 in H5), then the indicators with their 分值 in G and 得分 in H.
 * `block` puts one 分值 per block, merged down it (产出 50 over G12:G15, 效益 30 over G16:G17: 益阳's shape); else each line
 * carries its own (20 + 10 + 10 + 10 = 50 for 产出, 15 + 15 = 30 for 效益). `scores` are the six lines' 得分, `fund` H5's.
 */
const sheet = (fund: number | null, scores: (number | null)[], block: boolean, filled?: number[]): Grid => {
  const w = filled ?? (block ? [50, null, null, null, 30, null] : [20, 10, 10, 10, 15, 15]);
  // (filled: the block labels and 分值 written on every line of their block, no merge — an export's 取消合并并填充)
  const L1 = (k: number) => (filled ? (k < 4 ? "产出指标(50分)" : "效益指标(30分)") : k === 0 ? "产出指标(50分)" : k === 4 ? "效益指标(30分)" : "");
  const L = (k: number, l2: string, l3: string, t: string, a: string): Row => ["", L1(k), l2, l3, t, a, w[k], scores[k], ""];
  const rows: Row[] = [
    ["2021年度项目支出绩效自评表"],
    ["项目名称", "某项目资金"],
    ["主管部门", "某市教育局", "", "", "", "实施单位", "某学校"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", 593.27, 593.27, 448.64, 10, "76%", fund],
    ["", "其中:当年财政拨款", 593.27, 593.27, 448.64],
    ["", "上年结转资金"],
    ["", "其他资金"],
    ["年度总体目标", "预期目标", "", "", "", "实际完成情况"],
    ["", "弥补学校运转经费缺口", "", "", "", "全部用于学校运转经费"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    L(0, "数量指标", "资助学生人数", "3018", "3018"),
    L(1, "质量指标", "职业技术能力鉴定达标率", "98%", "98%"),
    L(2, "时效指标", "资金发放及时率", "100%", "100%"),
    L(3, "成本指标", "严格成本控制", "100%", "100%"),
    L(4, "社会效益指标", "减轻学生家庭经济负担", "100%", "100%"),
    L(5, "可持续影响指标", "资助政策持续实施", "长期", "长期"),
  ];
  const width = 9;
  const values = rows.map((r) => [...r, ...Array(width - r.length).fill("")]);
  const merges = ["A1:I1", "B2:I2", "B3:E3", "G3:I3", "A4:B4", "A5:A8", "A9:A10", "A11:A17"];
  return Grid.fromValues("Sheet1", values, filled ? merges : [...merges, "B12:B15", "B16:B17", ...(block ? ["G12:G15", "G16:G17"] : [])]);
};

describe("missing-score: an indicator table none of whose lines is scored is a form not scored, whatever its 资金 line holds", () => {
  const none = [null, null, null, null, null, null];
  test.each([
    // the 资金 line scored (10), no indicator line: the form is not scored — 益阳's shape, block weights merged down; one
    // note for the sheet at the 得分 head (H11), no error per line
    ["the 资金 block alone scored, block weights (益阳)", 10, none, true, ["info H11"]],
    ["the 资金 block alone scored, a weight on every line", 10, none, false, ["info H11"]],
    ["nothing scored (a template)", null, none, false, []],
    // counter-shapes: lines scored, one or two left blank — an error each, at the blank line's 得分
    ["one line blank among five scored (H14)", 10, [20, 10, null, 10, 15, 15], false, ["error H14"]],
    // (H13 and H16: the last line, H17, is where a sheet cut at the bottom stops — its blank is not judged, as before)
    ["two lines blank among four scored (H13, H16)", 10, [20, null, 10, 10, null, 15], false, ["error H13", "error H16"]],
    ["the 资金 block unscored, every line scored (H5)", null, [20, 10, 10, 10, 15, 15], false, ["error H5"]],
    ["block weights, 产出 scored 48, 效益 blank (H16)", 10, [48, null, null, null, null, null], true, ["error H16"]],
  ] as [string, number | null, (number | null)[], boolean, string[]][])("%s", (_n, fund, scores, block, expected) => {
    expect(findings(sheet(fund, scores, block), "missing-score")).toEqual(expected);
  });
});

describe("a block's 分值 filled down beside its label that states it (filled-down.ts labelPointsCopy)", () => {
  const none = [null, null, null, null, null, null];
  const weights = (g: Grid) => review(g, "national").model.indicators.map((i) => i.weight);
  const errors = (g: Grid) =>
    review(g, "national")
      .findings.filter((f) => f.severity === "error")
      .map((f) => `${f.rule}@${f.cell}`);
  test("merged (益阳's shape): one 分值 per block, 50 and 30, as the labels state", () => {
    expect(weights(sheet(10, none, true))).toEqual([50, null, null, null, 30, null]);
  });
  test("filled down: 50 on each of 产出's four lines and 30 on each of 效益's two are the blocks' (50 × 4 = 200 would miss the label's 50)", () => {
    const g = sheet(10, none, true, [50, 50, 50, 50, 30, 30]);
    expect(weights(g)).toEqual([50, null, null, null, 30, null]);
    expect(errors(g)).toEqual(errors(sheet(10, none, true)));
  });
  // counter-shapes: numbers that are not the label's points stay each line's own (20 × 4 = 80 against 50: flagged)
  test("filled down, 20 on each of 产出's lines under '(50分)': each line's own, the block's sum 80 flagged", () => {
    const e = errors(sheet(10, none, true, [20, 20, 20, 20, 30, 30]));
    expect(e.filter((x) => x.startsWith("weight-sum-mismatch"))).toEqual(["weight-sum-mismatch@B12"]);
  });
});

describe("code-sequence: a report's list of its published tables keeps the standard set's numbers (table-list.ts)", () => {
  /** A report printed one paragraph a row in column A (a 决算 公开 report's page). */
  const doc = (lines: string[]) => Grid.fromValues("Sheet1", lines.map((t) => [t]));
  const TITLE = "某单位2024年度部门决算公开报告";
  const PART1 = ["第一部分 基本情况", "一、部门职责", "负责本部门职责范围内的工作。", "二、机构设置", "本部门内设机构5个。"];
  const PART3 = ["第三部分 2024年度部门决算情况说明", "一、收入支出总体情况说明", "2024年度收入总计100万元,支出总计90万元。"];
  // the list's first line is row 8: title 1, part one rows 2–6 (or five lines of a cover: a list at a document's top), heading 7
  const COVER = ["单位名称:某单位", "编制日期:2025年9月", "", "", ""];
  const report = (head: string, list: string[]) =>
    doc([TITLE, ...(head.startsWith("第") ? PART1 : COVER), head, ...list, "以上报表见附件。", ...PART3]);
  const STD = ["一、收入支出决算公开表", "四、财政拨款收入支出决算公开表", "六、一般公共预算财政拨款基本支出决算公开表", "八、国有资本经营预算财政拨款收入支出决算公开表"];
  test.each([
    // 一、 四、 六、 八、: three skips forward (2–3, 5, 7 left out), each the standard set's number — no finding
    ["一、四、六、八、 under '…决算公开报表' (西藏政法委's shape)", "第二部分 2024年度部门决算公开报表", STD, []],
    ["under '附表:'", "附表:", STD, []],
    ["under '目录', page numbers after the names", "目录", ["一、收入支出决算总表……5", "三、支出决算表……7", "四、财政拨款收入支出决算总表……8"], []],
    ["under '目录', a fragment counting on (九、 十、 十二、)", "目录", ["九、国有资本经营预算财政拨款收入支出决算表", "十、三公经费支出决算表", "十二、部门决算量化评价表"], []],
    ["under '第二部分 2024年度部门决算表', a bracketed note after one name", "第二部分 2024年度部门决算表", ["一、收入支出决算表", "二、收入决算表", "七、政府性基金预算财政拨款收入支出决算表(无数据)", "九、三公经费支出决算表"], []],
    // counter-shapes: a repeat, a step back, a line that names no table, no heading of tables
    ["a number repeated (四、 twice: A10 — the 四、 after 一、 passes as the set's)", "第二部分 2024年度部门决算公开报表", [STD[0], STD[1], "四、一般公共预算财政拨款支出决算公开表", STD[3]], ["error A10"]],
    ["a step back (一、 四、 三、: A10)", "第二部分 2024年度部门决算公开报表", [STD[0], STD[1], "三、一般公共预算财政拨款支出决算公开表"], ["error A10"]],
    ["one line that names no table (二、 → 四、 judged: A9)", "第二部分 2024年度部门决算公开报表", ["一、收入支出决算公开表", "三、部门职责说明", "四、财政拨款收入支出决算公开表"], ["error A9"]],
    ["the same tables under a heading that names none (A9, A10, A11)", "第二部分 2024年度部门决算情况", STD, ["error A9", "error A10", "error A11"]],
  ] as [string, string, string[], string[]][])("%s", (_n, head, list, expected) => {
    expect(findings(report(head, list), "code-sequence")).toEqual(expected);
  });
  test("numbered sections of prose with a skipped number are still flagged (一、 二、 四、: A6)", () => {
    const g = doc([TITLE, "一、部门职责", "负责本部门职责范围内的工作。", "二、机构设置", "本部门内设机构5个。", "四、人员情况", "年末实有人数12人。"]);
    expect(findings(g, "code-sequence")).toEqual(["error A6"]);
  });
});
