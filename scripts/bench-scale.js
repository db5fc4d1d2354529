#!/usr/bin/env node
"use strict";
/**
 * Linear time: review a generated 项目支出绩效自评表 of 4,000 and of 40,000 indicator rows and print the ratio
 * of the times (target ≤ 10×, i.e. no step that filters every indicator for every parent or group).
 * The sheets have a fund block, 一级/二级 groups, indicators with 其中 sub-items, 小计 rows and a 总分 row.
 * Every repetition reviews a fresh sheet whose labels are new strings (a run number in each name), as a reviewer
 * opening a workbook meets them: the label caches (compact text, header roles) start cold for both sizes, so the
 * ratio measures how the work grows, not how much of a small sheet's text a previous run left in a cache.
 * BENCH_WARM=1 reuses the same labels every time (the small sheet then runs with every label cached).
 * Uses the compiled lib/ (npm run build:lib). BENCH_REPS sets the repetitions (median taken).
 */
const { join } = require("path");
const { performance } = require("perf_hooks");
const lib = join(__dirname, "..", "lib");
const { Grid } = require(join(lib, "core/grid/grid.js"));
const { review } = require(join(lib, "core/review.js"));

const WARM = process.env.BENCH_WARM === "1";
let run = 0;

/** A sheet of `rows` indicator rows: every 5th row an indicator with two 其中 sub-items, 10 rows per 二级 group. */
function generatedGrid(rows) {
  const salt = WARM ? "" : `-${++run}`;
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

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(rows, reps) {
  const ts = [];
  let findings = 0;
  for (let k = 0; k < reps; k++) {
    const g = generatedGrid(rows); // a fresh sheet each time (built outside the timed review)
    const t0 = performance.now();
    findings = review(g).findings.length;
    ts.push(performance.now() - t0);
  }
  return { ms: median(ts), findings };
}

const reps = Number(process.env.BENCH_REPS || 7);
time(4000, 3); // warm-up: the code runs JIT-compiled for both sizes
time(40000, 1);
const a = time(4000, reps);
const b = time(40000, reps);
const ratio = b.ms / a.ms;
console.log(`review  4,000 indicator rows: ${a.ms.toFixed(1)} ms (${a.findings} findings)`);
console.log(`review 40,000 indicator rows: ${b.ms.toFixed(1)} ms (${b.findings} findings)`);
console.log(`ratio: ${ratio.toFixed(2)}× (target ≤ 10×) ${ratio <= 10 ? "OK" : "TOO SLOW"}${WARM ? " [labels cached for the small sheet]" : ""}`);
process.exitCode = ratio <= 10 ? 0 : 1;
