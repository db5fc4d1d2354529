import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * The shapes corpus46's four held-out sheets (graduated in session 37, batch47-graduation-diagnosis.md) showed the
 * engine reading wrongly, each with its counter-shape:
 *  1. 考核内容 (one head merged over the groups' column and their parts') | 考核标准 | 扣分标准 | 考核方式 | 得分, no 分值
 *     column: the 标准 column holds the numbered items stating their points ("1、…(3分)。"), the 扣分标准 column (a
 *     rule's own word) the rules — the items were read as the rubric, so their numbering (1、2、3、3、) was never checked;
 *  2. a 二级 group stating its points with no items under it, one sentence on its line in the items' column
 *     (社区党建(10分) | 由市委组织部制定考核标准): scored as one item, its line the indicator.
 */
type Row = (string | number | null)[];
const at = (rows: Row[], r: number, c: number, v: string | number | null) => rows.map((row, i) => (i === r ? row.map((x, j) => (j === c ? v : x)) : row));
const reviewed = (rows: Row[], merges: string[]) => review(Grid.fromValues("S", rows, merges), "national");
const errors = (rows: Row[], merges: string[]) =>
  reviewed(rows, merges)
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

// (the 农村社区 考核评分表's shape, shortened: 社区自治 10 = 3 + 2 + 2 + 3, 社区设施 10 = 2 + 3 + 5)
const FORM: Row[] = [
  ["考核内容", null, "考核标准", "扣分标准", "考核方式", "得分"],
  ["基础工作(30)", "社区党建(10分)", "由市委组织部制定考核标准,并组织考核。", null, null, null],
  [null, "社区自治(10分)", "1、依法按期完成换届选举,资料齐全(3分)。", "延期换届的扣1分;资料不全扣0.5分。", "查资料", null],
  [null, null, "2、有办公场所和标识,办公设施齐全(2分)。", "无办公场所不得分;无标识扣0.5分。", "看现场", null],
  [null, null, "3、制度上墙,有相关工作板夹(2分)。", "每少一个扣0.5分。", "查资料看现场", null],
  [null, null, "4、选举产生社区事务监督委员会(3分)。", "每有一项不达标扣0.5分。", "查资料", null],
  [null, "社区设施(10分)", "1、服务中心面积达标(2分)。", "每有一项不达标扣0.5分。", "看现场", null],
  [null, null, "2、综合服务厅设施齐全(3分)。", "每有一项不达标扣0.5分。", "看现场", null],
  [null, null, "3、实现集中供暖(5分)。", "未实现集中供暖扣2分。", "看现场", null],
];
const MERGES = ["A1:B1", "A2:A9", "B3:B6", "B7:B9"];
// (the head's merge undone: 考核内容 | blank, the groups' merges too)
const UNMERGED = FORM;

describe("1. numbered items under 考核标准 beside a 扣分标准 column, the level's head over two columns", () => {
  test.each<[string, Row[], string[]]>([
    ["the published shape: nothing flagged", FORM, []],
    ["an item number repeated (1、2、3、3、): found", at(FORM, 5, 2, "3、选举产生社区事务监督委员会(3分)。"), ["code-sequence@C6"]],
    ["an item number skipped (1、2、4、): found", at(FORM, 4, 2, "4、制度上墙,有相关工作板夹(2分)。"), ["code-sequence@C5"]],
    ["the last group's numbers repeated (1、2、2、): found", at(FORM, 8, 2, "2、实现集中供暖(5分)。"), ["code-sequence@C9"]],
    // (3 + 2 + 2 + 5 = 12 against the group's 10)
    ["an item's points (3分) → (5分): found at its group", at(FORM, 5, 2, "4、选举产生社区事务监督委员会(5分)。"), ["weight-sum-mismatch@B3"]],
    // counters: the numbering starting again under each group is no repeat; a 3 and a 3.1 under it, sub-items ①② inside one
    ["counter: 1、 again under the next group's merged label", FORM, []],
    ["counter: an item's text listing ①② inside it", at(FORM, 4, 2, "3、制度上墙:①职责②制度,有相关工作板夹(2分)。"), []],
  ])("%s", (_name, rows, expected) => {
    expect(errors(rows, MERGES)).toEqual(expected);
  });
  test("the columns read: the groups, their parts, the items, the rules", () => {
    const cols = reviewed(FORM, MERGES).model.columns;
    expect([cols.level1, cols.level2, cols.level3, cols.rubric]).toEqual([1, 2, 3, 4]);
  });
  test("the head's merge and the groups' merges undone: the same columns, the repeat found", () => {
    const cols = reviewed(UNMERGED, []).model.columns;
    expect([cols.level1, cols.level2, cols.level3, cols.rubric]).toEqual([1, 2, 3, 4]);
    expect(errors(at(UNMERGED, 5, 2, "3、选举产生社区事务监督委员会(3分)。"), [])).toEqual(["code-sequence@C6"]);
  });
  test("counter: 考核标准 holding the rules themselves (no numbered items with points) stays the rubric", () => {
    const rows = FORM.map((r, i) => (i === 0 ? r : [r[0], r[1], r[3], r[2] === null ? null : "查资料", r[4], r[5]]));
    const cols = reviewed(rows, MERGES).model.columns;
    expect(cols.level3).not.toBe(3);
  });
  test("counter: a second column of no rules after the items (看现场 only) leaves 考核标准 the rubric", () => {
    const rows = FORM.map((r, i) => (i === 0 ? [r[0], r[1], r[2], "考核方式", "得分"] : [r[0], r[1], r[2], r[4], r[5]]));
    const cols = reviewed(rows, MERGES).model.columns;
    expect(cols.rubric).toBe(3);
  });
});

describe("2. a group with its points and no items: its line is its indicator", () => {
  test("社区党建(10分) over one sentence: an indicator weighing 10, the items their own points", () => {
    const m = reviewed(FORM, MERGES).model;
    expect(m.indicators.map((i) => [i.row, i.weight])).toEqual([[2, 10], [3, 3], [4, 2], [5, 2], [6, 3], [7, 2], [8, 3], [9, 5]]);
  });
  test("counter: a group's first line among its items is no indicator of the group's points", () => {
    const m = reviewed(FORM, MERGES).model;
    expect(m.indicators.find((i) => i.row === 3)?.weight).toBe(3);
  });
});

// (银川 六中's 成本指标 with its first line's 分值 4 → 7, as the planner's weight mutant writes it: 7 + 3 + 3 = 13 against 10)
const COSTS: Row[] = [
  ["一级指标", "二级指标", "三级指标", "分值", "指标值", "实际值", "得分"],
  ["产出指标(20分)", "数量指标(10分)", "保障人数", 10, "2370人", "2370人", 10],
  [null, "成本指标(10分)", "办公所需成本", 7, "15万元", "15万元", 7],
  [null, null, "维修所需成本", 3, "35万元", "35万元", 3],
  [null, null, "水电费等成本", 3, "14.8万元", "14.8万元", 3],
];
describe("3. points written again on a group's lines beside its label still merged down over them: each line's own", () => {
  test.each<[string, Row[], string[], string[]]>([
    ["the 二级 label merged over the lines: 7 + 3 + 3 = 13 against 10, found", COSTS, ["A2:A5", "B3:B5"], ["weight-sum-mismatch@B3"]],
    // counter: the label written on each line (an export that filled every merge down): the 3 read once, 7 + 3 = 10
    ["counter: the label filled down too — the repeated 3 is one merged value", COSTS.map((r, i) => (i >= 3 ? [r[0] ?? "产出指标(20分)", "成本指标(10分)", ...r.slice(2)] : i >= 1 ? [r[0] ?? "产出指标(20分)", ...r.slice(1)] : r)), [], []],
  ])("%s", (_name, rows, merges, expected) => {
    expect(errors(rows, merges)).toEqual(expected);
  });
});

describe("2b. counter: a group opening on the table's last line (an excerpt cut inside it) is no item of the group's points", () => {
  test("社区环境(10分) over a cut first item on the last line: no indicator there", () => {
    const rows: Row[] = [...FORM, [null, "社区环境(10分)", "1、社区环境整洁", null, null, null]];
    const m = reviewed(rows, ["A1:B1", "A2:A10", "B3:B6", "B7:B9"]).model;
    expect(m.indicators.find((i) => i.row === 10)?.weight ?? null).toBeNull();
  });
});

// (the 中介机构 报告质量 考核评分表's shape: each item's rule in 评分标准, numbered 1. 2. 3. under each 一级 group)
const RULED: Row[] = [
  ["考核内容", "分值", "评分标准", "评定分数"],
  ["一、报告格式", 6, null, null],
  ["(一)封面填写", 2, "1.封面各要素填写规范的,计2分;每有一项不规范扣0.5分。", null],
  ["(二)表格填写", 2, "2.表格部分填写齐全且符合要求的,计2分;每有一项填写不全扣0.5分。", null],
  ["(三)评价计分", 2, "3.评价计分正确、评分与评级相符的,计2分;不符的扣1分。", null],
  ["二、报告内容", 14, null, null],
  ["(一)要素完备", 2, "1.评价报告基本要素齐全的,计2分;每缺一项扣0.5分。", null],
  ["(二)内容齐全", 8, "2.评价报告按编写提纲要求撰写的,计8分;每缺一项扣2分。", null],
  ["(三)文字语言", 4, "3.评价报告准确规范、文字通顺的,计4分;酌情扣分。", null],
];
describe("4. a rubric column numbering its lines (one rule a line, 1. 2. 3. under each group): its repeats and skips", () => {
  test.each<[string, Row[], string[]]>([
    ["the published shape: nothing flagged (the numbering starts again under 二、)", RULED, []],
    ["a rule's number repeated (1. 2. 2.): found", at(RULED, 4, 2, "2.评价计分正确、评分与评级相符的,计2分;不符的扣1分。"), ["code-sequence@C5"]],
    ["a rule's number skipped in the second group (1. 2. 4.): found", at(RULED, 8, 2, "4.评价报告准确规范、文字通顺的,计4分;酌情扣分。"), ["code-sequence@C9"]],
    // counters: rules each listing their own points (every cell opening with 1.); a rubric mostly unnumbered
    ["counter: every rule opening with its own list (1.… 2.… in each cell)", RULED.map((r, i) => (i > 0 && typeof r[2] === "string" ? at([r], 0, 2, `1.${r[2].slice(2)}2.其他情形不得分。`)[0] : r)), []],
    ["counter: a rubric mostly unnumbered, two numbered lines out of order", RULED.map((r, i) => (i > 0 && typeof r[2] === "string" ? at([r], 0, 2, i === 3 ? "3.表格齐全计2分" : i === 4 ? "2.计分正确计2分" : r[2].slice(2))[0] : r)), []],
  ])("%s", (_name, rows, expected) => {
    expect(errors(rows, [])).toEqual(expected);
  });
});

// (广东's 用款计划额度构成 附表: two classifications of one quota, no total line)
const QUOTA: Row[] = [
  ["用款计划额度构成", null, "额 度(万元)", "比 例(%)"],
  ["按预算项目分类", "基本支出", "218,747", "27"],
  [null, "项目支出", "604,920", "73"],
  ["按支付方式分类", "直接支付", "405,351", "49"],
  [null, "授权支付", "418,316", "51"],
];
describe("5. 额度 (万元) names a money column: a list of amounts with no total has its header", () => {
  test.each<[string, Row[], number | null]>([
    ["额 度(万元) over the amounts: header line 1", QUOTA, 1],
    ["the same worded 金额(万元)", at(QUOTA, 0, 2, "金额(万元)"), 1],
    // counter: a head naming no money (说明) over the same numbers reads no list
    ["counter: 说 明 over the numbers: no header", at(QUOTA, 0, 2, "说 明"), null],
  ])("%s", (_name, rows, header) => {
    expect(reviewed(rows, ["A1:B1", "A2:A3", "A4:A5"]).model.headerRow).toBe(header);
    expect(errors(rows, ["A1:B1", "A2:A3", "A4:A5"])).toEqual([]);
  });
});

describe("2c. counter: in a form whose lines are scored, a group's single blank line is no item of the group's points", () => {
  test("社区党建(10分) over a blank template line in a scored form: no indicator there", () => {
    const rows = FORM.map((r, i) => (i >= 2 ? [...r.slice(0, 5), 1] : r));
    const m = reviewed(rows, MERGES).model;
    expect(m.indicators.find((i) => i.row === 2)).toBeUndefined();
  });
});

describe("2d. counter: a group's label merged down over blank lines left for the unit to fill is no one item", () => {
  test("履职成效(20分) merged over 部门特性指标 and three empty lines: no indicator there", () => {
    const rows: Row[] = [
      ["一级指标", "二级指标", "三级指标", "得分"],
      ["部门决策(20分)", "目标任务(10分)", "目标制定(5分)", null],
      [null, null, "目标执行(5分)", null],
      [null, "预算编制(10分)", "预算编制科学(5分)", null],
      [null, null, "预算编制规范(5分)", null],
      ["部门绩效(35分)", "履职成效(20分)", "部门特性指标", null],
      [null, null, null, null],
      [null, null, null, null],
      [null, "满意度(15分)", "社会公众满意度(15分)", null],
    ];
    const m = reviewed(rows, ["A2:A5", "B2:B3", "B4:B5", "A6:A9", "B6:B8"]).model;
    expect(m.indicators.find((i) => i.row === 6)?.weight ?? null).toBeNull();
  });
});
