import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { compact } from "../../src/core/text/normalize";

/**
 * Rule sheets' own header words (batch 29, batch29-diagnosis.md): the words mirrors and counties write over the items'
 * column and the rule column are read as 项目 and 评分办法 are, so that such a sheet's header, weights and sums are read.
 */

const row = (...cells: (string | number)[]) => cells;

/** A two-item rule sheet under a title, its header on line 3 (the 2010 乡镇安全生产 细则's layout). */
function ruleSheet(header: string[], weights: (string | number)[] = ["5分", "20分"]): Grid {
  const w = header.length;
  const pad = (cells: (string | number)[]) => [...cells, ...Array(Math.max(0, w - cells.length)).fill("")];
  return Grid.fromValues(
    "Sheet1",
    [
      pad(["附件1"]),
      pad(["2010年度乡镇安全生产工作目标管理考核细则"]),
      header,
      pad(row("1", "组织领导", weights[0], "1、成立安全生产领导机构,计4分。", "1、未成立领导机构扣1分。")),
      pad(row("2", "责任落实", weights[1], "1、有责任制,计3分。", "1、无责任分工的扣2分。")),
    ],
    [],
  );
}

describe("a zh-TW mirror's 專案 heads the items' column as 項目 does", () => {
  const cases: [string, string][] = [
    ["項目 (the character form)", "項目"],
    ["專案 (zh-TW word)", "專案"],
    ["专案 (the converted word)", "专案"],
  ];
  test.each(cases)("%s: header 3, items 4 and 5 weigh 5 and 20", (_, word) => {
    const r = review(ruleSheet(["序號", word, "標準分", "目標任務", "考核標準"]), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(3);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [4, 5],
      [5, 20],
    ]);
  });

  test("the word itself is not rewritten outside a header (a project's name keeps 专案)", () => {
    expect(compact("專案資金")).toBe("专案资金");
    expect(compact("专案组工作经费")).toBe("专案组工作经费");
  });

  test("a header with no items' column word still finds no table", () => {
    const r = review(ruleSheet(["序號", "專題", "標準分", "目標任務", "考核標準"]), "national");
    expect(r.model.headerRow).toBeNull();
  });
});

describe("a rule sheet's own words for its rule column and its items' column", () => {
  // (each header over the same two items: 5 and 20 points, a rule column right of the points)
  const cases: [string, string[]][] = [
    ["考核内容 | 分值 | 具体打分办法 (英德)", ["序号", "考核内容", "分值", "目标任务", "具体打分办法"]],
    ["打分标准", ["序号", "考核内容", "分值", "目标任务", "打分标准"]],
    ["评分方法", ["序号", "考核内容", "分值", "目标任务", "评分方法"]],
    ["项目 | 内容 | 分值 | 扣分标准", ["序号", "项目", "分值", "内容", "扣分标准"]],
    ["扣分细则", ["序号", "项目", "分值", "内容", "扣分细则"]],
    ["序号 | 工作内容 | 分值 | 考核标准", ["序号", "工作内容", "分值", "内容", "考核标准"]],
    ["任务内容", ["序号", "任务内容", "分值", "内容", "考核标准"]],
    ["目标任务", ["序号", "目标任务", "分值", "内容", "考核标准"]],
  ];
  test.each(cases)("%s: header 3, items 4 and 5 weigh 5 and 20", (_, header) => {
    const r = review(ruleSheet(header), "national");
    expect(r.model.family).toBe("indicator-system");
    expect(r.model.headerRow).toBe(3);
    expect(r.model.indicators.map((i) => [i.row, i.weight])).toEqual([
      [4, 5],
      [5, 20],
    ]);
  });

  test("a column headed 备注 is no rule column: 工作内容 | 分值 | 备注 alone finds no table", () => {
    const r = review(ruleSheet(["序号", "工作内容", "分值", "内容", "备注"]), "national");
    expect(r.model.headerRow).toBeNull();
  });
});
