import { reviewFamily } from "../../src/core/review";
import { columnGrid, FAM53_VARIANTS, type Fam53Variant, fam53Variant, isProse } from "./fam53-variants";
import { NEAR_SHAPES } from "./fam54-near-shapes";
import { realGrid, realTruths } from "./title-variants";

/** One print read: a real prose sheet's variant (its truth's family, unknown for the sheets that must gain none) or a near shape's. */
export interface Fam53Print {
  family: string;
  kind: Fam53Variant;
  got: string;
  id: string;
}

/**
 * (famp55) Every print the fam53 harness reads (scripts/fam53-variants.ts prints them; test/core/fam53.test.ts holds its floor):
 * `real` — every real prose sheet (truth header_row null, isProse) in every variant that applies; `near` — the near shapes
 * (fam54-near-shapes.ts) in every variant, `family` the family each must not be, `id` its name.
 */
export function fam53Prints(): { real: Fam53Print[]; near: (Fam53Print & { shape: string })[] } {
  const real: Fam53Print[] = [];
  for (const t of realTruths()) {
    if (t.header_row !== null) continue;
    const g = realGrid(t.id);
    if (!isProse(g)) continue;
    for (const kind of FAM53_VARIANTS) {
      const v = fam53Variant(kind, g);
      if (v) real.push({ family: t.family, kind, got: reviewFamily(v), id: t.id });
    }
  }
  const near: (Fam53Print & { shape: string })[] = [];
  for (const shape of NEAR_SHAPES) {
    for (const kind of FAM53_VARIANTS) {
      const v = fam53Variant(kind, columnGrid(shape.lines));
      if (v) near.push({ family: shape.not, kind, got: reviewFamily(v), id: shape.name, shape: shape.kind });
    }
  }
  return { real, near };
}
