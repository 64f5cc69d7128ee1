import { useEffect, useState } from 'preact/hooks';
import { getStorageUsage } from '../../storage/storage-bytes';

/** Bytes used and the quota; re-read whenever `version` changes (after each save). */
export function useStorageUsage(version: unknown): { bytes: number; quota: number } | null {
  const [usage, setUsage] = useState<{ bytes: number; quota: number } | null>(null);
  useEffect(() => {
    let live = true;
    void getStorageUsage().then((u) => {
      if (live) setUsage(u);
    });
    return () => {
      live = false;
    };
  }, [version]);
  return usage;
}
