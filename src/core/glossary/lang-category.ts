/** The two languages every bundled entry is written in. German comes first. */
export type Lang = 'de' | 'en';
export const LANGS: readonly Lang[] = ['de', 'en'];

export type Category = 'model' | 'product' | 'company' | 'technique' | 'concept' | 'event' | 'policy' | 'hardware' | 'economy';

export const CATEGORIES: readonly Category[] = ['model', 'product', 'company', 'technique', 'concept', 'event', 'policy', 'hardware', 'economy'];

export type Localized<T = string> = Record<Lang, T>;
