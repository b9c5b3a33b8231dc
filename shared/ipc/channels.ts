/**
 * Every IPC channel name, `area.verb`. This list carries no schemas so that the
 * preload can be built from it without bundling zod; `contract.ts` declares the
 * schemas and a type check keeps the two in step.
 */
export const CHANNELS = [
  'app.info',
  'photos.add',
  'photos.info',
  'photos.rendition',
  'articles.list',
  'articles.months',
  'articles.get',
  'articles.create',
  'articles.save',
  'articles.delete',
  'articles.restore',
  'articles.emptyTrash',
  'articles.exportText',
  'articles.export',
  'articles.createMany',
  'import.readDocx',
  'drafts.put',
  'drafts.get',
  'drafts.discard',
  'templates.list',
  'templates.save',
  'templates.delete',
  'people.list',
  'people.save',
  'people.delete',
  'people.importCsv',
  'people.exportCsv',
  'people.loadSample',
  'presets.list',
  'presets.save',
  'sizes.list',
  'sizes.save',
  'print.check',
  'print.start',
  'print.status',
  'print.cancel',
  'print.result',
  'masthead.get',
  'masthead.save',
  'profile.get',
  'profile.save',
  'profile.exportKey',
  'trust.list',
  'trust.importKey',
  'trust.remove',
  'settings.get',
  'settings.save',
  'articles.transition',
  'articles.revisions',
  'articles.revision',
  'articles.restoreRevision',
  'submissions.submit',
  'inbox.receipts',
  'inbox.receive',
  'issues.list',
  'issues.get',
  'issues.save',
  'issues.delete',
  'glossary.list',
  'glossary.save',
  'glossary.importCsv',
  'glossary.exportCsv',
  'search.query',
  'search.similar',
  'search.savedList',
  'search.savedSave',
  'search.savedDelete',
] as const;

/** A channel name. */
export type Channel = (typeof CHANNELS)[number];

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['new', 'open', 'save', 'export', 'find', 'replace', 'delete'] as const;

/** A menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/**
 * The key each command takes with Ctrl (Cmd on macOS): the application
 * menu's accelerators, the test host's shortcuts and the tooltips that name
 * them all read this one table.
 */
export const COMMAND_KEYS: Readonly<Record<MenuCommand, string>> = {
  new: 'N',
  open: 'O',
  save: 'S',
  export: 'E',
  find: 'F',
  replace: 'H',
  delete: 'Backspace',
};

/** A command's shortcut as the user reads it (Ctrl+S), for tooltips. */
export function shortcutLabel(command: MenuCommand): string {
  return `Ctrl+${COMMAND_KEYS[command]}`;
}

/** The single event channel from main to renderer, carrying a MenuCommand. */
export const MENU_EVENT = 'menu.command';
