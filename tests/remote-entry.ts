/** An English entry as another browser's sync storage would hold it (the Chromium and the Firefox sync tests write it). */
export const remoteEntry = (id: string, form: string, short: string) => ({
  id,
  title: { de: form, en: form },
  forms: { de: [], en: [form] },
  short: { de: '', en: short },
  long: { de: '', en: '' },
  category: 'technique',
  related: [],
  source: { label: 'Written in another browser' },
});
