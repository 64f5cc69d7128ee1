import { markLook } from '../../core/settings/mark-style';
import type { Settings } from '../../core/settings/types';
import { t, uiLang } from '../../platform/i18n';
import { PREVIEW_TEXT } from './preview-text';

/** The sample paragraph on a light and a dark page, marked as the settings say. */
export function Preview({ settings }: { settings: Settings }) {
  const hidden = new Set(settings.hiddenCategories);
  const paragraph = (color: string) => {
    const seen = new Set<string>();
    return PREVIEW_TEXT[uiLang()].map((part, i) => {
      if (typeof part === 'string') return part;
      const marked = !hidden.has(part.category) && !(settings.firstOnly && seen.has(part.id));
      seen.add(part.id);
      if (!marked) return part.text;
      return (
        <span key={i} class="preview-mark" data-term={part.id} style={markLook(settings.style, color)}>
          {part.text}
        </span>
      );
    });
  };
  return (
    <figure class="preview" aria-label={t('options_previewTitle')} data-style={settings.style}>
      <figcaption>{t('options_previewTitle')}</figcaption>
      <div class="preview-pages">
        <p class="preview-page light" data-testid="preview-light">
          {paragraph(settings.colorLight)}
        </p>
        <p class="preview-page dark" data-testid="preview-dark">
          {paragraph(settings.colorDark)}
        </p>
      </div>
    </figure>
  );
}
