import type { TermMatch } from '../glossary/types';
import { supports, type SenseIndex } from './compile';
import type { SenseVerdict } from './decide';
import { MARK_AT, PAGE } from './weights';

/**
 * What the page as a whole says, for occurrences the local evidence left
 * open: which glossary terms it holds, and how each ambiguous term was read
 * elsewhere on it ("one sense per page", never above local evidence: it only
 * settles occurrences whose own score was undecided).
 */
export class SensePage {
  private readonly seen = new Set<string>();
  private readonly confirmed = new Map<string, number>();
  private readonly named = new Map<string, number>();

  /** `titleSupports`: whether the page title speaks for an entry's sense (asked only for `local` entries). */
  constructor(
    private readonly index: SenseIndex,
    private readonly titleSupports: (id: string) => boolean = () => false,
  ) {}

  /**
   * Records a batch's matches and their verdicts (null: every match
   * unambiguous). Terms meant in the glossary's sense — unambiguous ones and
   * ambiguous ones decided by local evidence — are evidence for the page.
   */
  note(matches: readonly TermMatch[], verdicts: readonly SenseVerdict[] | null): void {
    matches.forEach((m, i) => {
      const verdict = verdicts?.[i] ?? 'yes';
      if (verdict === 'yes') {
        this.seen.add(m.id);
        if (this.index.byId.has(m.id)) bump(this.confirmed, m.id);
      } else if (verdict === 'name') {
        bump(this.named, m.id);
      }
    });
  }

  /** Whether an undecided occurrence with this local score is marked, given the page. */
  accept(id: string, score: number): boolean {
    return score + this.bonus(id) >= MARK_AT;
  }

  bonus(id: string): number {
    const sense = this.index.byId.get(id);
    // A story entry takes the page's word only on a page about its story, by its title.
    if (!sense || (sense.local && !this.titleSupports(id))) return 0;
    let supporters = 0;
    for (const other of this.seen) if (supports(this.index, sense, other)) supporters++;
    let bonus = supporters >= PAGE.supportersForTwo ? 2 : supporters >= PAGE.supportersForOne ? 1 : 0;
    const confirmed = this.confirmed.get(id) ?? 0;
    if (confirmed > 0) bonus += confirmed > 1 ? PAGE.confirmedTwice : PAGE.confirmed;
    if ((this.named.get(id) ?? 0) > 0) bonus += PAGE.namedPerson;
    return Math.min(PAGE.max, bonus);
  }
}

function bump(map: Map<string, number>, id: string): void {
  map.set(id, (map.get(id) ?? 0) + 1);
}
