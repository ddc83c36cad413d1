/**
 * Memo tables that cannot grow without bound: when one is full it is emptied before the next entry
 * (answers are recomputed on demand). Used by every stage that remembers answers across articles
 * (gazetteer lookups, country names, number words, place queries).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

/** The set form of BoundedMap. */
export class BoundedSet<T> extends Set<T> {
  constructor(private readonly limit: number) {
    super();
  }

  override add(value: T): this {
    if (this.size >= this.limit && !this.has(value)) this.clear();
    return super.add(value);
  }
}
