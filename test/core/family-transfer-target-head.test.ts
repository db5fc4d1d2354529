import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * A transfer payment's target form (专项转移支付绩效目标表, as a county passes a provincial 专项 down) names its 专项 where a
 * project's form names the project (专项名称), writes its department's field out (主管部门(单位)名称及部门预算编码) and its
 * money block's total with a colon (资金情况(万元) | 资金总额: | 100 over 其中:财政拨款 | 其他资金): under a target form's
 * title, cut at its 年度总体目标, those fields are the form's head as 项目名称 | 主管部门 | 年度资金总额 are.
 */
type Row = (string | number | null)[];

function sheet(title: string, head: { name?: string; dept?: string; total?: string; goals?: string } = {}, extra: Row[] = []): Grid {
  const rows: Row[] = [
    ["附件"],
    [title],
    [head.name ?? "专项名称", "2023年度省级对下转移支付地质灾害防治专项资金"],
    [head.dept ?? "主管部门(单位)名称及部门预算编码", "某省自然资源厅", "补助区域", "某某镇"],
    ["资金情况(万元)", head.total ?? "资金总额:", 100],
    [null, "其中:财政拨款", 100],
    [null, "其他资金"],
    [head.goals ?? "年度总体目标", "省级补助资金100万元用于开展1个排危除险工程"],
    ...extra,
  ];
  return Grid.fromValues("S", rows, ["A1:D1", "A2:D2", "B3:D3", "A5:A7", "C5:D5", "C6:D6", "C7:D7", "B8:D8"]);
}

const family = (g: Grid) => review(g, "national").model.family;

describe("a transfer payment's target form cut at its goals", () => {
  test.each<[string, Grid]>([
    ["专项名称 | 主管部门(单位)名称及部门预算编码 | 资金总额: | 年度总体目标", sheet("某区地质灾害防治专项资金绩效目标表")],
    ["专项名称 and the written-out department, 资金总额 without its colon", sheet("某区地质灾害防治专项资金绩效目标表", { total: "资金总额" })],
    ["专项名称 and 资金总额:, a plain 主管部门", sheet("专项转移支付绩效目标表", { dept: "主管部门" })],
    ["主管部门名称 and 资金总额:, a plain 项目名称", sheet("专项转移支付绩效目标表", { name: "项目名称", dept: "主管部门名称" })],
  ])("%s: target-declaration", (_name, g) => {
    expect(family(g)).toBe("target-declaration");
  });
});

describe("counter-shapes: the same head that declares nothing", () => {
  test("under a self-evaluation's title, its money executed: no target-declaration", () => {
    const g = sheet("某区地质灾害防治专项资金绩效自评表", {}, [["全年执行数", 95, "执行率", "95%"]]);
    expect(family(g)).not.toBe("target-declaration");
  });
  test("under a title that names no target form, two of the head's fields only (资金总额:, 年度总体目标): not a declaration", () => {
    const g = sheet("2023年地质灾害防治专项资金情况", { name: "资金用途", dept: "承担单位" });
    expect(family(g)).not.toBe("target-declaration");
  });
});
