import { join } from "path";
import { readFileSync } from "fs";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { namedKinds } from "../../src/core/recognise/complete-parts";
import type { RelationTerm } from "../../src/core/model/types";
import { FIXTURES } from "../helpers";
import { toTraditional } from "./grad49b-shapes";

/**
 * rep52 (session 52): a two-part 其中 list whose sentence counts and names its kinds — '主要有部门预算项目支出、专项预算支出二类支出,
 * 项目资金总预算为2455.5万元,其中部门预算项目支出87.5万元,专项预算支出2350万元' — is the whole's every part and must add up
 * (complete-parts.ts namedKinds, read in sentence-sums.ts); 总预算 is one of a whole's words (TOTAL), 预算 alone is not.
 * Hand sums: 87.5 + 2350 = 2437.5 ≠ 2455.5 (short by 18); 0.875 + 23.5 = 24.375 ≠ 24.555; 875000 + 23500000 = 24375000 ≠ 24555000.
 */

const ID = "sc-mianyang-science-tech-bureau-project-funds-selfeval-report-2021-excerpt";
const REAL = (JSON.parse(readFileSync(join(FIXTURES, "real", `${ID}.json`), "utf8")).grid as string[][]).map((r) => r[0]);
const A9 = REAL[8];
const withA9 = (text: string) => REAL.map((t, i) => (i === 8 ? text : t));
const errors = (lines: string[]) =>
  review(Grid.fromValues("Sheet1", lines.map((l) => [l])), "national")
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

const LIST = "项目资金总预算为2455.5万元,其中部门预算项目支出87.5万元,专项预算支出2350万元";

describe("a two-part 其中 list whose sentence counts and names its kinds must add up", () => {
  test("the real sheet as published: A9's whole over its two named kinds", () => {
    expect(A9).toContain("二类支出");
    expect(errors(REAL)).toEqual(["total-mismatch@A9"]);
  });

  test.each<[string, string, string[]]>([
    ["as published", A9, ["total-mismatch@A9"]],
    ["两类, the kinds joined by 和", `绵阳市科学技术局资金分为部门预算项目支出和专项预算支出两类,${LIST}。`, ["total-mismatch@A9"]],
    ["2类 in digits", `本局主要有部门预算项目支出、专项预算支出2类支出,${LIST}。`, ["total-mismatch@A9"]],
    ["包括…两项", `本局项目资金包括部门预算项目支出、专项预算支出两项,${LIST}。`, ["total-mismatch@A9"]],
    ["the kinds named in another order than the parts", `本局主要有专项预算支出、部门预算项目支出二类支出,${LIST}。`, ["total-mismatch@A9"]],
    ["the count stated after the list", `${LIST},包括部门预算项目支出、专项预算支出两项。`, ["total-mismatch@A9"]],
    ["繁體", toTraditional(A9), ["total-mismatch@A9"]],
    ["in 亿元", "本局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为24.555亿元,其中部门预算项目支出0.875亿元,专项预算支出23.5亿元。", ["total-mismatch@A9"]],
    ["in 元", "本局主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为24555000元,其中部门预算项目支出875000元,专项预算支出23500000元。", ["total-mismatch@A9"]],
    ["another pair of kinds: 设备购置 / 人员培训", "项目资金分为设备购置和人员培训两类,总预算为300万元,其中设备购置200万元,人员培训80万元。", ["total-mismatch@A9"]],
    // counter-examples
    ["the list adds up (2437.5)", A9.replace("2455.5", "2437.5"), []],
    ["no count of kinds: two parts may leave one unsaid", `绵阳市科学技术局${LIST}。`, []],
    ["a count that differs from the parts: three kinds named, two parts", `本局主要有部门预算项目支出、专项预算支出、基本支出三类支出,${LIST}。`, []],
    ["a count that differs from the kinds named: 三类 over two names", `本局主要有部门预算项目支出、专项预算支出三类支出,${LIST}。`, []],
    ["两类 naming other things than the parts", `本局资金分为人才引进和技术攻关两类,${LIST}。`, []],
    ["the count in another sentence", `本局主要有部门预算项目支出、专项预算支出二类支出。${LIST}。`, []],
    ["预算 alone, no count: two parts may leave one unsaid", "本局项目资金预算为2455.5万元,其中部门预算项目支出87.5万元,专项预算支出2350万元。", []],
  ])("%s", (_name, a9, expected) => {
    expect(errors(withA9(a9))).toEqual(expected);
  });
});

const part = (label: string): RelationTerm => ({ label, value: 1 }) as unknown as RelationTerm;

describe("namedKinds: the sentence's count and names against the parts", () => {
  test.each<[string, string[], boolean]>([
    ["主要有部门预算项目支出、专项预算支出二类支出,项目资金总预算为2455.5万元,其中部门预算项目支出87.5万元", ["部门预算项目支出", "专项预算支出"], true],
    ["资金分为设备购置和人员培训两类", ["设备购置", "人员培训"], true],
    ["资金分为设备购置和人员培训两类", ["其中设备购置为", "人员培训"], true],
    ["包括设备购置费、人员培训费等两项", ["设备购置", "人员培训"], true],
    ["包括设备购置、人员培训、差旅三项", ["设备购置", "人员培训", "差旅"], true],
    // counter-examples
    ["包括设备购置、人员培训三项", ["设备购置", "人员培训"], false],
    ["包括设备购置、人员培训、差旅三项", ["设备购置", "人员培训"], false],
    ["资金分为人才引进和技术攻关两类", ["设备购置", "人员培训"], false],
    ["资金分为设备购置和设备维护两类", ["设备购置", "人员培训"], false],
    ["设备购置、人员培训两项", ["设备购置", "人员培训"], false],
  ])("%s / %j", (sentence, labels, expected) => {
    expect(namedKinds(sentence, labels.map(part))).toBe(expected);
  });
});
