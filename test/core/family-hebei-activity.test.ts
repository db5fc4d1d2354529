import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";

/**
 * The Hebei 部门工作活动(项目)绩效评价自评表 without its title: its head block names the project "工作活动(项目)" and reports
 * what was done (实际开始/完成, 实际支出): a project self-evaluation. The same labels in a form that reports nothing
 * done (a declaration's 计划 only) are no such evidence.
 */
const sheet = (done: boolean) =>
  Grid.fromValues("Sheet1", [
    ["工作活动(项目)负责人", "张三", "联系电话", "5804476"],
    ["单位地址", "某县某村"],
    ["工作活动(项目)起止时间", "计划开始: 2019年1月", null, "计划完成: 2019年12月"],
    ...(done ? [[null, "实际开始: 2019年1月", null, "实际完成: 2019年12月"]] : []),
    ["一、项目资金情况"],
    [null, "以前年度资金(万元)", "预算安排 (万元)", done ? "实际到位金额 (到达项目单位)" : "申请金额", done ? "实际支出金额 (项目单位支出)" : "备注", done ? "结余金额 (万元)" : ""],
    ["省财政资金", null, 300, 300, done ? 151.56 : null, done ? 148.44 : null],
    ["二、工作活动(项目)绩效目标情况"],
    ["绩效目标", "总目标", "更换消火栓系统"],
  ]);

test("with 实际开始/实际支出/结余: project-self-eval", () => {
  expect(recognise(sheet(true)).family).toBe("project-self-eval");
});
test("计划 only, nothing reported done: not a project self-evaluation", () => {
  expect(recognise(sheet(false)).family).not.toBe("project-self-eval");
});
