export { overlays } from './overlays.js';
export { stableChannel, stableFallbacks } from './stable-channel.js';
