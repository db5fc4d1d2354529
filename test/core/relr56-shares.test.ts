import { moneyPartShares } from "../../src/core/recognise/money-part-shares";
import { linesGrid as doc, errorFlags } from "../helpers";

/**
 * relr56 (session 56; relr56-s56-diagnosis.md): a part's share of a whole of money stated before it — in a 其中 list with its
 * shares bare, or named ('占本年支出的') — (recognise/money-part-shares.ts). Each share is computed by hand in its comment; a
 * slip is the clean text with only one share changed.
 */
const rows = (lines: string[]) => doc(["决算情况说明", ...lines]);
const read = (lines: string[]) => moneyPartShares(rows(lines)).map((r) => `${r.stated.cell} ${r.stated.text} = ${r.numerator.text} / ${r.denominator.text}@${r.denominator.cell}`);
const flags = (lines: string[]) => errorFlags(rows(lines));

describe("shares read: part / the whole stated before it", () => {
  // [name, clean lines, readings, the slip's lines]
  const SHAPES: [string, string[], string[], string[]][] = [
    [
      // 225.87 / 387.82 = 58.24%, 161.95 / 387.82 = 41.76%; the change 125.51 between is no whole (the list adds up to 387.82)
      "(i) a 其中 list in the next sentence, a change between",
      ["2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降24.5%,主要原因是设备采购已完成。其中:基本支出225.87万元,占58.2%;项目支出161.95万元,占41.8%;"],
      ["A2 58.2% = 225.87万元 / 387.82万元@A2", "A2 41.8% = 161.95万元 / 387.82万元@A2"],
      ["2020年度支出合计387.82万元,较上年决算数减少125.51万元,下降24.5%,主要原因是设备采购已完成。其中:基本支出225.87万元,占54.1%;项目支出161.95万元,占41.8%;"],
    ],
    [
      // one part, the whole itself: 435.82 / 435.82 = 100%
      "(i) one part at 100%",
      ["2020年度收入合计435.82万元,较上年决算数减65.62万元,下降13.1%。其中:财政拨款收入435.82万元,占100%;"],
      ["A2 100% = 435.82万元 / 435.82万元@A2"],
      ["2020年度收入合计435.82万元,较上年决算数减65.62万元,下降13.1%。其中:财政拨款收入435.82万元,占93%;"],
    ],
    [
      // 800 / 1000 = 80%, 200 / 1000 = 20%
      "(i) shares in brackets",
      ["本年收入1000万元,其中:财政拨款800万元(占80%),其他收入200万元(占20%)。"],
      ["A2 80% = 800万元 / 1000万元@A2", "A2 20% = 200万元 / 1000万元@A2"],
      ["本年收入1000万元,其中:财政拨款800万元(占80%),其他收入200万元(占25%)。"],
    ],
    [
      // 1.5 / 2.5 = 60%, 1.0 / 2.5 = 40% (the slip's 50% beyond what 0.95–1.05 over 2.45–2.55 can give)
      "(i) 占比, amounts in 亿元",
      ["全年支出2.5亿元。其中:基本支出1.5亿元,占比60%;项目支出1.0亿元,占比40%。"],
      ["A2 60% = 1.5亿元 / 2.5亿元@A2", "A2 40% = 1.0亿元 / 2.5亿元@A2"],
      ["全年支出2.5亿元。其中:基本支出1.5亿元,占比60%;项目支出1.0亿元,占比50%。"],
    ],
    [
      // 802.21 / 1366.23 = 58.72%, 564.02 / 1366.23 = 41.28% (the parts adding up: 802.21 + 564.02)
      "(ii) the whole named in the same sentence",
      ["2018年本年支出1366.23万元,其中基本支出802.21万元,占本年支出的58.72%;项目支出564.02万元,占本年支出的41.28%。"],
      ["A2 58.72% = 802.21万元 / 1366.23万元@A2", "A2 41.28% = 564.02万元 / 1366.23万元@A2"],
      ["2018年本年支出1366.23万元,其中基本支出802.21万元,占本年支出的52.72%;项目支出564.02万元,占本年支出的41.28%。"],
    ],
    [
      // 225.87 / 387.82 = 58.24%: the list ends at the first amount with no share (another figure's clause after it)
      "(i) the list, then a clause of another figure",
      ["2020年度支出合计387.82万元。其中:基本支出225.87万元,占58.2%;项目支出161.95万元,占41.8%,全年应执行数为400万元。"],
      ["A2 58.2% = 225.87万元 / 387.82万元@A2", "A2 41.8% = 161.95万元 / 387.82万元@A2"],
      ["2020年度支出合计387.82万元。其中:基本支出225.87万元,占54.1%;项目支出161.95万元,占41.8%,全年应执行数为400万元。"],
    ],
    [
      // 802.21 / 1366.23 = 58.72%, the whole approximate (约)
      "(ii) the whole named, 约 before it",
      ["2018年本年支出约1366.23万元,其中基本支出802.21万元,占本年支出的58.72%。"],
      ["A2 58.72% = 802.21万元 / 1366.23万元@A2"],
      ["2018年本年支出约1366.23万元,其中基本支出802.21万元,占本年支出的52.72%。"],
    ],
    [
      // 511.27 / 511.27 = 100%, the whole a row above ('2023年度本年收入合计' closes with 收入合计)
      "(ii) the whole named a row above",
      ["2023年度本年收入合计511.27万元,比上年增加24.02万元,增长4.93%。", "1.财政拨款收入511.27万元,占收入合计的100%。"],
      ["A3 100% = 511.27万元 / 511.27万元@A2"],
      ["2023年度本年收入合计511.27万元,比上年增加24.02万元,增长4.93%。", "1.财政拨款收入511.27万元,占收入合计的93%。"],
    ],
    [
      // 668.3 / 1366.23 = 48.92%: the nearest amount named 本年支出, not the 基本支出 or 项目支出 after it
      "(ii) the whole two parts back, named exactly",
      ["2018年本年支出1366.23万元,其中基本支出802.21万元,项目支出564.02万元。", "2018年一般公共预算财政拨款支出668.3万元,占本年支出的48.92%。"],
      ["A3 48.92% = 668.3万元 / 1366.23万元@A2"],
      ["2018年本年支出1366.23万元,其中基本支出802.21万元,项目支出564.02万元。", "2018年一般公共预算财政拨款支出668.3万元,占本年支出的45.92%。"],
    ],
  ];
  test.each(SHAPES)("%s", (_name, clean, readings, slip) => {
    expect(read(clean)).toEqual(readings);
    expect(flags(clean)).toEqual([]);
    expect(flags(slip)).toEqual([`ratio-mismatch@${readings[0].split(" ")[0]}`]);
  });
});

describe("counter-shapes: not read", () => {
  const NOT_READ: [string, string[]][] = [
    ["a list one amount of which carries no share", ["本年收入1000万元,其中:财政拨款800万元,占75%;其他收入200万元。"]],
    ["a list that adds up to no amount before 其中 (some parts only)", ["本年收入1000万元,其中:财政拨款800万元,占75%。"]],
    ["a whole in another unit (2089元 over 1777 + 312 万元)", ["资金全年预算数2089元:其中中央资金1777万元,占比85.06%;省级资金312万元,占比14.94%。"]],
    ["a share of the year's plan (plan-shares.ts)", ["年度计划投资100亿元。完成投资50亿元,占年度计划的60%。"]],
    ["a share of a region's whole", ["全市拨付资金46.3亿元,占全省的67.1%。"]],
    ["a name two figures answer (two years' 收入合计)", ["2022年收入合计400万元。", "2023年收入合计500万元。", "财政拨款收入400万元,占收入合计的90%。"]],
    ["a share above 100%", ["本年收入1000万元,其中:财政拨款1200万元,占120%。"]],
    ["a name no amount before answers", ["财政拨款收入400万元,占收入合计的90%。"]],
    ["counts (text-shares.ts reads them)", ["共受理诉求100件,其中:咨询60件,占60%;投诉40件,占45%。"]],
  ];
  test.each(NOT_READ)("%s", (_name, lines) => {
    expect(read(lines)).toEqual([]);
  });
});
