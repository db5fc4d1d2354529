/**
 * Session 53, lead: an untitled evaluation report (its numbered sections a project's report's) whose money is split into
 * 基本支出 and 项目支出 — a department's whole spending, which a project's funds never are — reads dept-self-eval; the same
 * report naming its project (项目名称) stays a project's.
 */
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

const report = (funds: string, head: string[] = []) =>
  Grid.fromValues(
    "Sheet1",
    [
      ...head,
      "一、基本情况",
      "(一)项目背景及绩效目标 本项目用于改善群众生产生活条件,绩效目标全部完成。",
      "(二)预算资金规模、来源及使用情况",
      funds,
      "(三)项目组织实施管理情况 严格执行资金管理办法。",
      "二、评价结论和绩效分析",
      "(一)评价结果 本项目绩效目标基本完成。",
      "(二)主要绩效及分析: 项目实施后效益明显。",
      "三、存在的问题及改进措施 资金拨付进度偏慢。",
    ].map((t) => [t]),
    [],
  );

test("untitled report, funds split into 基本支出 and 项目支出: a department's self-evaluation; its sum read (757.49 + 46.25 = 803.74)", () => {
  const res = review(report("2023年财政下达资金803.74万元。其中:基本支出757.49万元,项目支出46.25万元。"), "national");
  expect(res.model.family).toBe("dept-self-eval");
  expect(res.findings.filter((f) => f.severity !== "info")).toEqual([]);
  // a slip in a part (757.49 → 767.49: 813.74 ≠ 803.74) is flagged at the whole's line
  const slip = review(report("2023年财政下达资金803.74万元。其中:基本支出767.49万元,项目支出46.25万元。"), "national");
  expect(slip.findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.cell}`)).toEqual(["total-mismatch@A4"]);
});

test("the same report naming its project (项目名称) stays a project's self-evaluation; money not split the department's way too", () => {
  expect(review(report("2023年财政下达资金803.74万元。其中:基本支出757.49万元,项目支出46.25万元。", ["项目名称:某某项目"]), "national").model.family).toBe("project-self-eval");
  expect(review(report("2023年财政下达资金803.74万元。其中:中央资金757.49万元,县级资金46.25万元。"), "national").model.family).toBe("project-self-eval");
});
