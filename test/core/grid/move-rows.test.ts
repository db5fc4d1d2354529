import { moveRows } from "../../../src/core/grid/a1";

/** moveRows: the row of every A1 reference in a text moved, the rest of the text as it was. */
describe("moveRows", () => {
  const down11 = (t: string) => moveRows(t, (r) => r + 11);

  test.each([
    ["G9", "G20"],
    ["G12:G15", "G23:G26"],
    ["D14&E14&F14", "D25&E25&F25"],
    ["SUM(H4,G6,G7,G8)", "SUM(H15,G17,G18,G19)"],
    ["$G$9", "$G$20"],
    ["AB100", "AB111"],
    ["G12、G13", "G23、G24"],
  ])("%s → %s", (text, moved) => expect(down11(text)).toBe(moved));

  test("quoted strings and names that only look like references are left alone", () => {
    expect(down11('PERF.GRADE(G9,"XJ2023")')).toBe('PERF.GRADE(G20,"XJ2023")');
    expect(down11('"say ""A1"" here"&B2')).toBe('"say ""A1"" here"&B13');
    expect(down11("LOG10(A1)")).toBe("LOG10(A12)");
    expect(down11("X1Y+A1_B2")).toBe("X1Y+A1_B2");
  });

  test("a row map that is not one shift: the lead rows (1–2) stay, the others move 10 down", () => {
    expect(moveRows("SUM(A1,B2,C3)", (r) => (r <= 2 ? r : r + 10))).toBe("SUM(A1,B2,C13)");
  });
});
