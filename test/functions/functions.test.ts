/**
 * The wrappers called the way Excel calls them (no formula engine): blank/0/null policy, error codes and
 * messages, and the mapping to CustomFunctions.Error when the Office runtime is present.
 */
import { PERF_FUNCTIONS } from "../../src/functions/functions";
import { PerfFunctionError, toExcelError } from "../../src/functions/errors";

const F = PERF_FUNCTIONS;

function thrown(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { code: (e as PerfFunctionError).code, message: (e as Error).message };
  }
  throw new Error("expected an error");
}

describe("blank and 0 (desktop passes 0, the web passes null: both mean the same)", () => {
  test("budget blank or 0 → #DIV/0!", () => {
    expect(thrown(() => F.EXECRATE(5, 0)).code).toBe("#DIV/0!");
    expect(thrown(() => F.EXECRATE(5, null)).code).toBe("#DIV/0!");
    expect(thrown(() => F.EXECSCORE(5, null, null as any, null as any)).code).toBe("#DIV/0!");
  });
  test("executed blank = 0 → rate 0, score 0", () => {
    expect(F.EXECRATE(null, 100)).toBe(0);
    expect(F.EXECSCORE(0, 100, null as any, null as any)).toBe(0);
  });
  test("optional weight and profile as null use the profile defaults (national 10, hubei 20)", () => {
    expect(F.EXECSCORE(95, 100, null as any, null as any)).toBe(9.5);
    expect(F.EXECSCORE(95, 100, null as any, "hubei")).toBe(19);
    expect(F.SCORE("≥100", 95, 10, null as any)).toBe(9.5);
  });
  test("actual blank = 0: the same score from desktop (0) and web (null)", () => {
    expect(F.SCORE("≥100", null, 10)).toBe(F.SCORE("≥100", 0, 10));
    expect(F.SCORE("≤5", null, 10)).toBe(10);
  });
  test("numbers typed as text are read", () => {
    expect(F.EXECRATE("1,234.50", "2,469")).toBeCloseTo(0.5, 12);
    expect(F.GRADE("90分")).toBe("优");
    expect(F.CAP(92, "65%", "platform-2022")).toBe(79);
  });
  test("matrix blanks: NARESCALE treats null weights as not applicable; QUANTRATE skips 0 and null", () => {
    // (8 + 9) / (10 + 10) × 100 = 85; the null-weight row's 5 is not counted
    expect(F.NARESCALE([[8], [9], [5]], [[10], [10], [null]])).toBe(85);
    // desktop passes the blank weight as 0: applicable with weight 0, its score 5 counts → (22)/(20) × 100 = 110
    expect(F.NARESCALE([[8], [9], [5]], [[10], [10], [0]])).toBe(110);
    expect(F.QUANTRATE([["≥95%"], [0], [null], ["达成"]])).toBe(0.5);
  });
});

describe("errors", () => {
  test("unreadable target or actual → #VALUE! 无法识别的指标值：…", () => {
    expect(thrown(() => F.SCORE("完成验收", 5, 10))).toEqual({ code: "#VALUE!", message: "无法识别的指标值：完成验收" });
    expect(thrown(() => F.SCORE("≥95%", "按计划推进", 10))).toEqual({ code: "#VALUE!", message: "无法识别的指标值：按计划推进" });
    expect(thrown(() => F.DEVIATION("效果明显", 3)).message).toBe("无法识别的指标值：效果明显");
    expect(thrown(() => F.PARSETARGET("按时完成")).message).toBe("无法识别的指标值：按时完成");
    expect(thrown(() => F.SCORE("≥95%", true, 10)).message).toBe("无法识别的指标值：TRUE");
  });
  test("unknown profile → #VALUE! naming the known ones", () => {
    const e = thrown(() => F.GRADE(91, "shanghai"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("shanghai");
    expect(e.message).toContain("national");
  });
  test("text where a number belongs → #VALUE! naming the argument", () => {
    expect(thrown(() => F.EXECRATE("很多", 100))).toEqual({ code: "#VALUE!", message: "执行数不是数字：很多" });
  });
  test("month ≤ 0 → #NUM!; zero target in DEVIATION → #DIV/0!; no targets → #DIV/0!", () => {
    expect(thrown(() => F.LAMP(1, 2, 0)).code).toBe("#NUM!");
    expect(thrown(() => F.DEVIATION(0, 1)).code).toBe("#DIV/0!");
    expect(thrown(() => F.QUANTRATE([["/"], [null]])).code).toBe("#DIV/0!");
  });
  test("not applicable and missing values → #N/A", () => {
    expect(thrown(() => F.SCORE("/", 5, 10)).code).toBe("#N/A");
    expect(thrown(() => F.SCORE("≥95%", "", 10))).toEqual({ code: "#N/A", message: "缺少实际完成值" });
  });
  test("range shapes must match", () => {
    expect(thrown(() => F.NARESCALE([[1], [2]], [[10]])).code).toBe("#VALUE!");
  });
});

describe("inside Office: CustomFunctions.Error with the matching code", () => {
  class CFError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const g = globalThis as { CustomFunctions?: unknown };
  let saved: unknown;
  beforeAll(() => {
    saved = g.CustomFunctions;
    g.CustomFunctions = {
      associate: () => undefined,
      Error: CFError,
      ErrorCode: { invalidValue: "#VALUE!", divisionByZero: "#DIV/0!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
    };
  });
  afterAll(() => {
    g.CustomFunctions = saved;
  });

  test("#VALUE! keeps its Chinese message; #DIV/0! carries none (Excel would not show it)", () => {
    let e: unknown;
    try {
      F.SCORE("完成验收", 5, 10);
    } catch (x) {
      e = x;
    }
    expect(e).toBeInstanceOf(CFError);
    expect((e as CFError).code).toBe("#VALUE!");
    expect((e as CFError).message).toBe("无法识别的指标值：完成验收");
    try {
      F.EXECRATE(1, 0);
    } catch (x) {
      e = x;
    }
    expect((e as CFError).code).toBe("#DIV/0!");
    expect((e as CFError).message).toBe("");
  });

  test("an unexpected exception becomes #VALUE!", () => {
    const e = toExcelError(new TypeError("boom")) as CFError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("boom");
  });
});
