/**
 * Who issued the notice and when, in the reply's language: "北京市西城区人民政府办公室，2020年5月11日" /
 * "General Office of the Xicheng District People's Government, 2020-05-11". The answer card's basis line and the
 * answer about the notice itself say it the same way.
 */
import { loadNotice } from '../policy/notice.js';
import type { Lang } from '../core/reply.js';

export function noticeIssued(lang: Lang): string {
  const { issuer, date } = loadNotice();
  return lang === 'en'
    ? `General Office of the Xicheng District People's Government, ${date}`
    : `${issuer}，${date.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`;
}
