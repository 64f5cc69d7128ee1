import type { EntrySource } from '../types';

/** The date the fast-moving facts in the bundled glossary were last checked. */
export const CHECKED = '2025-01-31';

export const ARTICLE_LABEL =
  'TechObserver.de: „Ein historischer Einbruch an den Börsen …“ (aktualisiert am 31. Januar 2025)';

/** The article's section headings, spelled as in the article. */
export type ArticleSection =
  | 'Ein historischer Einbruch an den Börsen'
  | 'Ein neuer globaler Wettlauf'
  | 'Warum DeepSeek R1 revolutionär ist'
  | 'Auswirkungen auf den Markt'
  | 'Die Zukunft des KI-Wettlaufs';

/** An entry whose term the article uses, with the section where a reader meets it. */
export function fromArticle(section: ArticleSection): EntrySource {
  return { label: ARTICLE_LABEL, section };
}

/** Background a newcomer needs that the article does not give. */
export function background(): EntrySource {
  return { label: 'Klartext-Redaktion (Hintergrundwissen, nicht aus dem Artikel)' };
}

/** Terms from the DeepSeek-R1 README (MIT), which readers of the article are likely to open next. */
export function fromReadme(): EntrySource {
  return {
    label: 'README des Repositorys deepseek-ai/DeepSeek-R1 (Januar 2025)',
    url: 'https://github.com/deepseek-ai/DeepSeek-R1',
  };
}
