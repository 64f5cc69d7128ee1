import type { Ref } from 'preact';
import { t } from '../../platform/i18n';

interface Props {
  inputRef: Ref<HTMLInputElement>;
  value: string;
  listId: string;
  /** DOM id of the active row, for `aria-activedescendant`. */
  activeOptionId: string | null;
  expanded: boolean;
  onInput: (value: string) => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/** The search field: a combobox whose arrow keys move through the list below it. */
export function SearchBox({ inputRef, value, listId, activeOptionId, expanded, onInput, onKeyDown }: Props) {
  return (
    <header class="kt-search">
      <label for="kt-search-input" class="kt-sr">
        {t('popupSearchLabel')}
      </label>
      <input
        ref={inputRef}
        id="kt-search-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOptionId ?? undefined}
        aria-describedby="kt-search-hint"
        placeholder={t('popupSearchPlaceholder')}
        autoComplete="off"
        spellcheck={false}
        maxLength={200}
        autoFocus
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <span id="kt-search-hint" class="kt-sr">
        {t('popupSearchHint')}
      </span>
    </header>
  );
}
