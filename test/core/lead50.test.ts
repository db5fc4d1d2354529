import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * Lead, session 50 (corpus50b's 农机 sheet, cn-city-farm-mechanisation-irrigation-station-investment-2016-trad): a 其中 list
 * after a whole whose change in per cent stands between them, and a part named with 高标准农田 (sentence-sums.ts RATE_TAIL,
 * PART_CHANGE, CHANGE_WORD).
 */
const errors = (t: string) =>
  review(Grid.fromValues("Sheet1", [["情况说明"], [t]], []), "national")
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.cell}`);
const LIST = "其中:机井及电灌站通电工程2400万元,省财政提灌专项资金500万元,市级财政提灌资金204万元,县乡提灌投入523万元,农发、现代农业、高标准农田、“一事一议”财政奖补项目资金1479万元,受益灌区群众自筹达813万元。";

describe("a whole's change in per cent between it and its 其中 list", () => {
  test("2400 + 500 + 204 + 523 + 1479 + 813 = 5919, not 5908: flagged with the change in per cent, with none, and in 繁體", () => {
    expect(errors(`全市去年提灌站建设总投入达5908万元,同比增长50%。${LIST}`)).toEqual(["total-mismatch@A2"]);
    expect(errors(`全市去年提灌站建设总投入达5908万元,比上年增长50%,${LIST}`)).toEqual(["total-mismatch@A2"]);
    expect(errors(`全市去年提灌站建设总投入达5908万元。${LIST}`)).toEqual(["total-mismatch@A2"]);
    expect(errors(`全市去年提灌站建設(shè)總投入達(dá)5908萬元,同比增長(zhǎng)50%。其中:機井及電灌站通電工程2400萬元,省財政提灌專項資金500萬元,市級財政提灌資金204萬元,縣鄉提灌投入523萬元,農發、現代農業、高標準農田、“一事一議”財政獎補項目資金1479萬元,受益灌區群眾自籌達813萬元。`)).toEqual(["total-mismatch@A2"]);
  });
  test("the list that adds up is not flagged", () => {
    expect(errors(`全市去年提灌站建设总投入达5919万元,同比增长50%。${LIST}`)).toEqual([]);
  });
  test("a change in money before 其中 is the change's breakdown, not the whole's: not read", () => {
    expect(errors(`全市去年提灌站建设总投入达5908万元,比上年增加1969万元,增长50%。${LIST}`)).toEqual([]);
  });
  test("a standard in a part's name still leaves the list unread ('补助标准每人…')", () => {
    expect(errors("全年发放补助资金500万元,其中:按标准发放200万元,困难户补助标准每户100万元,其他150万元。")).toEqual([]);
  });
});

describe("two complementary parts, and a third kind after the stop", () => {
  test("中央 / 地方 then '。其他资金…': no exact sum (a copy's stop), nothing flagged; without the third, short is flagged", () => {
    expect(errors("2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元。其他资金859.6万元已全部到位。")).toEqual([]);
    expect(errors("2023年收到财政资金共2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元。资金已全部到位。")).toEqual(["total-mismatch@A2"]);
    expect(errors("2023年下达资金2330.9万元,其中:中央资金1372.7万元,地方资金98.6万元。其余资金859.6万元由单位自筹。")).toEqual([]);
  });
});
