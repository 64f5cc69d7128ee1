import { useMemo, useState } from 'preact/hooks';
import { addSiteRule, describeSiteError, formatSiteRule, parseSiteInput, removeSiteRule } from '../../core/settings/site-rules';
import type { Settings, SiteMode, SiteRule } from '../../core/settings/types';
import { problemText, t, uiLang } from '../../platform/i18n';
import { hostToUnicode } from '../../core/settings/punycode';
import type { OptionsSettings } from './use-options-settings';

interface Props {
  settings: Settings;
  update: OptionsSettings['update'];
}

/** Where Klartext runs: the global pause, the list mode, and the list of sites. */
export function SitesSection({ settings, update }: Props) {
  const [input, setInput] = useState('');
  const [subdomains, setSubdomains] = useState(false);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');

  const add = async (event: Event) => {
    event.preventDefault();
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setError(describeSiteError(parsed.error, uiLang()));
      setStatus('');
      return;
    }
    const rule: SiteRule = { host: parsed.host, includeSubdomains: parsed.includeSubdomains === true || subdomains };
    const shown = hostToUnicode(formatSiteRule(rule));
    if (settings.siteRules.some((r) => r.host === rule.host && r.includeSubdomains === rule.includeSubdomains)) {
      setError('');
      setStatus(t('options_siteAlreadyListed', shown));
      return;
    }
    const problems = await update((s) => addSiteRule(s, rule));
    setError(problems.map(problemText).join(' '));
    if (problems.length === 0) {
      setStatus(t('options_siteAdded', shown));
      setInput('');
      setSubdomains(false);
    }
  };

  const remove = async (rule: SiteRule) => {
    const problems = await update((s) => removeSiteRule(s, rule));
    setStatus(problems.length === 0 ? t('options_siteRemoved', hostToUnicode(formatSiteRule(rule))) : problems.map(problemText).join(' '));
  };

  const rules = useMemo(() => {
    const q = query.trim().toLowerCase();
    const text = (r: SiteRule) => `${formatSiteRule(r)} ${hostToUnicode(r.host)}`;
    return q === '' ? settings.siteRules : settings.siteRules.filter((r) => text(r).includes(q));
  }, [settings.siteRules, query]);

  const setMode = (mode: SiteMode) => void update((s) => ({ ...s, siteMode: mode }));
  const listLabel = settings.siteMode === 'all-except' ? t('options_sitesOffList') : t('options_sitesOnList');

  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sitesTitle')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.paused} onChange={(e) => void update((s) => ({ ...s, paused: e.currentTarget.checked }))} />
        {t('options_paused')}
      </label>
      <fieldset>
        <legend>{t('options_siteModeLegend')}</legend>
        <label class="check">
          <input type="radio" name="site-mode" checked={settings.siteMode === 'all-except'} onChange={() => setMode('all-except')} />
          {t('options_siteModeAllExcept')}
        </label>
        <label class="check">
          <input type="radio" name="site-mode" checked={settings.siteMode === 'only-listed'} onChange={() => setMode('only-listed')} />
          {t('options_siteModeOnlyListed')}
        </label>
      </fieldset>

      <form class="site-add" onSubmit={add} noValidate>
        <label for="site-input">{t('options_siteInputLabel')}</label>
        <div class="row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="heise.de"
            value={input}
            aria-invalid={error !== ''}
            aria-describedby="site-help site-error"
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setError('');
            }}
          />
          <button type="submit">{t('options_siteAdd')}</button>
        </div>
        <label class="check">
          <input type="checkbox" checked={subdomains} onChange={(e) => setSubdomains(e.currentTarget.checked)} />
          {t('options_siteSubdomains')}
        </label>
        <p id="site-help" class="hint">{t('options_siteHelp')}</p>
        <p id="site-error" class="error" role="alert">{error}</p>
        <p class="status" role="status">{status}</p>
      </form>

      <h3>{listLabel} ({settings.siteRules.length})</h3>
      {settings.siteRules.length > 5 || query !== '' ? (
        <label class="search">
          {t('options_siteSearch')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
      ) : null}
      {settings.siteRules.length === 0 ? <p class="hint">{t('options_sitesEmpty')}</p> : null}
      <ul class="site-list" aria-label={listLabel}>
        {rules.map((rule) => {
          const shown = hostToUnicode(formatSiteRule(rule));
          return (
            <li key={shown}>
              <span class="site-host" title={rule.host}>
                {hostToUnicode(rule.host)}
              </span>
              {rule.includeSubdomains ? <span class="badge">{t('options_siteWithSubdomains')}</span> : <span class="badge quiet">{t('options_siteExactHost')}</span>}
              <button type="button" aria-label={t('options_siteRemoveLabel', shown)} onClick={() => void remove(rule)}>
                {t('options_remove')}
              </button>
            </li>
          );
        })}
      </ul>
      {query !== '' && rules.length === 0 ? <p class="hint">{t('options_siteNoMatch')}</p> : null}
    </section>
  );
}
