import { a1, cellKey, rowColKey } from "../../src/core/grid/a1";
import { DistinctCells } from "../../src/core/rules/types";
import { filterPacked, mapPacked, PackedList } from "../../src/core/model/packed";
import { Grid } from "../../src/core/grid/grid";
import { compact } from "../../src/core/text/normalize";

describe("cellKey: an address in a1()'s form as a number", () => {
  it("is row × 32768 + column for capitals and a row without leading zeros", () => {
    expect(cellKey("G12")).toBe(12 * 32768 + 7); // 393223
    expect(cellKey("A1")).toBe(32769);
    expect(cellKey("AA3")).toBe(3 * 32768 + 27);
    expect(cellKey("XFD1048576")).toBe(1048576 * 32768 + 16384);
    expect(rowColKey(12, 7)).toBe(cellKey(a1(12, 7)));
  });

  it("is -1 for any other string, which two equal keys could not tell apart from an a1() address", () => {
    for (const s of ["$G$12", "G$12", "g12", "G012", "G0", "G", "12", "AAAA1", "G12:H13", " G12", "G12 ", "G1234567890", ""]) expect(cellKey(s)).toBe(-1);
  });
});

describe("DistinctCells: each cell once, in the order first added, its own cell left out", () => {
  it("keeps a1() cells, cells right of AD and other forms apart by their strings", () => {
    const d = new DistinctCells("G3");
    for (const c of ["G5", "G5", "$G$5", "AF5", "G3", "H5", "AF5", "$G$5", "G5", "G05", "AE5", "AD5", "AD5"]) d.add(c);
    expect(d.list).toEqual(["G5", "$G$5", "AF5", "H5", "G05", "AE5", "AD5"]);
  });

  it("grows past the rows it first held (a total's parts down a 40,000-row table)", () => {
    const d = new DistinctCells("H40008");
    for (let r = 8; r <= 40008; r++) d.add(`H${r}`);
    for (let r = 40008; r >= 8; r -= 1000) d.add(`H${r}`);
    d.add("H100000");
    expect(d.list.length).toBe(40000 + 1);
    expect(d.list[0]).toBe("H8");
    expect(d.list[39999]).toBe("H40007");
    expect(d.list[40000]).toBe("H100000");
  });
});

describe("PackedList, filterPacked, mapPacked: a long list allocated once at its size, in push order", () => {
  it("joins its chunks of 8,192 in order", () => {
    const p = new PackedList<number>();
    for (let i = 0; i < 20000; i++) p.push(i * 3);
    const xs = p.list();
    expect(xs.length).toBe(20000);
    expect(xs[0]).toBe(0);
    expect(xs[8191]).toBe(24573);
    expect(xs[8192]).toBe(24576);
    expect(xs[19999]).toBe(59997);
    expect(xs.every((x, i) => x === i * 3)).toBe(true);
  });

  it("filters and maps a 20,000-row list as the array methods do", () => {
    const rows = Array.from({ length: 20000 }, (_, i) => i + 1);
    const odd = filterPacked(rows, (r) => r % 2 === 1);
    expect(odd.length).toBe(10000);
    expect(odd[9999]).toBe(19999);
    const doubled = mapPacked(rows, (r) => r * 2);
    expect(doubled.length).toBe(20000);
    expect(doubled[8192]).toBe(16386);
    expect(doubled).toEqual(rows.map((r) => r * 2));
  });

  it("is the array pushed into when it holds at most 8,192 elements", () => {
    const p = new PackedList<string>();
    p.push("G5");
    p.push("G6");
    expect(p.list()).toEqual(["G5", "G6"]);
  });
});

describe("Grid.compactText over a sheet of more rows than one memo chunk holds", () => {
  it("reads each cell's compact text, in any order, as compact(text) (rows 1 … 3,000 of 10 columns)", () => {
    const values: string[][] = [];
    for (let r = 1; r <= 3000; r++) values.push(Array.from({ length: 10 }, (_, c) => (c === 3 ? `其中： 分项${r}` : c === 9 ? ` 指标 ${r} ` : `${r}-${c}`)));
    const g = Grid.fromValues("s", values);
    // (bottom up first, then top down: a chunk made by a later row reads the same)
    expect(g.compactText(3000, 4)).toBe(compact("其中： 分项3000"));
    expect(g.compactText(3000, 10)).toBe("指标3000");
    expect(g.compactText(513, 4)).toBe(compact("其中： 分项513"));
    expect(g.compactText(512, 10)).toBe("指标512");
    for (let r = 1; r <= 3000; r += 97) expect(g.compactText(r, 1)).toBe(`${r}-0`);
    expect(g.compactText(1, 10)).toBe("指标1");
    expect(g.compactText(3000, 10)).toBe("指标3000");
    expect(g.compactText(3001, 1)).toBe("");
    expect(g.compactText(5, 11)).toBe("");
  });
});
