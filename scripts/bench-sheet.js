"use strict";
/** The benchmark's generated self-evaluation sheet (one table of `rows` indicator lines), written by ExcelJS: used by
 * scripts/bench.js and scripts/hash-results.js, so a speed change is checked on the sheet it is measured on. */
const ExcelJS = require("exceljs");

async function generatedSheet(rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.addRow(["项目支出绩效自评表"]);
  ws.addRow(["项目名称", "基准测试项目"]);
  ws.addRow(["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
  ws.addRow(["", "年度资金总额", 1000, 1000, 950, 10, 0.95, 9.5]);
  ws.addRow(["", "其中:本年财政拨款", 1000, 1000, 950, "—", 0.95, "—"]);
  ws.addRow(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  const weight = 90 / rows;
  const cats = ["产出指标", "效益指标", "满意度指标"];
  for (let i = 0; i < rows; i++) {
    const target = i % 3 === 0 ? `≥${50 + (i % 40)}个` : i % 3 === 1 ? `≤${80 + (i % 20)}万元` : "达成年度指标";
    const actual = i % 3 === 2 ? "达成预期指标" : 50 + (i % 50);
    ws.addRow(["", cats[Math.floor((i * 3) / rows)], `二级${Math.floor(i / 10)}`, `指标${i + 1}`, target, actual, weight, weight * (i % 7 === 0 ? 0.9 : 1), ""]);
  }
  ws.addRow(["总分", "", "", "", "", "", 100, 99]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

module.exports = { generatedSheet };
