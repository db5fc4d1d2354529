import { Grid } from "../../src/core/grid/grid";
import { distinctKeyRoles, hasLevel, rowRoles, rowRolesShared } from "../../src/core/recognise/table-header";

/**
 * rowRoles is read once per grid and row (perf32): a second call gives the same roles, as a map of its own — a caller
 * that changes the map it was given (findIndicatorHeader adds an unnamed points column) leaves the next caller's alone;
 * another grid (the same text moved, a row of another header) is read for itself.
 */
describe("rowRoles: read once per grid and row, each caller its own map", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"];
  const grid = Grid.fromValues("t", [["项目支出绩效自评表"], header, ["产出指标", "数量指标", "培训人数", "≥100人", 10, 9]]);
  const roles = (g: Grid, r: number) => [...rowRoles(g, r)].sort((a, b) => a[0] - b[0]);

  it.each([
    // [row, the roles a reader names by hand]
    [2, [[1, "level1"], [2, "level2"], [3, "level3"], [4, "targetValue"], [5, "weight"], [6, "score"]]],
    [1, []],
    [3, []],
  ])("row %i reads the same roles twice", (row, expected) => {
    expect(roles(grid, row as number)).toEqual(expected);
    expect(roles(grid, row as number)).toEqual(expected);
  });

  it("a caller changing its map changes no later caller's", () => {
    const first = rowRoles(grid, 2);
    first.set(5, "score");
    first.delete(1);
    expect(rowRoles(grid, 2).get(5)).toBe("weight");
    expect(rowRoles(grid, 2).get(1)).toBe("level1");
    expect(rowRoles(grid, 2)).not.toBe(rowRoles(grid, 2));
  });

  it("counter-shape: another grid with the header one row lower is read for itself, not from the first grid's rows", () => {
    const moved = Grid.fromValues("t", [["项目支出绩效自评表"], [], header]);
    expect(roles(moved, 2)).toEqual([]);
    expect(roles(moved, 3).map(([c]) => c)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(roles(grid, 3)).toEqual([]);
  });
});

describe("rowRolesShared: the roles as first read, for a reader, not copied", () => {
  const header = ["一级指标", "二级指标", "三级指标", "指标值", "分值", "得分"];
  const grid = Grid.fromValues("t", [["项目支出绩效自评表"], header, ["产出指标", "数量指标", "培训人数", "≥100人", 10, 9]]);

  it.each<[number, number, boolean]>([
    // [row, distinct key roles, a level column] — the header: six key roles, levels; the title and a line: none
    [2, 6, true],
    [1, 0, false],
    [3, 0, false],
  ])("row %i: the same roles as rowRoles gives, the same map each time (%i key roles, level %s)", (row, keys, level) => {
    expect([...rowRolesShared(grid, row)]).toEqual([...rowRoles(grid, row)]);
    expect(rowRolesShared(grid, row)).toBe(rowRolesShared(grid, row));
    expect(distinctKeyRoles(rowRolesShared(grid, row))).toBe(keys);
    expect(hasLevel(rowRolesShared(grid, row))).toBe(level);
  });

  it("a copy changed by its caller leaves the shared roles as read", () => {
    const copy = rowRoles(grid, 2);
    copy.clear();
    expect(rowRolesShared(grid, 2).size).toBe(6);
  });
});
