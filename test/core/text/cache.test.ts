import { TextCache } from "../../../src/core/text/cache";

describe("TextCache (bounded memo of the text functions)", () => {
  test("holds at most two generations: 2 × max entries however many keys stream through", () => {
    const c = new TextCache<number>(3);
    for (let i = 0; i < 100; i++) c.set(`k${i}`, i);
    expect(c.size).toBeLessThanOrEqual(6);
    expect(c.get("k99")).toBe(99);
    expect(c.get("k0")).toBeUndefined();
  });

  test("a label read again survives the next rotation (never cleared all at once)", () => {
    const c = new TextCache<string>(3);
    c.set("合计", "合计");
    for (let i = 0; i < 20; i++) {
      c.set(`指标${i}`, "x");
      expect([i, c.get("合计")]).toEqual([i, "合计"]);
    }
  });

  test("a cached null (no code) is a hit, not a miss", () => {
    const c = new TextCache<null>(3);
    c.set("名称", null);
    expect(c.get("名称")).toBeNull();
    expect(c.get("其他")).toBeUndefined();
  });
});
