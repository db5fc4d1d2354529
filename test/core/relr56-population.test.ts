import { populationRatesOf } from "../../src/core/recognise/population-rates";
import { proseText } from "../../src/core/recognise/prose-rates";
import { linesGrid as doc, errorFlags } from "../helpers";

/**
 * relr56 (session 56; relr56-s56-diagnosis.md): a count's rate over the count it is of, both in the rate's sentence
 * (recognise/population-rates.ts). Each rate computed by hand in its comment; a slip is the clean text with the rate changed.
 */
const read = (text: string) => populationRatesOf(proseText(text)).map((x) => `${x.name} ${x.rate}% = ${x.part.text} / ${x.whole.text}`);
const flags = (text: string) => errorFlags(doc(["重点项目进展情况", text]));

describe("read: the part named by the rate's word over the only count of its unit before it", () => {
  const SHAPES: [string, string, string, string][] = [
    // 163 / 170 = 95.88%
    ["the whole right before the part", "截至9月底,170项重点项目已实现开复工项目163项,开复工率为96%,完成固定资产投资1448亿元。", "开复工率 96% = 163项 / 170项", "截至9月底,170项重点项目已实现开复工项目163项,开复工率为90%,完成固定资产投资1448亿元。"],
    // 73 / 141 = 51.77%, money figures between
    ["money figures between", "截至3月底,141项重点项目累计完成投资93.6亿元,占全社会固定资产投资的53.5%;开复工项目73项,开复工率达52%。", "开复工率 52% = 73项 / 141项", "截至3月底,141项重点项目累计完成投资93.6亿元,占全社会固定资产投资的53.5%;开复工项目73项,开复工率达62%。"],
    // 291 / 316 = 92.09%
    ["the part's words run on from the whole's", "1-9月份,316个州重点建设项目累计开复工291个,开复工率92%。", "开复工率 92% = 291个 / 316个", "1-9月份,316个州重点建设项目累计开复工291个,开复工率82%。"],
    // 76 / 82 = 92.68%
    // (a percent in words, '百分之96': the same reading)
    ["a percent in words", "截至9月底,170项重点项目已实现开复工项目163项,开复工率为百分之96。", "开复工率 96% = 163项 / 170项", "截至9月底,170项重点项目已实现开复工项目163项,开复工率为百分之90。"],
    ["problems and their rectification", "审计发现问题82个,已整改问题76个,整改率92.7%。", "整改率 92.7% = 76个 / 82个", "审计发现问题82个,已整改问题76个,整改率82.7%。"],
  ];
  test.each(SHAPES)("%s", (_name, clean, reading, slip) => {
    expect(read(clean)).toEqual([reading]);
    expect(flags(clean)).toEqual([]);
    expect(flags(slip)).toEqual(["ratio-mismatch@A2"]);
  });
});

describe("counter-shapes: not read", () => {
  const NOT_READ: [string, string][] = [
    // (兰州: the 89% is over the 100 projects due to start, not the 111)
    ["the whole in the sentence before", "全市111个重大项目完成投资343亿元。市列重大项目开工89个,开工率达89%。"],
    ["the part qualified by words the whole lacks (市列)", "全市111个重大项目完成投资343亿元,市列重大项目开工89个,开工率达89%。"],
    ["two counts of the unit before the part", "共受理来信1563件,其中直接答复430件,已办结1121件,办结率71.7%。"],
    ["a part of what is undone", "巡察反馈问题697个,未完成整改5个,整改率99.3%。"],
    ["a whole of another noun", "全县170个村,已开工项目163个,开工率90%。"],
    ["a whole named as a plan (prose-rates.ts reads it)", "计划开工项目170个,已开工项目163个,开工率96%。"],
    ["a part above its whole", "全县10个项目,开复工项目12个,开复工率120%。"],
    ["a rate of money", "项目资金170万元,已支出资金163万元,支出率96%。"],
    ["the rate's word not the part's", "全县170项重点项目,已完工项目163项,开工率90%。"],
  ];
  test.each(NOT_READ)("%s", (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});
