import { directoryHandlers } from './directory';
import { registryHandlers } from './registry';

export const handlers = [...directoryHandlers, ...registryHandlers];
