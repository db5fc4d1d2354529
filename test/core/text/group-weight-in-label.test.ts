/** Group weights written bare after the label ("投入20 分"), and what must never be read as one. */
import { groupLabelName, groupWeightInLabel } from "../../../src/core/text/labels";

describe("groupWeightInLabel: points after a group label, bracketed or bare", () => {
  test.each([
    ["投入20 分", 20, "安徽 scoring form, a space before 分"],
    ["公共区域18分", 18, ""],
    ["农村村庄环境卫生考核评分45分", 45, "评分 is part of the name"],
    ["农村生活垃圾分类减量化处理考核评分45分", 45, "减量化 is a word, not a deduction"],
    ["项目管理 13 分", 13, "Hubei block label"],
    ["产出指标(50分)", 50, "bracketed, as weightInLabel"],
    ["效益指标２０．５分", 20.5, "full-width digits"],
    ["一、组织领导38分", 38, "bare after the group's code (the code's 、 is no sentence)"],
    ["(一)组织领导 38分", 38, "bare after a bracketed code"],
    ["1.组织领导38分", 38, "bare after a numbered code"],
    ["组织领导【20分】", 20, "in black lenticular brackets"],
    ["一、组织领导【20分】", 20, "in black lenticular brackets after a code"],
  ])("%p → %p %s", (s, w) => {
    expect(groupWeightInLabel(s)).toBe(w);
  });
  test.each([
    "按时完成率达到90分钟",
    "时长≥20分钟",
    "采用100分制",
    "得分",
    "100分",
    "考试成绩80分以上比例",
    "平均成绩80分",
    "满分100分",
    "总分100分",
    "每发现1处扣0.5分",
    "未落实的不得分",
    "有制度得2分",
    "90分以上",
    "最高加5分",
    "缺一项扣1分",
    "印制宣传手册,得1分",
    "1、有制度得2分",
    "一、90分以上",
    "(一)完成任务，20分",
    "得分率为80分",
    "分",
    "",
  ])("%p is no group weight", (s) => {
    expect(groupWeightInLabel(s)).toBeNull();
  });
  test("the name without its points", () => {
    expect(groupLabelName("投入20 分")).toBe("投入");
    expect(groupLabelName("A部门决策（35分）")).toBe("部门决策");
    expect(groupLabelName("产出指标")).toBe("产出指标");
    expect(groupLabelName("采用100分制")).toBe("采用100分制");
  });
});
