import { proseText, statedRates } from "../../src/core/recognise/prose-rates";
import { linesGrid as doc, errorFlags } from "../helpers";

/**
 * relr56 (session 56; relr56-s56-diagnosis.md): a rate of what was done whose plan is the previous sentence's only quantity
 * of its kind, other figures after it (recognise/prose-rates.ts, the prose50 reading of a plan closing the sentence before,
 * widened). Each rate computed by hand in its comment.
 */
const read = (text: string) => statedRates(proseText(text)).map((r) => `${r.name} ${r.rate.text} = ${r.numerator.text} / ${r.denominator.text}`);
const flags = (text: string) => errorFlags(doc(["项目进展情况", text]));

describe("the plan in the sentence before, the only quantity of its kind there", () => {
  // [name, clean, reading, slip, the slip's flag]
  const SHAPES: [string, string, string, string, string][] = [
    // 44 / 90 = 48.89%: the count plan before a money figure and its share
    ["a count plan, then money", "3、新开工项目:计划新开工项目90个,完成投资53.17亿元,完成年度计划的45.5%。已开工44个,新开工率48.9%,开工情况良好。", "开工率 48.9% = 44个 / 90个", "3、新开工项目:计划新开工项目90个,完成投资53.17亿元,完成年度计划的45.5%。已开工44个,新开工率45.9%,开工情况良好。", "ratio-mismatch@A2"],
    // 150 / 200 = 75%: the money plan before a count
    ["a money plan, then a count", "年度预算安排资金200万元,涉及项目5个。截至6月底,已支出150万元,支出进度75%。", "支出率 75% = 150万元 / 200万元", "年度预算安排资金200万元,涉及项目5个。截至6月底,已支出150万元,支出进度70%。", "exec-rate-mismatch@A2"],
  ];
  test.each(SHAPES)("%s", (_name, clean, reading, slip, flag) => {
    expect(read(clean)).toEqual([reading]);
    expect(flags(clean)).toEqual([]);
    expect(flags(slip)).toEqual([flag]);
  });

  const NOT_READ: [string, string][] = [
    // (兰州: 111 is all projects, the rate over the 100 due to start — no plan word names 111)
    ["the quantity before names no plan", "今年兰州市111个重大项目经调整后计划总投资771.12亿元,1~7月完成投资343.19亿元,占年度投资计划的44.51%。市列重大项目开工89个,开工率达89%。"],
    ["two quantities of the kind in the sentence before", "计划新开工项目90个,续建项目30个,完成投资53.17亿元。已开工44个,开工率60%。"],
    ["the plan two sentences back", "计划新开工项目90个。完成投资53.17亿元。已开工44个,开工率60%。"],
  ];
  test.each(NOT_READ)("not read: %s", (_name, text) => {
    expect(read(text).filter((x) => /开工率|支出率/.test(x))).toEqual([]);
    expect(flags(text)).toEqual([]);
  });
});
