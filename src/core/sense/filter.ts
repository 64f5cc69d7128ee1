import type { SenseIndex } from './compile';
import { SenseJudge, type BatchInput } from './decide';
import { SensePage } from './page';

interface Held<T> {
  id: string;
  score: number;
  item: T;
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

  constructor(index: SenseIndex, title: string) {
    this.judge = new SenseJudge(index, title);
    this.page = new SensePage(index);
  }

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
        this.held.push({ id: (input.matches[i] as { id: string }).id, score: verdict, item: item(i) });
        return false;
      }
      return verdict === 'yes';
    });
  }

  /** The held occurrences the page now supports, in the order they were found; the hold is emptied. */
  settle(): T[] {
    const held = this.held;
    this.held = [];
    return held.filter((h) => this.page.accept(h.id, h.score)).map((h) => h.item);
  }

  /** Drops held occurrences (their block is being read again). */
  forget(stale: (item: T) => boolean): void {
    if (this.held.length > 0) this.held = this.held.filter((h) => !stale(h.item));
  }

  get holding(): number {
    return this.held.length;
  }
}
