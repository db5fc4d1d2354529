"use strict";
/**
 * The generated 自评表 of scripts/bench-scale.js and scripts/retained-per-row.js: `rows` indicator rows, every 5th an
 * indicator with two 其中 sub-items, 10 rows per 二级 group, under a fund block and over a 总分 line. `salt` is written into
 * every label (a run number: no label cached from an earlier review; "" reuses them). `Grid` is the lib's (a base
 * worktree's lib/ may be read).
 */
function scaleSheet(Grid, rows, salt) {
  const values = [
    ["项目支出绩效自评表"],
    ["项目名称", "基准测试项目"],
    ["项目资金(万元)", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["", "年度资金总额", 1000, 1000, 950, 10, "95.00%", 9.5],
    ["", "其中:本年财政拨款", 600, 600, 570, "—", "95.00%", "—"],
    ["", "上年结转资金", 400, 400, 380, "—", "95.00%", "—"],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"],
  ];
  const merges = [];
  const cats = ["产出指标", "效益指标", "满意度指标"];
  const perCat = Math.ceil(rows / 3);
  let i = 0;
  while (i < rows) {
    const cat = Math.floor(i / perCat);
    const first = values.length + 1;
    const n = Math.min(perCat, rows - i);
    for (let k = 0; k < n; k++, i++) {
      const l1 = k === 0 ? cats[cat] : "";
      const l2 = i % 10 === 0 || k === 0 ? `二级${Math.floor(i / 10)}${salt}` : "";
      if (i % 5 === 1) {
        values.push(["", l1, l2, `指标${i + 1}${salt}`, "≥50个", 50, 2, 2, ""]);
      } else if (i % 5 === 2 || i % 5 === 3) {
        values.push(["", l1, l2, `其中：分项${i + 1}${salt}`, "≥50个", 50, 1, 1, ""]);
      } else {
        values.push(["", l1, l2, `指标${i + 1}${salt}`, i % 2 ? "≤90万元" : "达成年度指标", i % 2 ? 80 : "达成预期指标", 1, 1, ""]);
      }
    }
    merges.push(`B${first}:B${values.length}`);
  }
  values.push(["总分", "", "", "", "", "", 100, 99.5]);
  return Grid.fromValues("自评表", values, merges);
}

module.exports = { scaleSheet };
