import { useEffect, useRef, useState } from 'preact/hooks';
import type { FlagDraft } from '../../core/flags/edit';
import type { FlagKind } from '../../core/flags/types';
import { FlagForm, type Guard } from './FlagForm';

interface Props {
  text: (key: string, ...substitutions: string[]) => string;
  guard?: Guard;
  idPrefix: string;
  /** The reader's earlier flag on this entry, its date already written out. */
  existing?: { kind: FlagKind; note: string; date: string } | null;
  /** Stores the flag; false when it could not be stored. */
  onSave: (draft: FlagDraft) => Promise<boolean>;
  /** The form opened or closed (the popover stays put while it is open). */
  onOpenChange?: (open: boolean) => void;
}

type State = { step: 'closed' } | { step: 'open' } | { step: 'saved'; kind: FlagKind } | { step: 'failed' };

/** "Wrong or outdated?": a button that opens the flag form in place, and what came of it. */
export function FlagControl({ text, guard = (h) => h, idPrefix, existing, onSave, onOpenChange }: Props) {
  const [state, setState] = useState<State>({ step: 'closed' });
  const button = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const go = (next: State) => {
    const open = next.step === 'open';
    if (open !== (state.step === 'open')) onOpenChange?.(open);
    setState(next);
  };
  useEffect(() => {
    const open = state.step === 'open';
    // Back on the button when the form closes, for keyboard users.
    if (wasOpen.current && !open) button.current?.focus({ preventScroll: true });
    wasOpen.current = open;
  }, [state.step]);

  if (state.step === 'open') {
    return (
      <FlagForm
        text={text}
        guard={guard}
        idPrefix={idPrefix}
        initial={existing ? { kind: existing.kind, note: existing.note } : undefined}
        onCancel={() => go({ step: 'closed' })}
        onSave={(draft) => void onSave(draft).then((ok) => go(ok ? { step: 'saved', kind: draft.kind } : { step: 'failed' }))}
      />
    );
  }
  return (
    <div class="flag">
      {existing && state.step === 'closed' ? <p class="flag-existing">{text(`flagExisting_${existing.kind}`, existing.date)}</p> : null}
      <p class="flag-status" role="status">
        {state.step === 'saved' ? text(`flagSaved_${state.kind}`) : state.step === 'failed' ? text('flagNotSaved') : ''}
      </p>
      <button type="button" class="flag-open" ref={button} title={text('flagOpenHint')} onClick={guard(() => go({ step: 'open' }))}>
        {existing ? text('flagChange') : text('flagOpen')}
      </button>
    </div>
  );
}
