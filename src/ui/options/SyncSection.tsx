import { useEffect, useState } from 'preact/hooks';
import { problemText, t } from '../../platform/i18n';
import { loadSyncState, switchSyncOff, switchSyncOn, syncPrivateEntry, watchSyncState, type SyncState } from '../../storage/sync-engine';

/**
 * "Sync my settings across my browsers": asked once, then a switch. Says
 * where the data goes, what stays local and why, and what went wrong.
 */
export function SyncSection() {
  const [state, setState] = useState<SyncState | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void loadSyncState().then(setState);
    return watchSyncState(setState);
  }, []);
  if (!state) return null;

  const choose = async (on: boolean) => {
    setBusy(true);
    try {
      setState(on ? await switchSyncOn(t('options_syncCopySuffix')) : await switchSyncOff());
    } catch (error) {
      setState({ ...state, error: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };
  const { localOnly } = state;
  return (
    <section id="sync" aria-labelledby="sync-title">
      <h2 id="sync-title">{t('options_syncTitle')}</h2>
      <p class="hint" id="sync-explain">
        {t('options_syncExplain')}
      </p>
      {state.asked ? (
        <label class="check">
          <input type="checkbox" checked={state.enabled} disabled={busy} aria-describedby="sync-explain" onChange={(e) => void choose(e.currentTarget.checked)} />
          {t('options_syncSwitch')}
        </label>
      ) : (
        <div class="question" role="group" aria-labelledby="sync-question">
          <p id="sync-question">{t('options_syncQuestion')}</p>
          <button type="button" class="primary" disabled={busy} onClick={() => void choose(true)}>
            {t('options_syncYes')}
          </button>
          <button type="button" disabled={busy} onClick={() => void choose(false)}>
            {t('options_syncNo')}
          </button>
        </div>
      )}
      <div role="status" data-testid="sync-status">
        {state.enabled ? <p>{t('options_syncIsOn')}</p> : state.asked ? <p class="hint">{t('options_syncIsOff')}</p> : null}
        {state.enabled && localOnly.packs.length > 0 ? <p>{t('options_syncLocalPacks', localOnly.packs.join(', '))}</p> : null}
        {state.enabled && localOnly.private.length > 0 ? (
          <>
            <p>{t('options_syncLocalPrivate', localOnly.private.map((p) => p.title).join(', '))}</p>
            <ul class="item-list">
              {localOnly.private.map((p) => (
                <li key={p.id}>
                  <span class="item-title grow">{p.title}</span>
                  <button type="button" disabled={busy} onClick={() => void syncPrivateEntry(p.id, true).then(setState)}>
                    {t('options_syncPrivateAnyway')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {state.enabled && state.privateToSync.length > 0 ? (
          <p>
            {t('options_syncPrivateChosen', state.privateToSync.length)}{' '}
            <button type="button" class="link" disabled={busy} onClick={() => void Promise.all(state.privateToSync.map((id) => syncPrivateEntry(id, false))).then((s) => s[s.length - 1] && setState(s[s.length - 1] as SyncState))}>
              {t('options_syncPrivateUndo')}
            </button>
          </p>
        ) : null}
        {state.enabled && localOnly.tooLarge.length > 0 ? <p>{t('options_syncLocalTooLarge', localOnly.tooLarge.join(', '))}</p> : null}
      </div>
      {state.error ? (
        <p role="alert" class="problems">
          {t('options_syncError', state.error)}
        </p>
      ) : null}
      {state.problems.length > 0 ? (
        <div role="alert" class="problems">
          <p>{t('options_syncProblems')}</p>
          <ul>
            {state.problems.map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
