import ExcelJS from "exceljs";
import { readXlsx } from "../../src/hosts/file/xlsx";
import { review } from "../../src/core/review";

/** A workbook saved by a generator that never calculated: formulas (one shared over a range) without results. */
async function uncalculated(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  const rows: (string | number | null)[][] = [
    ["项目支出绩效自评表"],
    ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
    ["产出指标", "数量指标", "培训人数", "≥100人", 100, 30, null, ""],
    ["产出指标", "质量指标", "合格率", "≥95%", "96%", 30, null, ""],
    ["效益指标", "社会效益指标", "覆盖率", "≥90%", "95%", 30, null, ""],
    ["满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", 10, 10, ""],
    ["总分", null, null, null, null, 100, null, ""],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  ws.getCell("G3").value = { formula: "F3", shareType: "shared", ref: "G3:G5" } as unknown as ExcelJS.CellValue;
  ws.getCell("G4").value = { sharedFormula: "G3" } as unknown as ExcelJS.CellValue;
  ws.getCell("G5").value = { sharedFormula: "G3" } as unknown as ExcelJS.CellValue;
  ws.getCell("G7").value = { formula: "SUM(G3:G6)" } as unknown as ExcelJS.CellValue;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("shared-formula children without a cached result keep their formula, are reported once as uncalculated and never as missing", async () => {
  const { sheets } = await readXlsx(await uncalculated());
  const g = sheets[0];
  expect(g.formula(4, 7)).toBe("F4");
  expect(g.formula(5, 7)).toBe("F5");
  const r = review(g, "national");
  expect(r.findings.filter((f) => f.rule === "missing-score")).toEqual([]);
  const u = r.findings.filter((f) => f.rule === "error-value");
  expect(u.map((f) => [f.cell, f.severity, f.data])).toEqual([["G3", "info", { count: 4, cells: "G3、G4、G5、G7" }]]);
});
