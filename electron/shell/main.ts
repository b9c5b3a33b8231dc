import { startApp } from './app';

// The Electron main process entry: everything it does is in startApp and the plain Node services.
void startApp();
