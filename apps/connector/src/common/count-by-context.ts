import { CONTEXTS, type Context, type ContextCounts } from '@fscon/contracts';

export function countByContext(items: readonly { context: Context }[]): ContextCounts {
  const counts = Object.fromEntries(CONTEXTS.map((context) => [context, 0])) as ContextCounts;
  items.forEach((item) => counts[item.context]++);
  return counts;
}
