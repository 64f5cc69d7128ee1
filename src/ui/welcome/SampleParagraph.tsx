import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/glossary/types';
import { t } from '../../platform/i18n';
import { samplePieces } from './sample';

const TIP_ID = 'sample-explanation';

/**
 * The sample paragraph, marked as Klartext marks pages: each term is a
 * focusable button; pointing at it or focusing it shows its short
 * explanation in a card below it (the tooltip pattern: the term is described
 * by the card while it is open; Escape closes it).
 */
export function SampleParagraph({ lang }: { lang: Lang }) {
  const pieces = useMemo(() => samplePieces(lang), [lang]);
  const [open, setOpen] = useState<{ index: number; left: number; top: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const closing = useRef<number | undefined>(undefined);

  const show = (index: number, term: HTMLElement): void => {
    window.clearTimeout(closing.current);
    const width = box.current?.clientWidth ?? 0;
    // Below the term's first line, kept inside the sample's box (the card is at most 22rem wide).
    const left = Math.max(0, Math.min(term.offsetLeft, width - Math.min(width, 352)));
    setOpen({ index, left, top: term.offsetTop + term.offsetHeight + 6 });
  };
  const hideSoon = (): void => {
    window.clearTimeout(closing.current);
    closing.current = window.setTimeout(() => setOpen(null), 250);
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setOpen(null);
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.clearTimeout(closing.current);
    };
  }, []);

  const entry = open ? pieces[open.index]?.entry : undefined;
  return (
    <div class="sample" ref={box}>
      <p lang={lang} class="sample-text">
        {pieces.map((piece, index) =>
          piece.entry ? (
            <button
              type="button"
              key={index}
              class="term"
              aria-describedby={open?.index === index ? TIP_ID : undefined}
              onMouseEnter={(e) => show(index, e.currentTarget)}
              onMouseLeave={hideSoon}
              onFocus={(e) => show(index, e.currentTarget)}
              onBlur={() => setOpen(null)}
              onClick={(e) => show(index, e.currentTarget)}
            >
              {piece.text}
            </button>
          ) : (
            piece.text
          ),
        )}
      </p>
      {entry && open && (
        <div
          id={TIP_ID}
          role="tooltip"
          class="card"
          style={{ left: `${open.left}px`, top: `${open.top}px` }}
          onMouseEnter={() => window.clearTimeout(closing.current)}
          onMouseLeave={hideSoon}
        >
          <strong class="card-title">{entry.title[lang]}</strong>
          <span class="card-short">{entry.short[lang]}</span>
        </div>
      )}
      <p class="hint">{t('welcomeSampleHint')}</p>
    </div>
  );
}
