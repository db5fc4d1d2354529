#!/usr/bin/env node
"use strict";
/**
 * npm run bench: review time vs ExcelJS load time of the same files, measured in one run.
 *  1. a generated 项目支出绩效自评表 with 2,000 indicator rows
 *  2. the whole corpus (test/fixtures/corpus/cases/*.xlsx)
 * Target (issue 2): review ≤ 0.25 × load. Uses the compiled lib/ (npm run build:lib).
 */
const { readFileSync, readdirSync, existsSync } = require("fs");
const { join } = require("path");
const ExcelJS = require("exceljs");
const { performance } = require("perf_hooks");
const lib = join(__dirname, "..", "lib");
const { worksheetToGrid } = require(join(lib, "hosts/file/xlsx.js"));
const { review } = require(join(lib, "core/review.js"));

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

async function load(buf) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  return wb;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median over `reps` of each phase, each in its own loop so neither pays for the other's garbage: the
 * ExcelJS load of all buffers, and the review of all their sheets (fresh Grids each time, so no cache
 * carries over from one run to the next). Both loops run warm (after a warm-up), in the same process.
 */
async function measure(buffers, reps) {
  const loads = [];
  for (let k = 0; k < reps; k++) {
    const t0 = performance.now();
    for (const buf of buffers) await load(buf);
    loads.push(performance.now() - t0);
  }
  const workbooks = [];
  for (const buf of buffers) workbooks.push(await load(buf));
  const reviews = [];
  let findings = 0;
  for (let k = 0; k < reps; k++) {
    const grids = workbooks.flatMap((wb) => wb.worksheets.map(worksheetToGrid));
    findings = 0;
    const t0 = performance.now();
    for (const g of grids) findings += review(g).findings.length;
    reviews.push(performance.now() - t0);
  }
  const m = { load: median(loads), review: median(reviews), findings };
  return { ...m, ratio: m.review / m.load };
}

(async () => {
  const reps = Number(process.env.BENCH_REPS || 41);
  const gen = await generatedSheet(2000);
  await measure([gen], 20); // warm-up: both phases run JIT-compiled, as in a long review session
  const g = await measure([gen], reps);
  const dir = join(__dirname, "..", "test", "fixtures", "corpus", "cases");
  const corpus = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).map((f) => new Uint8Array(readFileSync(join(dir, f))));
  await measure(corpus, 80);
  const c = await measure(corpus, reps);
  const line = (name, m) =>
    `${name.padEnd(34)} load ${m.load.toFixed(1).padStart(8)} ms   review ${m.review.toFixed(1).padStart(7)} ms   ratio ${m.ratio.toFixed(3)}   (${m.findings} findings)`;
  console.log(`PerfSheet bench (median of ${reps} runs, Node ${process.version})`);
  console.log(line("generated sheet, 2,000 indicators", g));
  console.log(line(`corpus, ${corpus.length} workbooks`, c));
  console.log("target: review ≤ 0.25 × ExcelJS load");
  const extra = join(__dirname, "bench-functions.js");
  if (existsSync(extra)) require(extra);
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
