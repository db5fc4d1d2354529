import { Grid } from "../../src/core/grid/grid";
import { compact } from "../../src/core/text/normalize";
import { scanAmountBlocks } from "../../src/core/recognise/blocks";
import { budgetRole } from "../../src/core/recognise/headers";
import { sheetFeatures } from "../../src/core/recognise/features";
import { placesIn } from "../../src/core/rubric/region";
import { regionTexts } from "../../src/core/rubric/auto";
import { statedCell } from "../../src/core/relations";
import type { Relation } from "../../src/core/model/types";

/**
 * speed43: cheap gates and narrower loops that must read every sheet as before (the per-file result hashes of all 592
 * fixture workbooks are unchanged). These pin the shapes each gate must still let through, with the numbers a reviewer
 * reads off the grid, and the near shapes it must still leave out.
 */

/** kind, block, stated cell and part cells of each relation, in the order found */
const brief = (rs: Relation[]) => rs.map((r) => [r.kind, r.block, statedCell(r), r.kind === "sum" ? r.parts.map((p) => p.cell).join(",") : ""]);
const scan = (values: (string | number | null)[][], merges: string[] = []) => brief(scanAmountBlocks(Grid.fromValues("t", values, merges), null));

describe("Grid.compactText: the compact plane's last chunk holds the rows left, no more", () => {
  // 9 columns: a chunk holds 512 rows (stride 10 × 1024 > 8192 slots); 511, 512, 513 and 1,030 rows end inside, at and
  // past a chunk's last row, 1 and 30 rows are ordinary sheets (one short chunk)
  it.each([1, 30, 511, 512, 513, 1030])("%i rows × 9 columns: every cell's compact text, none past the last row", (rows) => {
    const values: string[][] = [];
    for (let r = 1; r <= rows; r++) values.push(Array.from({ length: 9 }, (_, k) => (k === 4 ? "" : ` 甲 ${r}-${k + 1} `)));
    const g = Grid.fromValues("t", values);
    for (const r of [1, Math.max(1, rows - 1), rows]) {
      for (let c = 1; c <= 9; c++) expect(g.compactText(r, c)).toBe(c === 5 ? "" : compact(` 甲 ${r}-${c} `));
    }
    expect(g.compactText(rows, 9)).toBe(`甲${rows}-9`);
    expect(g.compactText(rows + 1, 1)).toBe("");
    // the last row's own texts: 8 of its 9 cells (E blank)
    const { start, cols } = g.textCells();
    expect(Array.from(cols.subarray(start[rows], start[rows + 1]))).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
  });
});

describe("amount scanners asking a line's own words first", () => {
  it("label | amount pairs opened by a fund total (pairSums): 资金总额 100 = 60 + 40; 合计： over one 其中 part, at most", () => {
    expect(scan([["资金总额", 100, "财政拨款", 60, "其他资金", 40]])).toEqual([["sum", "labelled-funds", "B1", "D1,F1"]]);
    expect(scan([["合计：", 100, "其中:财政拨款", 60]])).toEqual([["sum", "labelled-funds", "B1", "D1"]]);
    expect(scanAmountBlocks(Grid.fromValues("t", [["合计：", 100, "其中:财政拨款", 60]]), null)[0]).toMatchObject({ bound: "atMost" });
  });

  it("no fund total's label on the line: no pair read (预算 | 100 | 财政拨款 | 60 | 其他资金 | 40)", () => {
    expect(scan([["预算", 100, "财政拨款", 60, "其他资金", 40]])).toEqual([]);
  });

  it("two lists side by side under 名称 | 金额 twice (pairedLists): each 小计 the sum of its list's lines", () => {
    const rows = [
      ["名称", "金额", "名称", "金额"],
      ["甲", 10, "丁", 5],
      ["乙", 20, "戊", 6],
      ["小计", 30, "小计", 11],
    ];
    const sums = scan(rows).filter((x) => x[2] === "B4" || x[2] === "D4");
    expect(sums).toContainEqual(["sum", "amount-table", "B4", "B2,B3"]);
    expect(sums).toContainEqual(["sum", "amount-table", "D4", "D2,D3"]);
  });

  it("a label | value list down a column (labelValueSlots): 执行率 95% at B3 related to 95 / 100, whatever it states", () => {
    expect(scan([["预算数", 100], ["执行数", 95], ["执行率", "95%"]])).toEqual([["ratio", "fund-block", "B3", ""]]);
    // (a wrong rate is still related: the relation is read from the labels, the rule judges it)
    expect(scan([["预算数", 100], ["执行数", 95], ["执行率", "90%"]])).toEqual([["ratio", "fund-block", "B3", ""]]);
  });

  it("a block whose lower header line borrows 合计 from the line above it (headerColumns): each line's 合计 = 财政拨款 + 其他资金", () => {
    const rows = [
      ["", "合计", "财政拨款", "其他资金"],
      ["项目", "", "", ""],
      ["甲", 10, 6, 4],
      ["乙", 20, 15, 5],
    ];
    expect(scan(rows)).toEqual([
      ["sum", "fund-block", "B3", "C3,D3"],
      ["sum", "fund-block", "B4", "C4,D4"],
    ]);
  });

  it("an allocation's batches after its total (opensIssueBatches): 合计 = 提前下达 + 本次下达 on each county's line", () => {
    const rows = [
      ["县区", "合计", "提前下达", "本次下达"],
      ["甲县", 10, 6, 4],
      ["乙县", 20, 15, 5],
      ["丙县", 30, 20, 10],
    ];
    expect(scan(rows)).toEqual([
      ["sum", "amount-table", "B2", "C2,D2"],
      ["sum", "amount-table", "B3", "C3,D3"],
      ["sum", "amount-table", "B4", "C4,D4"],
    ]);
  });

  it("a line of words naming no amount heads no block (序号 | 指标名称 | 分值 | 得分 over points): no amount sum", () => {
    expect(scan([["序号", "指标名称", "分值", "得分"], [1, "甲", 10, 9], [2, "乙", 20, 18]]).filter((x) => x[0] === "sum")).toEqual([]);
  });
});

describe("budgetRole memoised per text", () => {
  it("reads the same head the same way every time, blank as none", () => {
    for (let k = 0; k < 3; k++) {
      expect(budgetRole("年初预算数")).toBe("initial");
      expect(budgetRole("全年执行数(B)")).toBe(budgetRole("全年执行数"));
      expect(budgetRole("")).toBeNull();
      expect(budgetRole("考核内容")).toBeNull();
    }
  });
});

describe("placesIn with a first-character table before the prefix map", () => {
  it("finds each place, longest first, and nothing in a text of none", () => {
    expect(placesIn("四川省大英县教育局").map((h) => h.name)).toEqual(["四川省", "大英县"]);
    expect(placesIn("黄冈市财政局2023年").map((h) => h.name)).toEqual(["黄冈市"]);
    expect(placesIn("项目支出绩效自评表")).toEqual([]);
    expect(placesIn("")).toEqual([]);
    expect(placesIn("川")).toEqual([]);
  });
});

describe("a line's own texts read from Grid.textCells", () => {
  // a title merged across, a field line, a header whose 一级指标 is merged down two lines and written again across
  // (C3 a copy of B3, read once), then two lines of the table
  const g = Grid.fromValues(
    "自评表",
    [
      ["2023年度项目支出绩效自评表", null, null, null],
      ["填报单位:某县农业农村局", null, null, "单位:万元"],
      ["一级指标", "一级指标", "三级指标", "分值"],
      [null, null, "指标甲", 50],
      ["产出指标", null, "指标乙", 50],
    ],
    ["A1:D1", "A3:A4"],
  );

  it("sheetFeatures' lines: each line's own texts joined by |, a merge's tail and a copy left out", () => {
    const f = sheetFeatures(g);
    const lines = f.body.split("\n");
    expect(lines[0]).toBe("2023年度项目支出绩效自评表|");
    expect(lines[1]).toBe("填报单位:某县农业农村局|单位:万元|");
    expect(lines[2]).toBe("一级指标|三级指标|分值|");
    expect(lines[3]).toBe("指标甲|50|");
    expect(lines[4]).toBe("产出指标|指标乙|50|");
  });

  it("regionTexts: the texts above the table, each its own cell, the unit's name read as one", () => {
    const texts = regionTexts(g, null).filter((t) => t.cell);
    expect(texts.map((t) => t.cell)).toEqual(["A1", "A2", "D2", "A3", "B3", "C3", "D3", "C4", "A5", "C5"]);
    expect(texts.find((t) => t.cell === "A2")?.where).toBe("unit");
    // (figures only are no place's text: D4's 50 and D5's 50 left out)
    expect(texts.some((t) => t.cell === "D4" || t.cell === "D5")).toBe(false);
  });
});
