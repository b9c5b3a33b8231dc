import type { Command } from '../command';
import { list } from './list';
import { show } from './show';
import { importCommand } from './import';
import { exportCommand } from './export';
import { parse } from './parse';
import { proof } from './proof';
import { render } from './render';
import { page } from './page';
import { pdf } from './pdf';
import { submit } from './submit';
import { inbox } from './inbox';
import { status } from './status';
import { profile } from './profile';
import { key } from './key';
import { trust } from './trust';
import { people } from './people';
import { check } from './check';
import { search, similar } from './search';
import { photo } from './photo';

/** Every command, in the order the help lists them: the one list main.ts builds the help and dispatch from. */
export const COMMANDS: readonly Command[] = [
  list,
  show,
  search,
  similar,
  importCommand,
  exportCommand,
  photo,
  parse,
  proof,
  render,
  page,
  pdf,
  profile,
  key,
  trust,
  submit,
  inbox,
  status,
  people,
  check,
];
