import { STATUS_LABELS, type ArticleStatus } from '../model/article';
import type { Role } from './roles';

/** One step an article's status may take: its name on the button, who may take it, and whether a note is required. */
export interface TransitionRule {
  from: readonly ArticleStatus[];
  to: ArticleStatus;
  action: string;
  roles: readonly Role[];
  /** 退回 needs a note for the author; reopening signed copy needs a reason. */
  noteRequired: boolean;
}

const DESK: readonly Role[] = ['编辑', '值班主任'];
const EVERYONE: readonly Role[] = ['记者', '通讯员', '编辑', '值班主任'];

/**
 * The desk's chain: 草稿 → 已投稿 → 编辑中 → 待签发 → 已签发 → 已排版 → 已见报,
 * with 退回 (back to the author's 草稿, with a note) from 已投稿, 编辑中 and
 * 待签发, and 重新打开 of signed copy by a 值班主任, with a reason. Only a
 * 值班主任 signs off (签发).
 */
export const TRANSITIONS: readonly TransitionRule[] = [
  { from: ['draft'], to: 'submitted', action: '投稿', roles: EVERYONE, noteRequired: false },
  { from: ['submitted'], to: 'editing', action: '开始编辑', roles: DESK, noteRequired: false },
  { from: ['editing'], to: 'pending', action: '送签', roles: DESK, noteRequired: false },
  { from: ['pending'], to: 'signed', action: '签发', roles: ['值班主任'], noteRequired: false },
  { from: ['signed'], to: 'laidOut', action: '排版', roles: DESK, noteRequired: false },
  { from: ['laidOut'], to: 'published', action: '见报', roles: DESK, noteRequired: false },
  { from: ['submitted', 'editing', 'pending'], to: 'draft', action: '退回', roles: DESK, noteRequired: true },
  { from: ['signed', 'laidOut'], to: 'editing', action: '重新打开', roles: ['值班主任'], noteRequired: true },
];

/** Statuses whose copy is locked: signed off, laid out or published. */
export const LOCKED_STATUSES: readonly ArticleStatus[] = ['signed', 'laidOut', 'published'];

/** True when copy in this status may not be changed. */
export function isLocked(status: ArticleStatus): boolean {
  return LOCKED_STATUSES.includes(status);
}

/** Why a locked article cannot be changed, in Chinese (shown on every control it disables, and by a refused save). */
export function lockedReason(status: ArticleStatus): string {
  return `这篇稿件${STATUS_LABELS[status]}，已锁定，不能修改；如需修改，请值班主任重新打开。`;
}

/** The steps open from a status, for a role (the buttons to show). */
export function transitionsFrom(status: ArticleStatus, role: Role): TransitionRule[] {
  return TRANSITIONS.filter((t) => t.from.includes(status) && t.roles.includes(role));
}

/**
 * Checks one step: the rule it follows, or a Chinese reason why it is refused
 * (no such step, not this role's to take, or a note missing).
 */
export function checkTransition(
  from: ArticleStatus,
  to: ArticleStatus,
  role: Role,
  note: string,
): { ok: true; rule: TransitionRule } | { ok: false; message: string } {
  const rule = TRANSITIONS.find((t) => t.from.includes(from) && t.to === to);
  if (!rule) return { ok: false, message: `稿件不能从“${STATUS_LABELS[from]}”改为“${STATUS_LABELS[to]}”。` };
  if (!rule.roles.includes(role))
    return { ok: false, message: `“${rule.action}”只能由${rule.roles.join('或')}操作（你的身份是${role}）。` };
  if (rule.noteRequired && note.trim() === '')
    return { ok: false, message: rule.action === '退回' ? '退回稿件须写明退回意见。' : `${rule.action}须写明原因。` };
  return { ok: true, rule };
}

export { TransitionRecordSchema, type TransitionRecord } from '../model/article';
