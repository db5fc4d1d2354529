import { cleanIndicators, cleanProject, patch, projectSheet, ruleTester } from "./builders";

const q = (actual: string, score: number, weight = 10) => () =>
  projectSheet(cleanProject({ indicators: patch(cleanIndicators(), 2, { actual, score, weight, reason: "见说明" }), total: undefined, totalWeight: undefined }));
const bad = (actual: string, score: number, msg: string[], weight = 10) => () => {
  const b = q(actual, score, weight)();
  return { grid: b.grid, expect: { cell: b.ind(2, "score"), message: msg } };
};

ruleTester("qualitative-band", {
  valid: [
    { name: "达成 scored 10 of 10", build: q("达成年度指标", 10) },
    { name: "达成 scored 8 (bottom of [8, 10])", build: q("达成年度指标", 8) },
    { name: "部分达成 scored 6 (bottom of [6, 8))", build: q("部分达成年度指标并具有一定效果", 6) },
    { name: "部分达成 scored 7.99", build: q("部分达成年度指标并具有一定效果", 7.99) },
    { name: "未达成 scored 0", build: q("未达成年度指标且效果较差", 0) },
    { name: "未达成 scored 5.99", build: q("未达成年度指标且效果较差", 5.99) },
    { name: "CZ 达成预期指标 scored 8 of 8", build: q("达成预期指标", 8, 8) },
    { name: "weight 4: 部分达成 scored 3 (in [2.4, 3.2))", build: q("部分达成年度指标并具有一定效果", 3, 4) },
  ],
  invalid: [
    { name: "部分达成 scored 9 of 10", build: bad("部分达成年度指标并具有一定效果", 9, ["经费支出合规性完成情况为「部分达成」", "得分应在 6–8 分之间", "填报 9 分"]) },
    { name: "部分达成 scored 8 (the tier is half-open)", build: bad("部分达成年度指标并具有一定效果", 8, ["6–8", "填报 8 分"]) },
    { name: "部分达成 scored 5 (below the tier)", build: bad("部分达成年度指标并具有一定效果", 5, ["6–8", "填报 5 分"]) },
    { name: "达成 scored 7", build: bad("达成年度指标", 7, ["「达成」", "8–10", "填报 7 分"]) },
    { name: "未达成 scored 6", build: bad("未达成年度指标且效果较差", 6, ["「未达成」", "0–6", "填报 6 分"]) },
    { name: "weight 4: 部分达成 scored 3.5", build: bad("部分达成年度指标并具有一定效果", 3.5, ["2.4–3.2", "填报 3.5 分"], 4) },
  ],
});
