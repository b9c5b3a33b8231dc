/** The system Chromium and its flags, shared with the CLI's PDF export. */
export { CHROMIUM_FLAGS, chromiumBinary } from '../../electron/services/chromium';
