import { sendToBackground } from '../../platform/messaging';

/** The search the context menu left for this popup, if any (taken once). */
export async function takePendingSearch(): Promise<string | null> {
  try {
    return (await sendToBackground({ type: 'get-pending-search' }))?.query ?? null;
  } catch {
    return null;
  }
}
