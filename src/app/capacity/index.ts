export { getOverview } from './overview.ts';
export { getCapacityTimeline } from './timeline.ts';
