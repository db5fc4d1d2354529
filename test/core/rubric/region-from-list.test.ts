import { Grid } from "../../../src/core/grid/grid";
import { review } from "../../../src/core/review";

/**
 * The region of a sheet whose table starts near the top (an allocation list headed at row 2–3): where nothing above
 * the header names a place, the places the list's own label column agrees on (every unambiguous one in one province,
 * two cells or more) name it; a list spanning provinces, or naming one place only, names none.
 */
type Row = (string | number)[];

/** 附件 | an allocation title naming no place | a two-line header (县(市、区) | 合计 | 镇(乡) | 补助资金), then `lines`. */
function allocation(lines: Row[], title = "2024年市级乡村振兴专项资金分配表"): Grid {
  return Grid.fromValues("分配表", [["附件1"], [title], ["县(市、区)", "合计", "镇(乡)", "补助资金(万元)"], ...lines]);
}

const basis = (g: Grid) => review(g, "auto").profileBasis;

/** [case, lines, province or null, evidence] */
const CASES: [string, Row[], string | null, string | null][] = [
  [
    "four counties of 泉州市: 福建省, the first county listed as evidence",
    [["泉港区", 100, "前黄镇", 50], ["惠安县", 200, "辋川镇", 50], ["石狮市", 50, "锦尚镇", 50], ["晋江市", 100, "内坑镇", 50]],
    "福建省",
    "泉港区",
  ],
  ["counties of two provinces (晋江市 in 福建, 大英县 in 四川): none", [["晋江市", 100, "内坑镇", 50], ["大英县", 200, "蓬莱镇", 50]], null, null],
  ["one county only: none", [["晋江市", 100, "内坑镇", 50], ["合计", 100, "", 50]], null, null],
  ["no place in the label column (units named without one): none", [["市第一医院", 100, "", 100], ["市中心医院", 80, "", 80]], null, null],
];

describe("the region a list under its header agrees on", () => {
  test.each(CASES)("%s", (_, lines, province, evidence) => {
    const b = basis(allocation(lines));
    expect(b.region?.province ?? null).toBe(province);
    expect(b.region?.evidence.name ?? null).toBe(evidence);
    // no built-in profile for 福建: national rules, assumed
    expect(b.origin).toBe("default");
  });

  test("the note names the county and the province it was read as (the list is under its header, row 3)", () => {
    const r = review(allocation(CASES[0][1]), "auto");
    expect(r.model.headerLastRow).toBe(3);
    const b = r.profileBasis;
    expect(b.note.zh).toBe("按全国口径（据表中文字中的县名“泉港区”识别为福建省，暂无该地区规则方案，按通用规则假定）");
  });

  test("counties of a province with a built-in profile choose it (四川: 大英县, 射洪市)", () => {
    const b = basis(allocation([["大英县", 100, "蓬莱镇", 50], ["射洪市", 200, "太和镇", 50]]));
    expect(b.region?.province).toBe("四川省");
    expect(b.origin).toBe("region");
  });

  test("a place named above the header wins: a 大英县 title over a list of 泉州 counties is 四川", () => {
    const b = basis(allocation(CASES[0][1], "2024年大英县乡村振兴专项资金分配表"));
    expect(b.region?.province).toBe("四川省");
    expect(b.region?.evidence.name).toBe("大英县");
  });
});
