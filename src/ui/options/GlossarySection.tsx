import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseAddTermHash } from '../../core/add-term';
import { BUNDLED_GLOSSARY } from '../../core/glossary/bundled';
import type { GlossaryEntry } from '../../core/glossary/types';
import { deleteUserEntry, newEntryId, removePack, saveUserEntry, setBundledHidden, setPackEnabled } from '../../core/glossary/user/edit';
import { exportFull, exportPack } from '../../core/glossary/user/file-schema';
import { mergeGlossary } from '../../core/glossary/user/merge';
import { slugify } from '../../core/glossary/user/csv-entries';
import type { GlossaryPack, UserGlossary, UserProblem } from '../../core/glossary/user/types';
import type { Problem } from '../../core/message';
import { problemText, t, uiLang } from '../../platform/i18n';
import { useFlags } from '../flags/use-flags';
import { downloadText } from './download';
import { EntryBrowser } from './EntryBrowser';
import { EntryEditor, type EditorTarget } from './EntryEditor';
import { FlagList } from './FlagList';
import { draftFromAddRequest, entryFromDraft, type EntryDraft } from './entry-form';
import { entryTitle } from '../../core/glossary/localized';
import { ImportPanel } from './ImportPanel';
import { PackList } from './PackList';
import type { UserGlossaryState } from './use-user-glossary';

type Notice = { text: string; undo?: UserGlossary } | null;

/** Your own entries, imported packs, hidden bundled entries; import and export. */
export function GlossarySection({ glossary, update }: { glossary: UserGlossary; update: UserGlossaryState['update'] }) {
  const [target, setTarget] = useState<EditorTarget | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const opener = useRef<HTMLElement | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const lang = uiLang();
  const merged = useMemo(() => mergeGlossary(BUNDLED_GLOSSARY, glossary), [glossary]);
  const mergedById = useMemo(() => new Map(merged.entries.map((e) => [e.id, e])), [merged]);
  const flags = useFlags();
  const hidden = BUNDLED_GLOSSARY.filter((e) => glossary.hiddenBundled.includes(e.id));

  const open = (next: EditorTarget) => {
    opener.current = document.activeElement as HTMLElement | null;
    setTarget(next);
  };
  // "Add to Klartext" (the context menu, the popup) opens this page with the term in its address.
  useEffect(() => {
    const request = parseAddTermHash(location.hash, lang);
    if (!request) return;
    history.replaceState(null, '', `${location.pathname}${location.search}#glossary`);
    open({ mode: 'new', draft: draftFromAddRequest(request, (sentence) => t('options_addExample', sentence)) });
    requestAnimationFrame(() => document.getElementById('glossary')?.scrollIntoView({ block: 'start' }));
  }, [lang]);
  const close = () => {
    setTarget(null);
    // Back where the user was, for keyboard users.
    requestAnimationFrame(() => (opener.current?.isConnected ? opener.current : newButton.current)?.focus());
  };

  const save = async (draft: EntryDraft): Promise<{ problems: UserProblem[]; other: Problem[] }> => {
    const base = target?.base;
    const previousId = target?.mode === 'edit' ? base?.id : undefined;
    let problems: UserProblem[] = [];
    let saved: GlossaryEntry | null = null;
    const outcome = await update((g) => {
      const id = base ? base.id : newEntryId(draft.title.de || draft.title.en, g, BUNDLED_GLOSSARY);
      const raw = entryFromDraft(draft, { id, base, defaultSourceLabel: t('options_sourceDefault') });
      const r = saveUserEntry(g, raw, { previousId, bundled: BUNDLED_GLOSSARY });
      if (!r.ok) {
        problems = r.problems;
        return r;
      }
      saved = r.entry;
      return r.next;
    });
    if (problems.length > 0) return { problems, other: [] };
    if (!outcome.ok) return { problems: [], other: outcome.problems };
    // Say when the entry took forms from other entries: that changes what they mark.
    const id = (saved as GlossaryEntry | null)?.id;
    const taken = mergeGlossary(BUNDLED_GLOSSARY, outcome.glossary).shadowed.filter((x) => x.byId === id);
    const note = taken.length > 0 ? ` ${t('options_entryTookForms', taken.map((x) => `„${x.form}“ (${x.id})`).join(', '))}` : '';
    const title = saved ? entryTitle(saved, lang) : '';
    setNotice({ text: `${t('options_entrySaved', title)}${note}` });
    close();
    return { problems: [], other: [] };
  };

  const run = async (fn: (g: UserGlossary) => UserGlossary, text: string, undoable: boolean) => {
    const before = glossary;
    const outcome = await update(fn);
    setNotice(outcome.ok ? { text, ...(undoable ? { undo: before } : {}) } : { text: outcome.problems.map(problemText).join(' ') });
  };
  const undo = async (previous: UserGlossary) => {
    const outcome = await update(() => previous);
    setNotice({ text: outcome.ok ? t('options_undone') : outcome.problems.map(problemText).join(' ') });
  };
  const removeEntry = (entry: GlossaryEntry) =>
    void run((g) => deleteUserEntry(g, entry.id, BUNDLED_GLOSSARY), t('options_entryDeleted', entryTitle(entry, lang)), true);
  const togglePack = (pack: GlossaryPack, enabled: boolean) =>
    void run((g) => setPackEnabled(g, pack.id, enabled), t(enabled ? 'options_packOn' : 'options_packOff', pack.name), false);
  const dropPack = (pack: GlossaryPack) =>
    void run((g) => removePack(g, pack.id, BUNDLED_GLOSSARY), t('options_packRemoved', pack.name), true);
  const hide = (entry: GlossaryEntry, on: boolean) =>
    void run((g) => setBundledHidden(g, entry.id, on), t(on ? 'options_entryHidden' : 'options_entryShown', entryTitle(entry, lang)), false);

  return (
    <section id="glossary" aria-labelledby="glossary-title">
      <h2 id="glossary-title">{t('options_glossaryTitle')}</h2>
      <p class="hint">{t('options_glossaryIntro')}</p>
      <div class="notice-line" role="status">
        {notice ? (
          <>
            <span>{notice.text}</span>
            {notice.undo ? (
              <button type="button" onClick={() => notice.undo && void undo(notice.undo)}>
                {t('options_undo')}
              </button>
            ) : null}
          </>
        ) : null}
      </div>

      <h3>{t('options_yourEntries')} ({glossary.entries.length})</h3>
      <button type="button" class="primary" ref={newButton} disabled={target !== null} onClick={() => open({ mode: 'new' })}>
        {t('options_newEntry')}
      </button>
      {target ? (
        <EntryEditor key={`${target.mode}:${target.base?.id ?? ''}:${target.draft?.forms.de ?? ''}${target.draft?.forms.en ?? ''}`} target={target} knownIds={merged.entries.map((e) => e.id)} onSave={save} onCancel={close} />
      ) : null}
      {glossary.entries.length === 0 ? <p class="hint">{t('options_yourEntriesEmpty')}</p> : null}
      <ul class="item-list" aria-label={t('options_yourEntries')}>
        {glossary.entries.map((entry) => {
          const title = entryTitle(entry, lang);
          return (
            <li key={entry.id} data-entry={entry.id}>
              <span class="item-title grow">{title}</span>
              <span class="badge quiet">{t(`category_${entry.category}`)}</span>
              {merged.overridden.some((o) => o.id === entry.id && o.by.kind === 'user') ? <span class="badge">{t('options_overrides')}</span> : null}
              <button type="button" aria-label={t('options_editLabel', title)} onClick={() => open({ mode: 'edit', base: entry })}>
                {t('options_edit')}
              </button>
              <button type="button" aria-label={t('options_deleteLabel', title)} onClick={() => removeEntry(entry)}>
                {t('options_delete')}
              </button>
            </li>
          );
        })}
      </ul>

      <FlagList
        loaded={flags}
        entries={mergedById}
        origins={merged.origins}
        onOverride={(entry) => open({ mode: 'override', base: entry })}
        onEdit={(entry) => open({ mode: 'edit', base: entry })}
      />
      <ImportPanel update={update} />
      <div class="export">
        <h3>{t('options_exportTitle')}</h3>
        <p class="hint">{t('options_exportHelp')}</p>
        <button type="button" onClick={() => downloadText('klartext-glossary.json', exportFull(glossary, flags?.value.flags))}>
          {t('options_exportAll')}
        </button>
        <button type="button" disabled={glossary.entries.length === 0} onClick={() => downloadText(`klartext-${slugify(t('options_yourEntries')) || 'entries'}.json`, exportPack({ name: t('options_yourEntries'), entries: glossary.entries }))}>
          {t('options_exportEntries')}
        </button>
      </div>
      <PackList packs={glossary.packs} onToggle={togglePack} onRemove={dropPack} onExport={(p) => downloadText(`${slugify(p.name) || 'pack'}.json`, exportPack(p))} />
      <EntryBrowser
        entries={merged.entries}
        origins={merged.origins}
        hidden={hidden}
        onOverride={(entry) => open({ mode: 'override', base: entry })}
        onEdit={(entry) => open({ mode: 'edit', base: glossary.entries.find((e) => e.id === entry.id) ?? entry })}
        onHide={hide}
      />
    </section>
  );
}
