import { FUND_LABEL_FIRST } from "../../../src/core/recognise/budget";

/**
 * budget.ts asks every cell of a sheet whether it could be a fund label by its first character alone, read from the
 * fund label patterns; a pattern that no longer opens with a plain list of words turns that shortcut off silently (a
 * review of 2,000 rows then ran every fund pattern on every cell: session 16, 收入/支出 总计 written as an optional group).
 */
test("the fund label patterns open with plain word lists, so the first-character shortcut is in force", () => {
  expect(FUND_LABEL_FIRST).not.toBeNull();
  for (const ch of ["年", "合", "收", "支", "其", "中", "本", "盟", "旗", "镇", "事", "经"]) expect(FUND_LABEL_FIRST!.has(ch.charCodeAt(0))).toBe(true);
});
