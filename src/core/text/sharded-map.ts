/**
 * A Map keyed by strings, held as up to SHARDS smaller maps chosen by a few of the key's characters (shardOf). A hash
 * table of the tens of thousands of entries a 40,000-row sheet gives (every row's cell address, every row's name) is a
 * large object, allocated anew at each doubling as it grows, outside the young generation and on pages fresh from the
 * system: building one cost about twice what the same entries cost in maps a sixteenth of its size, and that part of
 * a review grew faster than its rows. Reads and writes as a Map: the same keys give the same values (it is never
 * iterated).
 */
export const SHARDS = 16;

/**
 * The map of SHARDS a key goes to: its last three characters and its middle one, mixed (an A1 address's last digits;
 * labels that end alike, "…(1)", "…-5", differ before). Cheap: read for every lookup.
 */
export function shardOf(key: string): number {
  const n = key.length;
  return ((key.charCodeAt(n - 1) | 0) + 3 * (key.charCodeAt(n - 2) | 0) + 5 * (key.charCodeAt(n - 3) | 0) + 7 * (key.charCodeAt(n >> 1) | 0)) & (SHARDS - 1);
}

export class ShardedMap<V> {
  private readonly shards: (Map<string, V> | undefined)[] = new Array<Map<string, V> | undefined>(SHARDS).fill(undefined);

  get(key: string): V | undefined {
    return this.shards[shardOf(key)]?.get(key);
  }

  has(key: string): boolean {
    return this.shards[shardOf(key)]?.has(key) ?? false;
  }

  set(key: string, value: V): this {
    const k = shardOf(key);
    (this.shards[k] ?? (this.shards[k] = new Map<string, V>())).set(key, value);
    return this;
  }
}

/** A set of strings held as a ShardedMap (see there). */
export class ShardedSet {
  private readonly map = new ShardedMap<true>();

  has(key: string): boolean {
    return this.map.has(key);
  }

  add(key: string): this {
    this.map.set(key, true);
    return this;
  }
}
