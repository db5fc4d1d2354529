import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";

/**
 * dev44b (session 44): the total of an amount list of no family whose grand row (合计 / 合計 / 总计) holds several numbers
 * and nothing else picked one (amountListHead → grandMoneyColumn, grand-row-money.ts). Two classes:
 *
 * A. A budget execution / allocation table whose rate or share column is printed without its % sign (预算执行率(%) |
 *    52.12): that column is no amount of the list; the whole is the money column the others add up to on the grand row
 *    and its lines (预算数 = 实现数 + 应付数 + 保留数).
 * B. A 金额 | 件数 pairs table under period heads (108年度 | 109年度 over 法定预算 | 审定决算数): the counts dropped, the
 *    latest period's one budget column is the table's own amount (as 本年预算数 beside 上年预算数 is read).
 *
 * Near shapes keep no total: money columns none of which is the others' whole and no period heads; two budget columns in
 * the latest period; a period head missing over one column.
 */
type Row = (string | number | null)[];
const sheet = (rows: Row[], merges: string[] = []) => Grid.fromValues("Sheet1", rows, merges);
const total = (g: Grid) => {
  const m = review(g, "national").model;
  const s = m.totals?.score ?? null;
  return { family: m.family, total: s ? `${s.value}@${s.cell}` : null };
};
const flags = (g: Grid) => review(g, "national").findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.cell}`);

describe("A. a grand row whose rate column carries no % sign: the whole of the money columns", () => {
  test("the 特别预算 执行表 as printed (traditional, two-line head, 合計 over two name columns): C7", () => {
    const g = sheet(
      [
        ["附表1:推動城鄉特色產業園區發展計畫特別預算編列與執行表", "", "", "", "", "", ""],
        ["單位:新台幣千元", "", "", "", "", "", ""],
        ["計畫名稱", "", "預算數(A)", "預算執行情形", "", "", "預算執行率(%)【(B)+(C)】/(A)"],
        ["", "", "", "實現數(B)", "應付數(C)", "保留數(D)", ""],
        ["推動計畫", "第一部分", "1,028,000", "705,804", "12,365", "309,831", "69.86"],
        ["", "第二部分", "350,000", "0", "0", "350,000", "0"],
        ["合計", "", "1,378,000", "705,804", "12,365", "659,831", "52.12"],
      ],
      ["A1:G1", "A2:G2", "A3:B4", "C3:C4", "D3:F3", "G3:G4", "A5:A6", "A7:B7"],
    );
    expect(total(g)).toEqual({ family: "unknown", total: "1378000@C7" });
    expect(flags(g)).toEqual([]);
  });

  test("simplified, one head line, no title, numbers stored as numbers, 总计: B6 = 120 + 30 + 50", () => {
    const g = sheet([
      ["单位", "核定数", "已拨付", "在途", "未拨付", "拨付比例"],
      ["甲县", 100, 60, 10, 30, 70],
      ["乙县", 80, 40, 10, 30, 62.5],
      ["丙县", 20, 20, 0, 0, 100],
      ["", "", "", "", "", ""],
      ["总计", 200, 120, 20, 60, 70],
    ]);
    expect(total(g).total).toBe("200@B6");
  });

  test("the whole on the right of its parts, the rate first: 決算 = 經常 + 資本 (E5)", () => {
    const g = sheet([
      ["機關", "執行率", "經常門", "資本門", "決算數"],
      ["甲處", "95.0", "700", "250", "950"],
      ["乙處", "90.0", "300", "150", "450"],
      ["丙處", "80.0", "100", "100", "200"],
      ["總計", "91.5", "1,100", "500", "1,600"],
    ]);
    expect(total(g).total).toBe("1600@E5");
  });

  test("a leading 合计 line, the share column 占比 with no % sign: B3", () => {
    const g = sheet([
      ["资金用途", "预算金额", "财政拨款", "自筹", "占比"],
      ["", "", "", "", ""],
      ["合计", "500", "400", "100", "100"],
      ["设备购置", "300", "250", "50", "60"],
      ["人员培训", "150", "120", "30", "30"],
      ["宣传推广", "50", "30", "20", "10"],
    ]);
    expect(total(g).total).toBe("500@B3");
  });

  test("a 户数 count and a rate beside the money: the count and rate dropped, 补助资金 = 中央 + 省级 (C5)", () => {
    const g = sheet([
      ["乡镇", "户数", "补助资金", "中央", "省级", "完成率(%)"],
      ["东镇", 10, 50, 30, 20, 90],
      ["西镇", 12, 60, 40, 20, 85],
      ["南镇", 8, 40, 20, 20, 100],
      ["合计", 30, 150, 90, 60, 91],
    ]);
    expect(total(g).total).toBe("150@C5");
  });
});

describe("B. 金额 | 件数 pairs under period heads: the latest period's budget amount", () => {
  test("the 委辦費預決算表 as printed (ROC years, 法定預算 / 審定決算數): F11", () => {
    const g = sheet(
      [
        ["表1 委辦費預決算表", "", "", "", "", "", "", "", ""],
        ["單位:新臺幣千元", "", "", "", "", "", "", "", ""],
        ["分支計畫", "108年度", "", "", "", "109年度", "", "", ""],
        ["", "法 定 預 算", "", "審定決算數", "", "法 定 預 算", "", "審定決算數", ""],
        ["", "金額", "件數", "金額", "件數", "金額", "件數", "金額", "件數"],
        ["綜合規劃", "5,820", "5", "5,651", "5", "6,327", "3", "5,278", "3"],
        ["海洋政策", "0", "0", "0", "0", "4,828", "4", "4,534", "4"],
        ["海洋科學", "0", "0", "0", "0", "19,823", "4", "18,907", "4"],
        ["海洋生態", "0", "0", "0", "0", "14,705", "3", "18,406", "5"],
        ["海洋產業", "0", "0", "0", "0", "21,247", "8", "19,149", "11"],
        ["合 計", "5,820", "5", "5,651", "5", "66,930", "22", "66,274", "27"],
      ],
      ["A1:I1", "A2:I2", "A3:A5", "B3:E3", "F3:I3", "B4:C4", "D4:E4", "F4:G4", "H4:I4"],
    );
    expect(total(g)).toEqual({ family: "unknown", total: "66930@F11" });
  });

  test("simplified, AD years, 决算 before 预算, 项目个数 counts: the 2024年 预算数 (D6)", () => {
    const g = sheet(
      [
        ["类别", "2023年", "", "2024年", ""],
        ["", "决算数", "项目个数", "预算数", "项目个数"],
        ["科研", 300, 3, 320, 4],
        ["培训", 100, 2, 150, 3],
        ["宣传", 50, 1, 60, 1],
        ["合计", 450, 6, 530, 8],
      ],
      ["A1:A2", "B1:C1", "D1:E1"],
    );
    expect(total(g).total).toBe("530@D6");
  });

  test("three years, each with 预算 | 执行 | 件数, no unit line: the 2022年度 预算 (H7)", () => {
    const g = sheet(
      [
        ["项目", "2020年度", "", "", "2021年度", "", "", "2022年度", "", ""],
        ["", "预算", "执行", "件数", "预算", "执行", "件数", "预算", "执行", "件数"],
        ["甲", 10, 9, 1, 12, 11, 1, 15, 14, 2],
        ["乙", 20, 18, 2, 22, 20, 2, 25, 22, 2],
        ["丙", 30, 28, 3, 32, 30, 3, 35, 30, 3],
        ["丁", 40, 39, 4, 42, 41, 4, 45, 44, 4],
        ["合计", 100, 94, 10, 108, 102, 10, 120, 110, 11],
      ],
      ["A1:A2", "B1:D1", "E1:G1", "H1:J1"],
    );
    expect(total(g).total).toBe("120@H7");
  });

  test("two periods of 預算數 | 件數 only, no 決算 column (總計): the 110年度 budget (D5)", () => {
    const g = sheet(
      [
        ["分支計畫", "109年度", "", "110年度", ""],
        ["", "預算數", "件數", "預算數", "件數"],
        ["甲計畫", "1,000", "2", "1,200", "3"],
        ["乙計畫", "2,000", "4", "2,100", "4"],
        ["總計", "3,000", "6", "3,300", "7"],
      ],
      ["A1:A2", "B1:C1", "D1:E1"],
    );
    expect(total(g).total).toBe("3300@D5");
  });

  test("年度 written in the head line itself (2023年预算 | 件数 | 2024年预算 | 件数): D5", () => {
    const g = sheet([
      ["项目", "2023年预算", "件数", "2024年预算", "件数"],
      ["甲", 100, 1, 110, 1],
      ["乙", 200, 2, 220, 2],
      ["丙", 300, 3, 330, 3],
      ["合计", 600, 6, 660, 6],
    ]);
    expect(total(g).total).toBe("660@D5");
  });
});

describe("near shapes: no total is read", () => {
  test("money columns under regions with counts, none the others' whole, no period heads", () => {
    const g = sheet(
      [
        ["项目", "中央", "", "地方", ""],
        ["", "金额", "件数", "金额", "件数"],
        ["甲", 100, 1, 50, 1],
        ["乙", 200, 2, 70, 2],
        ["合计", 300, 3, 120, 3],
      ],
      ["A1:A2", "B1:C1", "D1:E1"],
    );
    expect(total(g).total).toBeNull();
  });

  test("two budget columns in the latest period (预算数 | 调整预算数): no one column is the table's own", () => {
    const g = sheet(
      [
        ["项目", "2023年", "", "2024年", "", ""],
        ["", "预算数", "件数", "预算数", "调整预算数", "件数"],
        ["甲", 100, 1, 110, 120, 1],
        ["乙", 200, 2, 220, 230, 2],
        ["合计", 300, 3, 330, 350, 3],
      ],
      ["A1:A2", "B1:C1", "D1:F1"],
    );
    expect(total(g).total).toBeNull();
  });

  test("a rate without % dropped, the money left two columns neither of which adds up the other", () => {
    const g = sheet([
      ["单位", "预算数", "支出数", "执行率"],
      ["甲", 100, 80, 80],
      ["乙", 200, 150, 75],
      ["合计", 300, 230, 76.67],
    ]);
    expect(total(g).total).toBeNull();
  });

  test("a column with no period head among period columns: no latest budget", () => {
    const g = sheet(
      [
        ["项目", "2023年", "", "", ""],
        ["", "预算数", "件数", "预算数", "件数"],
        ["甲", 100, 1, 110, 1],
        ["乙", 200, 2, 220, 2],
        ["合计", 300, 3, 330, 3],
      ],
      ["A1:A2", "B1:C1"],
    );
    expect(total(g).total).toBeNull();
  });
});
