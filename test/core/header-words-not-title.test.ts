import { Converter } from "opencc-js/cn2t";
import { Grid } from "../../src/core/grid/grid";
import { recognise } from "../../src/core/recognise";

/**
 * A header cell's word is the column's name, not the sheet's title: 评价指标 heading the 一级 column (where a template
 * prints 一级指标) of a scoring table the unit scored itself, under a title naming its self-evaluation, leaves it a
 * self-evaluation (the Zhejiang 基本指标 | 具体指标 | 标准值 | 分值 | 自评分 layout). The same word in the title, above
 * the table (…绩效评价指标体系), still names an indicator system.
 */
type V = string | number | null;
const toTraditional = Converter({ from: "cn", to: "tw" });
function sheet(title: string, level1Word: string, variant: "merged" | "unmerged" | "traditional"): Grid {
  const rows: V[][] = [
    [title, null, null, null, null, null],
    ["基本指标", null, "具体指标", "标准值", "分值", "自评分"],
    [level1Word, "二级指标", "三级指标", null, null, null],
    ["业务指标", "目标设定情况", "依据的充分性", "依据充分,要有相关的政策文件支撑,依据不充分的,此项不得分", 15, 15],
    [null, "目标完成程度", "目标完成率", "按照自愿申请的前提下做到应补尽补,少补一例扣0.5分", 10, 9],
    [null, null, "完成的及时性", "按文件规定完成申请、审核、发放流程,每发现1例延时扣1分", 5, 5],
    [null, "社会效益", "公众满意度", "满意度90分以上得15分,80-89分得12分,60分以下不得分", 15, 12],
  ];
  const values = rows.map((r) => r.map((v) => (variant === "traditional" && typeof v === "string" ? toTraditional(v) : v)));
  const merges = variant === "unmerged" ? [] : ["A1:F1", "A2:B2", "D2:D3", "E2:E3", "F2:F3", "A4:A7", "B5:B6"];
  return Grid.fromValues("Sheet1", values, merges);
}

describe.each(["merged", "unmerged", "traditional"] as const)("%s", (variant) => {
  test.each(["一级指标", "评价指标"])("一级 column headed %s under a self-evaluation title: project-self-eval", (word) => {
    expect(recognise(sheet("教育补助和残疾人及机构培训项目绩效自评表", word, variant)).family).toBe("project-self-eval");
  });
  test.each(["一级指标", "评价指标"])("the same table (一级 column %s) under an indicator system's title: indicator-system", (word) => {
    expect(recognise(sheet("某县教育补助项目绩效评价指标体系", word, variant)).family).toBe("indicator-system");
  });
});
