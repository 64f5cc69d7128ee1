import type { GlossaryPack } from '../../core/glossary/user/types';
import { t } from '../../platform/i18n';

interface Props {
  packs: readonly GlossaryPack[];
  onToggle: (pack: GlossaryPack, enabled: boolean) => void;
  onExport: (pack: GlossaryPack) => void;
  onRemove: (pack: GlossaryPack) => void;
}

/** Imported packs: each can be switched off, exported or removed as a whole. */
export function PackList({ packs, onToggle, onExport, onRemove }: Props) {
  return (
    <div class="packs">
      <h3>{t('options_packsTitle')}</h3>
      {packs.length === 0 ? <p class="hint">{t('options_packsEmpty')}</p> : null}
      <ul class="item-list" aria-label={t('options_packsTitle')}>
        {packs.map((pack) => (
          <li key={pack.id} data-pack={pack.id}>
            <label class="check grow">
              <input type="checkbox" checked={pack.enabled} onChange={(e) => onToggle(pack, e.currentTarget.checked)} />
              <span class="item-title">{pack.name}</span>
              <span class="badge quiet">{t('options_entryCount', pack.entries.length)}</span>
            </label>
            <button type="button" aria-label={t('options_packExportLabel', pack.name)} onClick={() => onExport(pack)}>
              {t('options_export')}
            </button>
            <button type="button" aria-label={t('options_packRemoveLabel', pack.name)} onClick={() => onRemove(pack)}>
              {t('options_remove')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
