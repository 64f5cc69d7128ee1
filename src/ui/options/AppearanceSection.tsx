import { useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../core/glossary/types';
import { DEFAULT_SETTINGS } from '../../core/settings/defaults';
import { HIGHLIGHT_STYLES, HOVER_DELAY_MAX, HOVER_DELAY_MIN, type ExplanationLang, type Settings } from '../../core/settings/types';
import { t } from '../../platform/i18n';
import { Preview } from './Preview';
import type { OptionsSettings } from './use-options-settings';

interface Props {
  settings: Settings;
  update: OptionsSettings['update'];
}

/**
 * How marks look and behave. Every control saves at once; colour and delay
 * preview while dragging and save when let go, so a drag is one write.
 */
export function AppearanceSection({ settings, update }: Props) {
  // What a drag shows before it is saved; any new settings (saved, or from
  // another window) replace it.
  const [local, setLocal] = useState({ source: settings, value: settings });
  const draft = local.source === settings ? local.value : settings;
  const preview = (patch: Partial<Settings>) => setLocal({ source: settings, value: { ...draft, ...patch } });
  const save = (patch: Partial<Settings>) => void update((s) => ({ ...s, ...patch }));
  const toggleCategory = (category: Category, shown: boolean) =>
    void update((s) => ({
      ...s,
      hiddenCategories: shown ? s.hiddenCategories.filter((c) => c !== category) : [...s.hiddenCategories, category],
    }));

  return (
    <section id="appearance" aria-labelledby="appearance-title">
      <h2 id="appearance-title">{t('options_appearanceTitle')}</h2>
      <fieldset>
        <legend>{t('options_styleLegend')}</legend>
        {HIGHLIGHT_STYLES.map((style) => (
          <label class="check" key={style}>
            <input type="radio" name="style" value={style} checked={settings.style === style} onChange={() => save({ style })} />
            {t(`options_style_${style}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options_colorLegend')}</legend>
        <label class="color">
          <input type="color" value={draft.colorLight} onInput={(e) => preview({ colorLight: e.currentTarget.value })} onChange={(e) => save({ colorLight: e.currentTarget.value })} />
          {t('options_colorLight')}
        </label>
        <label class="color">
          <input type="color" value={draft.colorDark} onInput={(e) => preview({ colorDark: e.currentTarget.value })} onChange={(e) => save({ colorDark: e.currentTarget.value })} />
          {t('options_colorDark')}
        </label>
        <button type="button" onClick={() => save({ colorLight: DEFAULT_SETTINGS.colorLight, colorDark: DEFAULT_SETTINGS.colorDark })}>
          {t('options_colorReset')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('options_occurrenceLegend')}</legend>
        <label class="check">
          <input type="radio" name="occurrence" checked={!settings.firstOnly} onChange={() => save({ firstOnly: false })} />
          {t('options_occurrenceAll')}
        </label>
        <label class="check">
          <input type="radio" name="occurrence" checked={settings.firstOnly} onChange={() => save({ firstOnly: true })} />
          {t('options_occurrenceFirst')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('options_familiarLegend')}</legend>
        <label class="check">
          <input type="checkbox" checked={settings.drawFamiliar} onChange={(e) => save({ drawFamiliar: e.currentTarget.checked })} />
          {t('options_drawFamiliar')}
        </label>
        <p class="hint">{t('options_familiarHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('options_categoriesLegend')}</legend>
        <div class="categories">
          {CATEGORIES.map((category) => (
            <label class="check" key={category}>
              <input type="checkbox" checked={!settings.hiddenCategories.includes(category)} onChange={(e) => toggleCategory(category, e.currentTarget.checked)} />
              {t(`category_${category}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for="hover-delay">{t('options_hoverDelay')}</label>
        <input
          id="hover-delay"
          type="range"
          min={HOVER_DELAY_MIN}
          max={HOVER_DELAY_MAX}
          step={50}
          value={draft.hoverDelayMs}
          aria-valuetext={t('options_milliseconds', draft.hoverDelayMs)}
          onInput={(e) => preview({ hoverDelayMs: Number(e.currentTarget.value) })}
          onChange={(e) => save({ hoverDelayMs: Number(e.currentTarget.value) })}
        />
        <output for="hover-delay">{t('options_milliseconds', draft.hoverDelayMs)}</output>
      </div>
      <div class="field">
        <label for="explanation-lang">{t('options_explanationLang')}</label>
        <select id="explanation-lang" value={settings.explanationLang} onChange={(e) => save({ explanationLang: e.currentTarget.value as ExplanationLang })}>
          <option value="auto">{t('options_lang_auto')}</option>
          <option value="de">{t('options_lang_de')}</option>
          <option value="en">{t('options_lang_en')}</option>
        </select>
      </div>
      <Preview settings={draft} />
      <p class="hint">{t('options_appliesAtOnce')}</p>
    </section>
  );
}
