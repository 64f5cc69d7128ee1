import type { Problem } from '../../core/message';
import { QUOTA_WARNING_SHARE } from '../../storage/glossary-store';
import { problemText, t } from '../../platform/i18n';
import { ProblemList } from './ProblemList';

interface Props {
  settingsProblems: readonly Problem[];
  glossaryProblems: readonly Problem[];
  usage: { bytes: number; quota: number } | null;
}

const kib = (bytes: number) => Math.ceil(bytes / 1024);

/** Stored data that failed validation, and a storage quota that is nearly used up. */
export function StatusBanner({ settingsProblems, glossaryProblems, usage }: Props) {
  const share = usage ? usage.bytes / usage.quota : 0;
  return (
    <div class="status-banner">
      <ProblemList testId="settings-problems" title={t('options_settingsInvalid')} problems={settingsProblems.map(problemText)} />
      <ProblemList testId="glossary-problems" title={t('options_glossaryInvalid')} problems={glossaryProblems.map(problemText)} />
      {usage && share >= QUOTA_WARNING_SHARE ? (
        <p class="warning" role="alert" data-testid="quota-warning">
          {t('options_quotaNear', Math.round(share * 100), kib(usage.bytes), kib(usage.quota))}
        </p>
      ) : null}
    </div>
  );
}
