import { useState } from 'preact/hooks';
import { BUNDLED_GLOSSARY } from '../../core/glossary/bundled';
import type { EntryFlag } from '../../core/flags/types';
import { checkFileSize, importFile, type ImportSummary } from '../../core/glossary/user/import';
import { toProblem, type UserGlossary, type UserProblem } from '../../core/glossary/user/types';
import { msg, type Problem } from '../../core/message';
import { problemText, t, uiLang } from '../../platform/i18n';
import { importFlags } from '../../storage/flags-store';
import type { UpdateOutcome } from '../../storage/glossary-store';
import { ProblemList } from './ProblemList';

interface Props {
  update: (fn: (g: UserGlossary) => UserGlossary | { problems: readonly UserProblem[] }) => Promise<UpdateOutcome>;
}

/** `flags`: what became of the file's flags, as a line of text (none when it had none). */
type Result = { fileName: string; problems: Problem[] } | { fileName: string; summary: ImportSummary; flags?: string };

/** A full export's flags, merged into the reader's once the glossary is stored. */
async function takeFlags(flags: readonly EntryFlag[]): Promise<string | undefined> {
  if (flags.length === 0) return undefined;
  try {
    const outcome = await importFlags(flags);
    if (outcome.ok) return t('options_importedFlags', outcome.added, outcome.unchanged);
    return t('options_importFlagsFailed', outcome.problems.map(problemText).join(' '));
  } catch (error) {
    return t('options_importFlagsFailed', String(error));
  }
}

function summaryText(summary: ImportSummary): string {
  if (summary.kind === 'pack') return t('options_importedPack', summary.packName ?? '', summary.entries);
  return t('options_importedFull', summary.entries, summary.packs, summary.hidden, summary.unchanged);
}

/**
 * Importing a JSON or CSV file. The file is checked completely before
 * anything is stored; a file with any problem changes nothing.
 */
export function ImportPanel({ update }: Props) {
  const [result, setResult] = useState<Result | null>(null);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Cleared so picking the same file again (after fixing it) fires again.
    input.value = '';
    const tooBig = checkFileSize(file.size);
    if (tooBig) {
      setResult({ fileName: file.name, problems: [toProblem(tooBig)] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setResult({ fileName: file.name, problems: [{ at: 'file', message: msg('problem_fileNotRead', String(error)) }] });
      return;
    }
    let summary: ImportSummary | undefined;
    let flags: EntryFlag[] = [];
    const outcome = await update((current) => {
      const r = importFile({ fileName: file.name, size: file.size, text }, { current, bundled: BUNDLED_GLOSSARY, defaultLang: uiLang() });
      if (!r.ok) return r;
      summary = r.summary;
      flags = r.flags;
      return r.next;
    });
    if (!outcome.ok || !summary) setResult({ fileName: file.name, problems: outcome.ok ? [] : outcome.problems });
    else setResult({ fileName: file.name, summary, flags: await takeFlags(flags) });
  };

  return (
    <div class="import">
      <h3>{t('options_importTitle')}</h3>
      <label for="import-file">{t('options_importLabel')}</label>
      <input id="import-file" type="file" accept=".json,.csv,.tsv,.txt,application/json,text/csv" aria-describedby="import-help" onChange={(e) => void onFile(e.currentTarget)} />
      <p id="import-help" class="hint">
        {t('options_importHelp')}
      </p>
      {result && 'problems' in result ? (
        <ProblemList testId="import-problems" title={t('options_importFailed', result.fileName, result.problems.length)} problems={result.problems.map(problemText)} />
      ) : null}
      {result && 'summary' in result ? (
        <div class="notice" role="status" data-testid="import-summary">
          <p>{summaryText(result.summary)}</p>
          {result.flags ? <p>{result.flags}</p> : null}
          {result.summary.overrides.length > 0 ? (
            <p>{t('options_importOverrides', result.summary.overrides.map((o) => o.id).join(', '))}</p>
          ) : null}
          {result.summary.shadowed.length > 0 ? (
            <p>{t('options_importShadowed', result.summary.shadowed.map((s) => `„${s.form}“ (${s.id} → ${s.byId})`).join(', '))}</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
