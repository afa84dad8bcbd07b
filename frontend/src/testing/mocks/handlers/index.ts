import { directoryHandlers } from './directory';

export const handlers = [...directoryHandlers];
