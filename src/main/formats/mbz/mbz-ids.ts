/**
 * The ids of a backup being written. Restore maps every old id to a new one by kind, so ids
 * only need to be unique within their kind and consistent; each kind counts from its own start,
 * in the order ids are asked for, so the same document gives the same ids.
 */
export class MbzIds {
  readonly #next = new Map<string, number>();

  /** The next id of a kind (`context`, `section`, `cm`, `instance:page`, `grade_item`…). */
  next(kind: string, start = 1): number {
    const id = this.#next.get(kind) ?? start;
    this.#next.set(kind, id + 1);
    return id;
  }
}
