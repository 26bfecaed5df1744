/**
 * Masking before storage, and the policy-data version an answer carries: what a privacy officer and a
 * hotline supervisor would check.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { normalizeAnswerId } from '../../src/review/answer-id.js';
import { maskPersonalData } from '../../src/review/mask-personal-data.js';
import { changedParts, defaultPolicyFiles, policyVersion } from '../../src/review/policy-version.js';

describe('maskPersonalData', () => {
  it.each([
    ['我的手机13812345678', '我的手机〔电话〕'],
    ['手机 +86 138 1234 5678 找我', '手机 〔电话〕 找我'],
    ['座机010-66112569转123', '座机〔电话〕'],
    ['打66112569', '打〔电话〕'],
    ['全角１３８１２３４５６７８', '全角〔电话〕'],
    ['身份证号11010119900307123X', '身份证号〔身份证号〕'],
    ['老身份证110101900307123', '老身份证〔身份证号〕'],
    ['执照代码91110102MA01ABCD1X没问题', '执照代码〔信用代码〕没问题'],
    ['邮箱 boss@example.com', '邮箱 〔邮箱〕'],
  ])('%s → %s', (text, masked) => {
    expect(maskPersonalData(text)).toBe(masked);
  });

  it('keeps the amounts, months and percentages owners ask about', () => {
    const text = '月租2万，也就是20000元，3、4月，营收降了80%，担保500万元，2020年';
    expect(maskPersonalData(text)).toBe(text);
  });
});

describe('policy-data version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'policy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files = { notice: join(dir, 'notice.yaml'), parameters: join(dir, 'parameters.yaml'), rulesDir: join(dir, 'rules') };
  writeFileSync(files.notice, readFileSync(defaultPolicyFiles.notice));
  cpSync(defaultPolicyFiles.rulesDir, files.rulesDir, { recursive: true });

  it('is the same for the same files, and names the part that changed: notice, parameters or rules', () => {
    const first = policyVersion(files);
    expect(policyVersion(files)).toEqual(first);
    expect(first.parameters).toBeNull();
    writeFileSync(files.notice, readFileSync(files.notice, 'utf8').replace('66112569', '66112570'));
    const noticeEdited = policyVersion(files);
    expect(noticeEdited.version).not.toBe(first.version);
    expect(changedParts(first, noticeEdited)).toEqual(['notice.yaml']);
    writeFileSync(files.parameters, 'rentShare: "0.3"\n');
    expect(changedParts(noticeEdited, policyVersion(files))).toEqual(['parameters.yaml']);
    const withParameters = policyVersion(files);
    appendFileSync(join(files.rulesDir, 'rent-waiver.ts'), '\n// edited\n');
    expect(changedParts(withParameters, policyVersion(files))).toEqual(['src/policy/rules']);
  });
});

describe('answer ids as staff type them', () => {
  it('reads any case, spaces or none, and O/I/L typed for 0/1', () => {
    expect(normalizeAnswerId('k7q2 m9x4 tdha')).toBe('K7Q2-M9X4-TDHA');
    expect(normalizeAnswerId('K7Q2M9X4TDHO')).toBe('K7Q2-M9X4-TDH0');
    expect(normalizeAnswerId('K7Q2-M9X4')).toBeNull();
    expect(normalizeAnswerId('../../etc/passwd')).toBeNull();
  });
});
