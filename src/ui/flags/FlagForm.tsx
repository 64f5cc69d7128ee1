import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlagDraft } from '../../core/flags/edit';
import { FLAG_KINDS, FLAG_LIMITS, type FlagKind } from '../../core/flags/types';

/** Wraps an event handler; the popover passes `trusted`, so a page's synthetic events do nothing. */
export type Guard = <E extends Event>(handler: (event: E) => void) => (event: E) => void;

interface Props {
  /** A string of `locales/flag-form.json`: the popover's follow the explanation's language, the popup's the browser's. */
  text: (key: string) => string;
  guard?: Guard;
  /** Prefix of the form's element ids, unique in its document. */
  idPrefix: string;
  /** A flag the reader made before, to change. */
  initial?: FlagDraft;
  onSave: (draft: FlagDraft) => void;
  onCancel: () => void;
}

const asIs: Guard = (handler) => handler;
const KIND_KEYS: Record<FlagKind, string> = { wrong: 'flagWrong', outdated: 'flagOutdated' };

/**
 * "This explanation is wrong / outdated", an optional note, save or cancel.
 * Keys pressed in it stay in it: Escape cancels the form, and typing a note
 * does not reach the page's own shortcuts.
 */
export function FlagForm({ text, guard = asIs, idPrefix, initial, onSave, onCancel }: Props) {
  const [kind, setKind] = useState<FlagKind | null>(initial?.kind ?? null);
  const [note, setNote] = useState(initial?.note ?? '');
  const first = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // The whole form in view (the popover's card scrolls), then the first choice focused.
    form.current?.scrollIntoView?.({ block: 'nearest' });
    first.current?.focus({ preventScroll: true });
  }, []);
  const keys = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.type === 'keydown' && event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form
      class="flag-form"
      ref={form}
      aria-labelledby={`${idPrefix}-legend`}
      onSubmit={guard((event: Event) => {
        event.preventDefault();
        if (kind) onSave({ kind, note });
      })}
      onKeyDown={guard(keys)}
      onKeyUp={guard(keys)}
    >
      <fieldset class="flag-kinds">
        <legend id={`${idPrefix}-legend`}>{text('flagLegend')}</legend>
        {FLAG_KINDS.map((k, i) => (
          <label key={k} class="flag-kind">
            <input
              type="radio"
              name={`${idPrefix}-kind`}
              value={k}
              class={`flag-${k}`}
              checked={kind === k}
              ref={(initial ? k === initial.kind : i === 0) ? first : undefined}
              onChange={guard(() => setKind(k))}
            />
            {text(KIND_KEYS[k])}
          </label>
        ))}
      </fieldset>
      <label for={`${idPrefix}-note`} class="flag-note-label">
        {text('flagNote')}
      </label>
      <textarea
        id={`${idPrefix}-note`}
        class="flag-note"
        rows={3}
        maxLength={FLAG_LIMITS.note}
        value={note}
        aria-describedby={`${idPrefix}-local`}
        onInput={guard((event: Event) => setNote((event.currentTarget as HTMLTextAreaElement).value))}
      />
      <p id={`${idPrefix}-local`} class="flag-local">
        {text('flagLocal')}
      </p>
      <div class="flag-actions">
        <button type="submit" class="flag-save" disabled={kind === null}>
          {text('flagSave')}
        </button>
        <button type="button" class="flag-cancel" onClick={guard(onCancel)}>
          {text('flagCancel')}
        </button>
      </div>
    </form>
  );
}
