/**
 * map() and filter() whose result has one shape whatever runs them. Array.prototype.map and filter return a packed
 * array from the builtin and a holey one where the optimising compiler inlined them, so an array kept in the model
 * (a relation's parts) has one hidden class or the other by how warm its maker was; code reading it that met only
 * one of them drops its optimised code when it meets the other, and a large sheet, reviewed a few times only, pays
 * for the compilations again in every review. Pushed into an array literal, the result is packed in every tier.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]));
  return out;
}

export function filterPacked<T>(xs: readonly T[], keep: (x: T) => unknown): T[] {
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (keep(xs[i])) out.push(xs[i]);
  return out;
}
