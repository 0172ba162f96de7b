export { LiveModule } from './live.module';
export { LiveStateReadModel } from './state/live-state.read-model';
export { LIVE_PATH } from './gateway/live-gateway';
export { LIVE_OPTIONS, type LiveOptions } from './live-options';
export { LiveResync } from './intake/live-resync';
