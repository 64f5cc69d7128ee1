type SchedulerLike = { yield?: () => Promise<void> };

/** Gives the page's own tasks a turn between chunks of Klartext's work. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
