import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { withJoinedHeads } from "../../src/core/recognise/split-heads";

/**
 * A header whose words are written over two lines (split-heads.ts): 一级 over 指标, 评分 over 标准, 评价 over 结果, the short
 * heads (序号, 分值, 得分) merged down over both, as a narrow column's head is typed into two cells where the template
 * prints it on one (real/ah-tongling-jiaoqu-rural-public-award-rubric-2021: 指标 over 分值, 县级 over 评分, 市级 over 评分).
 * Read as one line, the table keeps its family and its columns. Counter-shapes, no pair: a line of fields over the
 * header (镇 | 村 | 村书记 | 电话, real/js-kunshan-…-scoring-excerpt), a form's head of fields and their values
 * (项目名称 | 初中公用经费 | 主管部门 over 实施单位 | 银川市第六中学 | 自评得分, real/nx-yinchuan-liuzhong-gongyong), or over
 * a fund block's header (corpus 011 with its merges undone), the
 * header over its table's first lines, a title over its second line, a header over its units.
 */

type Row = (string | number | null)[];
const grid = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
/** the text of each cell of a line, the merged tails skipped */
const line = (g: Grid, r: number) => Array.from({ length: g.colCount }, (_, k) => (g.ownsCell(r, k + 1) ? g.compactText(r, k + 1) : "·"));

const RUBRIC_LINES: Row[] = [
  [1, "决策", "项目立项", "立项依据充分性", 10, "依据充分得10分，否则每项扣2分", 9],
  [2, "过程", "资金管理", "资金到位率", 20, "到位率×分值", 18],
  [3, "产出", "产出数量", "任务完成率", 30, "按完成比例计分", 30],
  [4, "效益", "社会效益", "群众满意度", 40, "满意度≥90%得满分，每低1%扣1分", 36],
  ["合计", null, null, null, 100, null, 93],
];
/** 序号 | 一级 | 二级 | 三级 | 分值 | 评分 | 得分 over · | 指标 | 指标 | 指标 | · | 标准 | · */
const splitRubric = grid([["序号", "一级", "二级", "三级", "分值", "评分", "得分"], [null, "指标", "指标", "指标", null, "标准", null], ...RUBRIC_LINES], ["A1:A2", "E1:E2", "G1:G2"]);
const oneLineRubric = grid([["序号", "一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"], ...RUBRIC_LINES]);

const RESULT_LINES: Row[] = [
  [1, "城镇污水处理设施建设工程", 0.4, 87, "良"],
  [2, "石羊溪水质提升工程", 1.36, 91, "优"],
  [3, "老旧小区改造工程", 0.8, 78, "中"],
];
/** A list of projects with their evaluation's score and grade, its heads over two lines. */
const splitResults = grid(
  [
    ["序号", "项目", "发行金额", "评价", "评价"],
    [null, "名称", "(亿元)", "得分", "结果"],
    ...RESULT_LINES,
  ],
  ["A1:A2"],
);

const oneLineResults = grid([["序号", "项目名称", "发行金额(亿元)", "评价得分", "评价结果"], ...RESULT_LINES]);

/** A target table's header split (一级 | 二级 | 三级 | 绩效 | 权重 over 指标 | 指标 | 指标 | 指标值): the top line reads three words alone. */
const TARGET_TITLE = "某县2023年度职业技能培训项目绩效目标表";
const TARGET_LINES: Row[] = [
  ["产出指标", "数量指标", "培训人次", "≥500人次", "30%"],
  [null, "质量指标", "培训合格率", "≥95%", "30%"],
  ["效益指标", "社会效益指标", "就业率提高", "≥5%", "40%"],
];
const splitTargets = grid([[TARGET_TITLE], ["一级", "二级", "三级", "绩效", "权重"], ["指标", "指标", "指标", "指标值", null], ...TARGET_LINES], ["A1:E1", "E2:E3", "A4:A5"]);
const oneLineTargets = grid([[TARGET_TITLE], ["一级指标", "二级指标", "三级指标", "绩效指标值", "权重"], ...TARGET_LINES], ["A1:E1", "A3:A4"]);

describe("a header's words written over two lines are read as one line", () => {
  test.each([
    ["an indicator system's rubric", splitRubric, 1, ["序号", "一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分"]],
    ["a list of projects' results", splitResults, 1, ["序号", "项目名称", "发行金额(亿元)", "评价得分", "评价结果"]],
    ["a target table whose top line reads three words alone", splitTargets, 2, ["一级指标", "二级指标", "三级指标", "绩效指标值", "权重"]],
  ])("%s: the words joined on the top line, merged down over both", (_, g, top, words) => {
    const joined = withJoinedHeads(g)!;
    expect(line(joined, top)).toEqual(words);
    expect(line(joined, top + 1)).toEqual(words.map(() => "·"));
  });

  test.each([
    ["an indicator system's rubric", splitRubric, oneLineRubric, "indicator-system"],
    ["a list of projects' results", splitResults, oneLineResults, "evaluation-summary"],
    ["a target table", splitTargets, oneLineTargets, "target-declaration"],
  ])("%s: the family and the columns of its one-line original", (_, split, one, family) => {
    const a = review(split, "national").model;
    const b = review(one, "national").model;
    expect([a.family, b.family]).toEqual([family, family]);
    expect(a.columns).toEqual(b.columns);
  });

  test("the split rubric's four lines with their points and scores, 93 of 100", () => {
    const m = review(splitRubric, "national").model;
    expect(m.indicators.map((i) => [i.name, i.weight, i.claimedScore])).toEqual([
      ["立项依据充分性", 10, 9],
      ["资金到位率", 20, 18],
      ["任务完成率", 30, 30],
      ["群众满意度", 40, 36],
    ]);
  });
});

describe("two lines that are no header's halves are left as they are", () => {
  test.each([
    [
      "a line of fields over the header (镇 | 村 | 村书记 | 电话)",
      grid([["镇", "村", "村书记", "电话", "总户数"], ["序号", "内容", "标准分", "评分标准", "村自评分"], [1, "有工作领导小组", 7, "有专人分管得2分", 7]]),
    ],
    [
      "a form's head of fields and their values",
      grid([["项目名称", "初中公用经费", "主管部门", "银川市教育局"], ["实施单位", "银川市第六中学", "自评得分", 98]]),
    ],
    [
      "a line of fields over a fund block's header, its merges undone (主管部门 | … | 实施单位 over 项目资金(元) | 年初预算数 | … | 分值)",
      grid([
        ["主管部门", "永德县教育体育局", null, null, null, "实施单位", "永德县明朗中学", null],
        ["项目资金(元)", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [null, "年度资金总额", 387664.62, 387664.62, 387664.62, 10, "100%", 10],
      ], ["B1:E1", "G1:H1"]),
    ],
    ["the header over its table's first lines", oneLineRubric],
    [
      "a header over its table's short first lines (一级指标 | 二级指标 over 产出指标 | 数量指标)",
      grid([["一级指标", "二级指标", "三级指标", "指标值"], ["产出指标", "数量指标", "培训人次", "500人次"], [null, "质量指标", "合格率", "95%"]]),
    ],
    ["a title over its second line", grid([["某县农业农村局"], ["2023年度评分细则"], ["一级指标", "分值", "评分标准"], ["决策", 10, "依据充分得10分"]])],
    ["a header over its units", grid([["年初预算数", "全年预算数", "全年执行数", "执行率"], ["(万元)", "(万元)", "(万元)", "(%)"], [100, 100, 95, "95%"]])],
  ])("%s", (_, g) => {
    expect(withJoinedHeads(g)).toBeNull();
  });
});
