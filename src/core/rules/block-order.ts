/**
 * Numbers that read as blocks out of order, none written wrong (五、 七、 | 二、 三、: a page serving a table's blocks out of
 * order, some not at all, or parts pasted in another order): somewhere the numbering steps back to a lower number that the
 * next one counts on from (a block of its own, in order within itself), every number is written once, and none is one off
 * between two right ones. A number written wrong does not read so — a repeat (二、 twice), a skip alone with no step back
 * (一、 二、 四、), or one number off between right ones (10、 11、 21、 13、 14、: 21、 stands where 12、 belongs, the number
 * after it counting on from 11、).
 *
 * Returns the index of the step back (the number it lands on), else -1. Read only where the numbers step back: most
 * count on and cost one pass, no set.
 */
export function blocksStepBack(ns: readonly number[]): number {
  if (ns.length < 3) return -1;
  let back = -1;
  for (let i = 1; i + 1 < ns.length && back < 0; i++) if (ns[i] < ns[i - 1] && ns[i + 1] === ns[i] + 1) back = i;
  if (back < 0) return -1;
  // (one number off between right ones: the number a slip took)
  for (let i = 1; i + 1 < ns.length; i++) if (ns[i + 1] === ns[i - 1] + 2 && ns[i] !== ns[i - 1] + 1) return -1;
  const seen = new Set<number>();
  for (let i = 0; i < ns.length; i++) {
    if (seen.has(ns[i])) return -1;
    seen.add(ns[i]);
  }
  return back;
}
