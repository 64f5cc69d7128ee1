import { useState } from 'preact/hooks';
import type { EntryFlag } from '../../core/flags/types';
import type { GlossaryEntry } from '../../core/glossary/types';
import type { EntryOrigin } from '../../core/glossary/user/types';
import { problemText, t, uiLang } from '../../platform/i18n';
import { removeFlag, type LoadedFlags } from '../../storage/flags-store';
import { formatDay } from '../flags/format';
import { entryTitle } from '../../core/glossary/localized';
import { ProblemList } from './ProblemList';

interface Props {
  /** null while loading. */
  loaded: LoadedFlags | null;
  /** The entries in effect, by id, and where each comes from. */
  entries: ReadonlyMap<string, GlossaryEntry>;
  origins: ReadonlyMap<string, EntryOrigin>;
  /** Opens the editor on a bundled entry ("Write your own version"). */
  onOverride: (entry: GlossaryEntry) => void;
  /** Opens the editor on an entry of the reader's (their version already exists). */
  onEdit: (entry: GlossaryEntry) => void;
}

/**
 * The explanations the reader flagged, newest first: each can be removed, and
 * a flagged bundled entry can be rewritten in one step.
 */
export function FlagList({ loaded, entries, origins, onOverride, onEdit }: Props) {
  const [notice, setNotice] = useState('');
  const lang = uiLang();
  const flags = [...(loaded?.value.flags ?? [])].reverse().sort((a, b) => b.date.localeCompare(a.date));
  const remove = async (flag: EntryFlag, title: string) => {
    let reason: string;
    try {
      const outcome = await removeFlag(flag.entry);
      if (outcome.ok) {
        setNotice(t('options_flagRemoved', title));
        return;
      }
      reason = outcome.problems.map(problemText).join(' ');
    } catch (error) {
      reason = String(error);
    }
    setNotice(t('options_flagNotRemoved', reason));
  };
  return (
    <div class="flags" id="flags">
      <h3>{t('options_flagsTitle')}</h3>
      <p class="hint">{t('options_flagsIntro')}</p>
      {loaded && loaded.problems.length > 0 ? (
        <ProblemList testId="flag-problems" title={t('options_flagsProblems', loaded.problems.length)} problems={loaded.problems.map(problemText)} />
      ) : null}
      <p class="notice-line" role="status">
        {notice}
      </p>
      {loaded && flags.length === 0 ? <p class="hint">{t('options_flagsEmpty')}</p> : null}
      <ul class="item-list flag-list" aria-label={t('options_flagsTitle')}>
        {flags.map((flag) => {
          const entry = entries.get(flag.entry);
          const origin = origins.get(flag.entry);
          const title = entry ? entryTitle(entry, lang) : flag.title;
          return (
            <li key={flag.entry} data-flag={flag.entry}>
              <div class="grow">
                <span class="item-title">{title}</span> <span class="badge">{t(flag.kind === 'wrong' ? 'flagWrong' : 'flagOutdated')}</span>
                <p class="hint">
                  {t('options_flagDate', formatDay(flag.date, lang))}
                  {flag.checked ? ` · ${t('options_flagChecked', formatDay(flag.checked, lang))}` : ''}
                </p>
                {flag.note ? <p class="flag-note-text">{flag.note}</p> : null}
              </div>
              {entry && origin?.kind === 'bundled' ? (
                <button type="button" aria-label={t('options_flagWriteOwnLabel', title)} onClick={() => onOverride(entry)}>
                  {t('options_flagWriteOwn')}
                </button>
              ) : null}
              {entry && origin?.kind === 'user' ? (
                <button type="button" aria-label={t('options_flagEditOwnLabel', title)} onClick={() => onEdit(entry)}>
                  {t('options_flagEditOwn')}
                </button>
              ) : null}
              <button type="button" aria-label={t('options_flagRemoveLabel', title)} onClick={() => void remove(flag, title)}>
                {t('options_remove')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
