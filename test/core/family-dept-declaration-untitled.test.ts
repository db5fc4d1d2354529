import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A department's declaration of targets (部门整体支出绩效目标表) pasted without its title: its blocks say it — the year's
 * 收入 and 支出 opening their lines (年度收入(万元) | 收入合计 …), its tasks with what each is for (任务名称 | 主要内容,
 * nothing of their completion), its 整体绩效目标 — over targets with no completion value.
 */
type Row = (string | number | null)[];
const declaration = (weights: boolean): Row[] => [
  ["(2023年度)", null, null, null, null, null, "单位：万元"],
  ["部门名称", "市文化和旅游局"],
  ["年度收入(万元)", "收入合计", 364],
  [null, "一般公共预算", 314],
  [null, "其他收入", 50],
  ["年度支出(万元)", "支出合计", 364],
  [null, "基本支出", 234],
  [null, "项目支出", 130],
  ["部门职责", "任务名称", "主要内容", "资金(万元)"],
  [null, "履行行业监管职责", "开展文化市场执法检查", 51],
  [null, "开展专项业务工作", "举办文化惠民演出", 79],
  ["整体绩效目标", "2023年围绕部门职责完成各项工作任务，保障重点项目按期实施。"],
  ["一级指标", "二级指标", "三级指标", "指标值", ...(weights ? ["分值"] : [])],
  ["产出指标", "数量指标", "惠民演出场次", "≥24场", ...(weights ? [40] : [])],
  [null, "质量指标", "执法检查覆盖率", "≥95%", ...(weights ? [30] : [])],
  ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", ...(weights ? [30] : [])],
];
const family = (rows: Row[]) => review(Grid.fromValues("S", rows, ["A3:A5", "A6:A8", "A9:A11"]), "national").model.family;

describe("a department's declaration of targets without its title", () => {
  test.each([false, true])("its 收入/支出 blocks, tasks and 整体绩效目标 over targets (分值: %s): target-declaration", (weights) => {
    expect(family(declaration(weights))).toBe("target-declaration");
  });

  test("counter-shape: the department's self-evaluation (its tasks' completion, 实际完成值 and 得分 beside the targets) stays dept-self-eval", () => {
    const rows: Row[] = [
      ["(2023年度)"],
      ["部门名称", "市文化和旅游局"],
      ["年度支出(万元)", "预算数", "执行数", "执行率"],
      [null, "基本支出", 234, 230, "98.29%"],
      [null, "项目支出", 130, 120, "92.31%"],
      ["年度主要任务", "任务名称", "主要内容", "完成情况"],
      [null, "开展专项业务工作", "举办文化惠民演出", "已完成"],
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      ["产出指标", "数量指标", "惠民演出场次", "≥24场", "26场", 50, 50],
      ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "93%", 50, 50],
    ];
    expect(family(rows)).toBe("dept-self-eval");
  });
});
