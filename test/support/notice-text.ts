/** The notice as published (the project's copy in src/policy/source), with whitespace removed: PDF line breaks and stray spaces fall away. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const noticeTextFile = fileURLToPath(new URL('../../src/policy/source/notice-xizhengbanfa-2020-6.txt', import.meta.url));

export const normalisedNoticeText: string = readFileSync(noticeTextFile, 'utf8').replace(/\s+/g, '');

const labels = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];

/**
 * The published text of measure N including the contact list that serves it: chapter 一 prints one list
 * after （四） for （一）–（四）, so those four share the span up to （五）.
 */
export function measureSection(id: number): string {
  const startLabel = labels[id - 1];
  const endId = id <= 4 ? 5 : id + 1;
  const start = normalisedNoticeText.indexOf(`（${startLabel}）`);
  const end = endId <= 14 ? normalisedNoticeText.indexOf(`（${labels[endId - 1]}）`) : normalisedNoticeText.indexOf('北京市西城区人民政府办公室2020');
  if (start < 0 || end < 0) throw new Error(`measure ${id} not found in the notice text`);
  return normalisedNoticeText.slice(start, end);
}
