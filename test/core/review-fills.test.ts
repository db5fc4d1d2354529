import { computeFills, review } from "../../src/core/review";
import { corpusGrid } from "../helpers";

describe("the fill plan of a review", () => {
  test("read after the review, it is the plan computed from the review's model, scores and profile", async () => {
    const grid = await corpusGrid("001");
    const r = review(grid);
    const expected = computeFills(grid, r.model, r.scores, r.profile);
    expect(expected.length).toBeGreaterThan(0);
    expect(r.fills).toEqual(expected);
    // read twice: the same plan, built once
    expect(r.fills).toBe(r.fills);
    // carried by a copy of the result and by its JSON
    expect({ ...r }.fills).toEqual(expected);
    expect(JSON.parse(JSON.stringify({ fills: r.fills })).fills).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  test("empty when the caller asks for findings only", async () => {
    const grid = await corpusGrid("001");
    expect(review(grid, undefined, { fills: false }).fills).toEqual([]);
  });
});
