import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type GlossaryEntry, type Lang } from '../../core/glossary/types';
import type { UserProblem } from '../../core/glossary/user/types';
import type { Problem } from '../../core/message';
import { messageText, problemText, t } from '../../platform/i18n';
import { DRAFT_LANGS, draftFromEntry, emptyDraft, inputForField, type EntryDraft } from './entry-form';
import { SenseFields } from './SenseFields';

export interface EditorTarget {
  mode: 'new' | 'edit' | 'override';
  /** The entry of yours being edited, or the bundled entry being overridden. */
  base?: GlossaryEntry;
  /** A new entry's fields filled in beforehand (a term added from a page). */
  draft?: EntryDraft;
}

interface Props {
  target: EditorTarget;
  /** Ids `related` may name, for suggestions. */
  knownIds: readonly string[];
  onSave: (draft: EntryDraft) => Promise<{ problems: UserProblem[]; other: Problem[] }>;
  onCancel: () => void;
}

type TextKey = 'title' | 'forms' | 'short' | 'long';
const FIELDS: readonly TextKey[] = ['title', 'forms', 'short', 'long'];

/** Add, edit or override an entry, with the bundled entries' fields in both languages. */
export function EntryEditor({ target, knownIds, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<EntryDraft>(() => target.draft ?? (target.base ? draftFromEntry(target.base) : emptyDraft()));
  const [problems, setProblems] = useState<UserProblem[]>([]);
  const [other, setOther] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  // A term added from a page has its title and form: the short explanation is what is left to write.
  const focusShort = useRef(target.draft ? DRAFT_LANGS.find((lang) => target.draft?.forms[lang]) : undefined);
  useEffect(() => {
    const field = focusShort.current ? document.getElementById(`entry-short-${focusShort.current}`) : null;
    (field ?? first.current)?.focus();
  }, []);

  const invalid = new Set(problems.map((p) => inputForField(p.field)));
  const setText = (key: TextKey, lang: Lang, value: string) => setDraft((d) => ({ ...d, [key]: { ...d[key], [lang]: value } }));
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    const result = await onSave(draft);
    setBusy(false);
    setProblems(result.problems);
    setOther(result.other);
  };
  const fieldLabel = (field: string): string => {
    const input = inputForField(field);
    if (!input) return field;
    const [key, lang] = input.split('-') as [string, string | undefined];
    return lang ? `${t(`options_field_${key}`)} (${t(`options_lang_${lang}`)})` : t(`options_field_${key}`);
  };
  const heading = target.mode === 'new' ? t('options_editorNew') : target.mode === 'override' ? t('options_editorOverride', target.base?.id ?? '') : t('options_editorEdit', target.base?.id ?? '');

  return (
    <form class="editor" onSubmit={submit} aria-labelledby="editor-title" noValidate onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3 id="editor-title">{heading}</h3>
      {target.mode === 'override' ? <p class="hint">{t('options_editorOverrideHint')}</p> : null}
      <p class="hint">{t('options_editorHint')}</p>
      {problems.length + other.length > 0 ? (
        <div class="problems" role="alert" data-testid="editor-problems">
          <p class="problems-title">{t('options_editorNotSaved')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{`${fieldLabel(p.field)}: ${messageText(p.message)}`}</li>
            ))}
            {other.map((p, i) => (
              <li key={`o${i}`}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="editor-grid">
        {DRAFT_LANGS.map((lang) => (
          <fieldset key={lang}>
            <legend>{t(`options_lang_${lang}`)}</legend>
            {FIELDS.map((key) => {
              const id = `entry-${key}-${lang}`;
              const common = {
                id,
                value: draft[key][lang],
                'aria-invalid': invalid.has(`${key}-${lang}`),
                onInput: (e: Event) => setText(key, lang, (e.currentTarget as HTMLInputElement).value),
              };
              return (
                <div class="field" key={key}>
                  <label for={id}>{t(`options_field_${key}`)}</label>
                  {key === 'title' ? (
                    <input type="text" ref={lang === 'de' ? first : undefined} {...common} />
                  ) : (
                    <textarea rows={key === 'long' ? 4 : key === 'forms' ? 3 : 2} {...common} aria-describedby={key === 'forms' ? 'forms-hint' : undefined} />
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
      </div>
      <p id="forms-hint" class="hint">{t('options_formsHint')}</p>
      <div class="editor-row">
        <div class="field">
          <label for="entry-category">{t('options_field_category')}</label>
          <select id="entry-category" value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.currentTarget.value as EntryDraft['category'] })}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category_${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="entry-related">{t('options_field_related')}</label>
          <input id="entry-related" type="text" list="entry-ids" value={draft.related} aria-invalid={invalid.has('related')} onInput={(e) => setDraft({ ...draft, related: e.currentTarget.value })} />
          <datalist id="entry-ids">
            {knownIds.slice(0, 500).map((id) => (
              <option key={id} value={id} />
            ))}
          </datalist>
        </div>
        <div class="field">
          <label for="entry-source">{t('options_field_source')}</label>
          <input id="entry-source" type="text" value={draft.sourceLabel} placeholder={t('options_sourceDefault')} aria-invalid={invalid.has('source')} onInput={(e) => setDraft({ ...draft, sourceLabel: e.currentTarget.value })} />
        </div>
        <div class="field">
          <label for="entry-url">{t('options_field_url')}</label>
          <input id="entry-url" type="url" value={draft.url} placeholder="https://" aria-invalid={invalid.has('url')} onInput={(e) => setDraft({ ...draft, url: e.currentTarget.value })} />
        </div>
      </div>
      <SenseFields draft={draft} invalid={invalid} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
      <label class="check">
        <input type="checkbox" id="entry-private" checked={draft.private} aria-describedby="private-hint" onChange={(e) => setDraft({ ...draft, private: e.currentTarget.checked })} />
        {t('options_private')}
      </label>
      <p class="hint" id="private-hint">
        {t('options_privateHint')}
      </p>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('options_save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('options_cancel')}
        </button>
      </div>
    </form>
  );
}
