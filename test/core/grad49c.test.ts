import * as fs from "fs";
import * as path from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { toTraditional } from "./grad49b-shapes";

/**
 * grad49c (session 49, round 2; grad49c-diagnosis.md): the next variants of grad49b's classes — a survey's respondents
 * stated once as the whole of every question's counts below (relations/stated-whole-shares.ts), and a part's amounts for
 * two periods in one clause with their change after (relations/inline-changes.ts).
 */
type Row = (string | number)[];
const doc = (lines: (string | Row)[]) => Grid.fromValues("Sheet1", lines.map((l) => (Array.isArray(l) ? l : [l]) as Row), []);
const errors = (grid: Grid) =>
  review(grid, "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);

describe("a survey's respondents are the whole of every question's counts below them", () => {
  test("the sketch", () => {
    const g = doc([
      "湘潭縣城市建設與環境調查問卷結果分析",
      "為進一步優化經濟社會發展環境,特開展了問卷調查,本次問卷調查共有258名網民參與。",
      "一、問卷調查結果統計",
      "3、您認為適合在本地長期居住的原因是什么的問題中,認為優越的自然生態環境140人占55.1%,認為完善的城市基礎設施的54人占20%,認為良好的居住環境64人的占24.9%;",
    ]);
    const r = review(g, "national");
    console.log(JSON.stringify(r.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell, f.messageId])));
    console.log(JSON.stringify(r.model.relations.filter((x) => /whole-share/.test(x.id))));
  });
});

describe("sketch 2", () => {
  test("英德", () => {
    const g = doc([
      "英德市经信局2016年“三公经费”预算对比增减说明",
      "2016年三公经费预算拨入33万元,2015年三公经费预算拨入57.55万元,与上年对比减少24.55万元。主要原因是八项规定厉行节约及公务用车改革。其中:1、公务接待费2016年预算8万元,2015年预算12.5万元;对比减少4.35万元;减少率35.22%,原因执行八项规定厉行节约。2、公务车辆运行2016年预算25万元,2015年预算45.2万元;对比减少20.20万元,减少率44.69%。原因是公车改革。",
    ]);
    const r = review(g, "national");
    console.log(JSON.stringify(r.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.cell, f.messageId, f.data])));
    console.log(r.model.relations.filter((x) => /inline-change/.test(x.id)).map((x) => x.id + " " + JSON.stringify(x)).join("\n"));
  });
});
