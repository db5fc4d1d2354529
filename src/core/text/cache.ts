/**
 * A bounded memo for pure text functions (compact, parseValue, labelCode): two generations of at most `max`
 * entries each. When the young generation fills, it becomes the old one and the oldest is dropped; a hit in
 * the old generation moves back to the young one while that has room. A sheet's recurring labels (headers, units, 达成年度指标)
 * stay cached however many unique names a large sheet streams through, memory stays bounded (2 × max), and
 * nothing is ever cleared all at once (the cliff a single map emptied when full hits at 40,000 rows).
 */
export class TextCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly max: number) {
    ALL.push(this as TextCache<unknown>);
  }

  /** Empty both generations. */
  clear(): void {
    if (this.young.size) this.young = new Map();
    if (this.old.size) this.old = new Map();
  }

  get(key: string): V | undefined {
    const v = this.young.get(key);
    if (v !== undefined) return v;
    const o = this.old.get(key);
    // (moved back only while the young generation has room: a move that filled it would rotate the generations, and a
    // sheet read again whose labels number between max and 2 × max would then miss the young one on every label, each
    // hit a move, every max moves a rotation — a 2,000-row table's 2,200 names on every review. A label met again after
    // the young generation filled stays in the old one, asked anew once the next rotation drops it)
    if (o !== undefined && this.young.size < this.max) this.young.set(key, o);
    return o;
  }

  set(key: string, value: V): void {
    if (this.young.size >= this.max) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

/** Every text cache made (a handful, one per memoised function). */
const ALL: TextCache<unknown>[] = [];

/** Entries above which a text cache is emptied when a review ends (see clearLargeTextCaches). */
const KEEP_AT_MOST = 8_192;

/**
 * Empty every text cache that holds more than KEEP_AT_MOST entries: called when a review ends, so that a large
 * sheet's labels (mostly names met once) do not stay in memory, and in the old generation of the heap, for the next
 * review to carry; the vocabulary a run over many ordinary workbooks keeps meeting (headers, units, 达成年度指标)
 * stays cached from one workbook to the next.
 */
export function clearLargeTextCaches(): void {
  for (const c of ALL) if (c.size > KEEP_AT_MOST) c.clear();
}

/** Entries per generation of the text caches: a large sheet's distinct labels, with room to spare. */
export const TEXT_CACHE_SIZE = 50_000;

/**
 * Entries per generation of a cache of what a label is (a header role, an amount header's role, a numbering code):
 * a review asks it once per distinct label (each row's name is classified once), so that only the vocabulary a
 * sheet repeats (its headers, asked by every scan of a header row) is ever a hit, and a label read again survives
 * each rotation. Sized for that vocabulary, not for the sheet's names: a 40,000-row table otherwise fills three maps
 * with 40,000 entries each, nearly all of them never read again, grown and rehashed during the review and copied
 * by the young-generation collector with it.
 */
export const LABEL_CLASS_CACHE_SIZE = 2_048;
