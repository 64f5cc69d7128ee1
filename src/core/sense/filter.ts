import type { SenseIndex } from './compile';
import { SenseJudge, type BatchInput } from './decide';
import { SensePage } from './page';

interface Held<T> {
  id: string;
  score: number;
  item: T;
  key: unknown;
}

/**
 * Sense decisions for one page, batch by batch as the scan reads it: which
 * matches to mark now, which to leave unmarked, and which to hold until the
 * end of the scan, when the rest of the page has been read (`settle`).
 */
export class SenseFilter<T> {
  private readonly judge: SenseJudge;
  private readonly page: SensePage;
  private held: Held<T>[] = [];
  /** How many held occurrences each key (the block they are in) has: `forget` must not scan the hold for every block read. */
  private readonly heldPerKey = new Map<unknown, number>();
  private readonly index: SenseIndex;
  private buildReported = false;

  /** `keyOf`: the block an item is in, which `forget` names when it is read again. */
  constructor(options: { index: SenseIndex; title: string; keyOf: (item: T) => unknown }) {
    this.index = options.index;
    this.judge = new SenseJudge(options.index, options.title);
    this.page = new SensePage(options.index, (id) => {
      const sense = options.index.compiled(id);
      return sense !== null && this.judge.titleSupports(sense);
    });
    this.keyOf = options.keyOf;
  }

  private readonly keyOf: (item: T) => unknown;

  /**
   * Whether each match of the batch is marked now (null: all of them, the
   * common case of a batch without ambiguous terms). Undecided ones are held
   * as `item(i)`.
   */
  sift(input: BatchInput, item: (i: number) => T): boolean[] | null {
    const verdicts = this.judge.judge(input);
    this.page.note(input.matches, verdicts);
    if (!verdicts) return null;
    return verdicts.map((verdict, i) => {
      if (typeof verdict === 'number') {
        const held = item(i);
        const key = this.keyOf(held);
        this.held.push({ id: (input.matches[i] as { id: string }).id, score: verdict, item: held, key });
        this.heldPerKey.set(key, (this.heldPerKey.get(key) ?? 0) + 1);
        return false;
      }
      return verdict === 'yes';
    });
  }

  /** The held occurrences the page now supports, in the order they were found; the hold is emptied. */
  settle(): T[] {
    const held = this.held;
    this.held = [];
    this.heldPerKey.clear();
    return held.filter((h) => this.page.accept(h.id, h.score)).map((h) => h.item);
  }

  /** Drops the held occurrences of a block that is being read again. */
  forget(key: unknown): void {
    if (!this.heldPerKey.delete(key)) return;
    this.held = this.held.filter((h) => h.key !== key);
  }

  /** The time the cue tables took to build, once, in the first call after they were built (0 otherwise). */
  takeBuildMs(): number {
    if (this.buildReported || !this.index.cuesBuilt) return 0;
    this.buildReported = true;
    return this.index.buildMs;
  }

  get holding(): number {
    return this.held.length;
  }
}
