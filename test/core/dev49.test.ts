import { readFileSync } from "fs";
import { join } from "path";
import { Grid } from "../../src/core/grid/grid";
import { review } from "../../src/core/review";
import { joinedLineParts, namedWholeLine } from "../../src/core/recognise/joined-parts";
import type { Row } from "./dev49-variants";
import { SHAPES, threePublicSources } from "./dev49-variants";

/**
 * dev49 (session 49): a money table whose other columns hold placeholders ('-', '—', '/', blank) is still a table.
 * 永川 2020 三公 决算: '经费项目 | 2020年度支出 (万元) | 支出减少情况(万元) | 支出减少率', the change columns '-' below, the
 * whole at the foot named '总“三公”经费支出' (B8 1928.76 = 0 + 71.53 + 1857.23), the car line 公务用车购置及运行维护费
 * 1857.23 over its two part lines printed plainly (423.81 + 1433.42, no 其中 word). The '-' cells were no cause (the
 * table was not read with numbers in them either): 经费项目 was no item head of an expense list, 总…支出 no total's
 * name, and a 合计 there added the car line and its parts alike (3785.99). joined-parts.ts reads the two names.
 */
const REAL = join(__dirname, "..", "fixtures", "real");
const reviewed = (rows: Row[]) => review(Grid.fromValues("S", rows, []), "national");
const errors = (rows: Row[]) => reviewed(rows).findings.filter((f) => f.severity === "error");
const sumsOf = (rows: Row[]) =>
  reviewed(rows)
    .model.relations.filter((r) => r.kind === "sum")
    .map((r) => (r.kind === "sum" ? `${r.total.cell}=${r.parts.map((p) => p.cell).join("+")}` : ""))
    .sort();

const YONGCHUAN: Row[] = [
  ["2020年度全区“三公”经费决算情况", null, null, null],
  ["经费项目", "2020年度支出 (万元)", "支出减少情况(万元)", "支出减少率"],
  ["因公出国(境)费", 0, 0, "0%"],
  ["公务接待费", 71.53, "-", "-"],
  ["公务用车购置及运行维护费", 1857.23, "-", "-"],
  ["公务用车购置费", 423.81, "-", "-"],
  ["公务用车运行维护费", 1433.42, "-", "-"],
  ["总“三公”经费支出", 1928.76, "-", "-"],
  ["2020年度全区“三公”经费使用情况", null, null, null],
  ["使用项目", "2020年度数量或人次", null, null],
  ["因公出国(境)团组数", 0, null, null],
  ["因公出国(境)人次", 0, null, null],
  ["公务用车购置数", 32, null, null],
  ["公务用车保有量", 660, null, null],
  ["国内公务接待批次", 486, null, null],
];
const at = (rows: Row[], r: number, c: number, v: string | number | null): Row[] => rows.map((row, i) => (i === r - 1 ? row.map((x, j) => (j === c ? v : x)) : row));

describe("the sheet as published (test/fixtures/real)", () => {
  test("head row 2, the whole B8 over B3 + B4 + B5, B5 over B6 + B7; nothing flagged", () => {
    const c = JSON.parse(readFileSync(join(REAL, "cq-yongchuan-three-public-expenses-final-2020.json"), "utf8"));
    const g = Grid.fromValues("S", c.grid.map((r: string[]) => r.map((x) => (/^\d+(\.\d+)?$/.test(x) ? Number(x) : x || null))), []);
    const r = review(g, "national");
    expect(r.model.headerRow).toBe(2);
    expect(r.model.totals?.score?.cell).toBe("B8");
    expect(r.model.totals?.score?.value).toBe(1928.76);
    expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("the variants written by hand", () => {
  test("as published: B8 = B3 + B4 + B5 (0 + 71.53 + 1857.23 = 1928.76), B5 = B6 + B7 (423.81 + 1433.42 = 1857.23); the counts below not summed", () => {
    expect(sumsOf(YONGCHUAN)).toEqual(["B5=B6+B7", "B8=B3+B4+B5"]);
    expect(errors(YONGCHUAN)).toEqual([]);
  });

  test("a slip, 71.53 → 71.35: found at B8 (0 + 71.35 + 1857.23 = 1928.58 against 1928.76), nothing else", () => {
    const f = errors(at(YONGCHUAN, 4, 1, 71.35));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B8"]]);
    expect(f[0].message).toContain("1928.58");
  });

  test("a slip in a part line, 423.81 → 432.81: found at the car line B5 (432.81 + 1433.42 = 1866.23 against 1857.23), not at B8", () => {
    const f = errors(at(YONGCHUAN, 6, 1, 432.81));
    expect(f.map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B5"]]);
    expect(f[0].message).toContain("1866.23");
  });

  test.each<[string, Row[], string]>([
    ["'—' placeholders", YONGCHUAN.map((r) => r.map((x) => (x === "-" ? "—" : x))), "B8"],
    ["'/' placeholders", YONGCHUAN.map((r) => r.map((x) => (x === "-" ? "/" : x))), "B8"],
    ["'——' placeholders", YONGCHUAN.map((r) => r.map((x) => (x === "-" ? "——" : x))), "B8"],
    ["'无' placeholders", YONGCHUAN.map((r) => r.map((x) => (x === "-" ? "无" : x))), "B8"],
    ["the '-' columns first", YONGCHUAN.map((r) => [r[0], r[2], r[3], r[1]]), "D8"],
    ["合计 at the foot", at(YONGCHUAN, 8, 0, "合计"), "B8"],
    ["'“三公”经费支出总额' at the foot", at(YONGCHUAN, 8, 0, "“三公”经费支出总额"), "B8"],
    ["繁體", YONGCHUAN.map((r) => r.map((x) => (typeof x === "string" ? x.replace(/经/g, "經").replace(/费/g, "費").replace(/务/g, "務").replace(/车/g, "車").replace(/运/g, "運").replace(/维/g, "維").replace(/护/g, "護").replace(/总/g, "總").replace(/项/g, "項").replace(/购/g, "購") : x))), "B8"],
  ])("%s: the whole read at its cell, nothing flagged; the slip 71.53 → 71.35 found there", (_, rows, cell) => {
    expect(reviewed(rows).model.totals?.score?.cell).toBe(cell);
    expect(errors(rows)).toEqual([]);
    const col = cell[0] === "B" ? 1 : 3;
    expect(errors(at(rows, 4, col, 71.35)).map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", cell]]);
  });

  test("a 合计 under a head no block opens (类别 | 2020年度支出): the bare 合计 reader counts the car line once too (B8 = B3 + B4 + B5, B5 = B6 + B7)", () => {
    const rows = at(at(YONGCHUAN.slice(0, 8), 2, 0, "类别"), 8, 0, "合计");
    expect(sumsOf(rows)).toEqual(["B5=B6+B7", "B8=B3+B4+B5"]);
    expect(errors(rows)).toEqual([]);
    expect(errors(at(rows, 4, 1, 71.35)).map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B8"]]);
    expect(errors(at(rows, 6, 1, 432.81)).map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B5"]]);
  });

  test.each<[string, string | null]>([
    ["'-'", "-"],
    ["'—'", "—"],
    ["'/'", "/"],
    ["'无'", "无"],
    ["blank", null],
  ])("因公出国(境)费's amount itself a placeholder (%s, the whole line so): a line with no amount; B8 = B4 + B5, the slip found at B8", (_, ph) => {
    const rows = at(at(at(YONGCHUAN, 3, 1, ph), 3, 2, ph), 3, 3, ph);
    expect(reviewed(rows).model.headerRow).toBe(2);
    expect(reviewed(rows).model.totals?.score?.cell).toBe("B8");
    expect(sumsOf(rows)).toEqual(["B5=B6+B7", "B8=B4+B5"]);
    expect(errors(rows)).toEqual([]);
    expect(errors(at(rows, 4, 1, 71.35)).map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B8"]]);
  });

  test("因公出国(境)费 | - | - | 0% (its nil amount '-', its rate printed 0%): still a line of the list, not the header (row 2)", () => {
    const rows = at(at(YONGCHUAN, 3, 1, "-"), 3, 2, "-");
    expect(reviewed(rows).model.headerRow).toBe(2);
    expect(reviewed(rows).model.totals?.score?.cell).toBe("B8");
    expect(errors(rows)).toEqual([]);
  });

  test("the whole first ('总“三公”经费支出' over its lines): B3 = B4 + B5 + B6, B6 = B7 + B8", () => {
    const rows = [YONGCHUAN[0], YONGCHUAN[1], YONGCHUAN[7], ...YONGCHUAN.slice(2, 7)];
    expect(sumsOf(rows)).toEqual(["B3=B4+B5+B6", "B6=B7+B8"]);
    expect(reviewed(rows).model.totals?.score?.cell).toBe("B3");
    expect(errors(rows)).toEqual([]);
  });
});

describe("a bare 合计 over a list with a placeholder line (the closing-total reader, no block opened)", () => {
  // (商丘 2019 学前教育保教费 分配表's shape: 县区名称 | 省级资金(万元) | 备注, 市直 given nothing)
  const LIST: Row[] = [
    ["县区名称", "省级资金(万元)", "备注"],
    ["市直", "-", null],
    ["梁园区", 2.45, null],
    ["睢阳区", 1.95, null],
    ["示范区", 0.6, null],
    ["柘城县", 30.9, "贫困县"],
    ["合计", 35.9, null],
  ];
  test.each<[string, string | null]>([
    ["'-'", "-"],
    ["'—'", "—"],
    ["'/'", "/"],
    ["blank", null],
  ])("市直 | %s: B7 = B3 + B4 + B5 + B6 (35.9), header row 1; a slip (30.9 → 39.0) found at B7", (_, ph) => {
    const rows = at(LIST, 2, 1, ph);
    expect(reviewed(rows).model.totals?.score?.cell).toBe("B7");
    expect(reviewed(rows).model.headerRow).toBe(1);
    expect(errors(rows)).toEqual([]);
    expect(errors(at(rows, 6, 1, 39.0)).map((x) => [x.rule, x.cell])).toEqual([["total-mismatch", "B7"]]);
  });
});

describe("generated from the corpus: every real 三公 table's own numbers printed in the class's shapes", () => {
  const sources = threePublicSources();
  test("the sources are found (永川 among them)", () => {
    expect(sources.length).toBeGreaterThanOrEqual(1);
    expect(sources.map((s) => s.source)).toContain("cq-yongchuan-three-public-expenses-final-2020:B");
  });
  test.each(SHAPES.map((s) => [s.name, s] as const))("%s: n read of n sources, clean and with each slip", (_, shape) => {
    let clean = 0;
    let slip = 0;
    let partSlip = 0;
    const withParts = sources.filter((s) => s.carParts).length;
    for (const s of sources) {
      const a = shape.print(s);
      const r = reviewed(a.rows);
      if (r.model.totals?.score?.cell === a.totalCell && !r.findings.some((f) => f.severity === "error")) clean++;
      const b = shape.print(s, "reception");
      if (reviewed(b.rows).findings.some((f) => f.rule === "total-mismatch" && f.cell === b.totalCell)) slip++;
      if (s.carParts) {
        const c = shape.print(s, "purchase");
        const fc = errors(c.rows);
        if (fc.some((f) => f.rule === "total-mismatch" && f.cell === c.carCell) && !fc.some((f) => f.cell === c.totalCell)) partSlip++;
      }
    }
    expect([clean, slip, partSlip]).toEqual([sources.length, sources.length, withParts]);
  });
});

describe("near shapes that must not be read so (precision)", () => {
  test("a table of counts with '-' for the years not printed: nothing flagged", () => {
    const rows: Row[] = [
      ["“三公”经费使用情况", null, null, null],
      ["使用项目", "2018年", "2019年", "2020年"],
      ["因公出国(境)团组数(个)", "-", 2, 0],
      ["公务用车购置数(辆)", "-", "-", 32],
      ["公务用车保有量(辆)", 702, 688, 660],
      ["国内公务接待批次(批次)", "-", 530, 486],
    ];
    expect(errors(rows)).toEqual([]);
  });

  test("a change column whose '-' means no change: the whole read, nothing flagged", () => {
    const rows: Row[] = [
      ["经费项目", "2019年度支出(万元)", "2020年度支出(万元)", "增减(万元)"],
      ["因公出国(境)费", 0, 0, "-"],
      ["公务接待费", 80, 71.53, -8.47],
      ["公务用车购置及运行维护费", 1857.23, 1857.23, "-"],
      ["公务用车购置费", 423.81, 423.81, "-"],
      ["公务用车运行维护费", 1433.42, 1433.42, "-"],
      ["总“三公”经费支出", 1937.23, 1928.76, -8.47],
    ];
    expect(errors(rows)).toEqual([]);
  });

  test("a joined line over siblings sharing a word only (公务接待费 under 公务用车购置及运行维护费): the lines flat, a flat slip found at the total", () => {
    const rows: Row[] = [
      ["经费项目", "2020年度支出(万元)"],
      ["公务用车购置及运行维护费", 1857.23],
      ["公务接待费", 71.53],
      ["公务交通补贴", 12],
      ["合计", 1940.76],
    ];
    expect(sumsOf(rows)).toEqual(["B5=B2+B3+B4"]);
    expect(errors(rows)).toEqual([]);
    expect(errors(at(rows, 3, 1, 71.35)).map((x) => x.cell)).toEqual(["B5"]);
  });

  test("lines named as kinds of a stem that add up flat (办公费 | 办公设备购置费 | 办公用房维修费 | 合计): the lines flat", () => {
    const rows: Row[] = [
      ["支出项目", "金额(万元)"],
      ["办公费", 10],
      ["办公设备购置费", 5],
      ["办公用房维修费", 3],
      ["合计", 18],
    ];
    expect(sumsOf(rows)).toEqual(["B5=B2+B3+B4"]);
    expect(errors(rows)).toEqual([]);
  });

  test("a body's name opening with 总 at the foot (总工会经费) is a line of the list, no whole", () => {
    expect(namedWholeLine("总工会经费")).toBe(false);
    expect(namedWholeLine("总队经费")).toBe(false);
    expect(namedWholeLine("总体支出")).toBe(false);
    const rows: Row[] = [
      ["经费项目", "2020年度支出(万元)"],
      ["行政经费", 10],
      ["业务经费", 20],
      ["总工会经费", 5],
    ];
    expect(errors(rows)).toEqual([]);
    expect(reviewed(rows).model.totals).toBeNull();
  });
});

describe("joined-parts.ts: the name tests", () => {
  test.each<[string, boolean]>([
    ["总“三公”经费支出", true],
    ["总经费", true],
    ["总费用", true],
    ["“三公”经费支出总额", true],
    ["经费总额", true],
    ["总支出", false],
    ["总工会经费", false],
    ["总体目标", false],
  ])("namedWholeLine(%s) = %s", (label, yes) => {
    expect(namedWholeLine(label)).toBe(yes);
  });

  test.each<[string[], [number, number[], string][]]>([
    [["公务用车购置及运行维护费", "公务用车购置费", "公务用车运行维护费"], [[0, [1, 2], "joined"]]],
    [["(二)公务用车购置及运行维护支出", "1.公务用车购置", "2.公务用车运行维护费"], [[0, [1, 2], "joined"]]],
    [["3.公务用车购置及运行费", "其中:(1)公务用车购置费", "(2)公务用车运行费"], [[0, [1, 2], "joined"]]],
    [["3、公务用车费", "其中:(1)公务用车运行维护费", "(2)公务用车购置"], [[0, [1, 2], "stem"]]],
    [["公务用车购置及运行维护费", "公务接待费", "因公出国(境)费"], []],
    [["公务用车购置及运行维护费", "公务用车购置费"], []],
  ])("joinedLineParts(%j)", (labels, expected) => {
    expect([...joinedLineParts(labels)].map(([k, v]) => [k, v.parts, v.by])).toEqual(expected);
  });
});
