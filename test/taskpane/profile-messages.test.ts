import { parseProfileText, ProfileError } from "../../src/core/rubric";
import { fieldWords, issueWords, profileIssueText } from "../../src/taskpane/profile-messages";

function issuesOf(json: string) {
  try {
    parseProfileText(json);
  } catch (e) {
    return (e as ProfileError).issues.length ? (e as ProfileError).issues : [{ path: "(root)", message: (e as Error).message }];
  }
  throw new Error("expected an invalid profile");
}

describe("profile errors in the pane's words", () => {
  test("a grade band's min written as text: the field named in words, the problem in Chinese", () => {
    const issues = issuesOf('{"extends":"national","id":"x","name":{"zh":"x","en":"x"},"gradeBands":[{"grade":"优","min":"90"},{"grade":"差","min":0}]}');
    expect(issues.map((i) => profileIssueText(i, "zh-CN"))).toEqual([{ field: "等级标准 第 1 项 最低分", message: "应为数字，而不是文字" }]);
    expect(issues.map((i) => profileIssueText(i, "en-US"))).toEqual([{ field: "grade bands, item 1, lowest score", message: "should be a number, not text" }]);
  });

  test.each([
    ['{"extends":"national","id":"x","budget":{"denominator":"half"}}', "预算执行 执行率分母口径", "只能是 \"adjusted\"、\"initial\" 之一"],
    ['{"extends":"national","id":"x","gradeBands":[{"grade":"优","min":90}]}', "等级标准", "至少需要 2 项"],
    ['{"extends":"national","id":"x","name":"abc"}', "方案名称", "应为对象 {…}，而不是文字"],
    ['{"extends":"atlantis"}', "继承的内置方案", "没有这个内置方案"],
    ["{bad json", "整个方案", "不是有效的 JSON（请检查引号、逗号和括号）"],
  ])("%s → %s：%s", (json, field, message) => {
    expect(profileIssueText(issuesOf(json)[0], "zh-CN")).toEqual({ field, message });
  });

  test("missing values, bounds and the id pattern", () => {
    expect(issueWords("Invalid input: expected number, received undefined", "zh-CN")).toBe("缺少此项：应填写数字");
    expect(issueWords("Too small: expected number to be >=0", "zh-CN")).toBe("应不小于 0");
    expect(issueWords("Too big: expected number to be <=1", "en-US")).toBe("must be at most 1");
    expect(issueWords("id: lower-case letters, digits and '-'", "zh-CN")).toBe("只能用小写字母、数字和“-”");
    expect(fieldWords("budget.reasonBelowRate", "zh-CN")).toBe("预算执行 须说明原因的执行率");
  });
});
