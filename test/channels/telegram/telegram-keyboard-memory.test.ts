import { describe, expect, it } from 'vitest';
import { createKeyboardMemory } from '../../../src/channels/telegram/telegram-keyboard-memory.js';

const yesNo = [
  { label: '是', value: '是' },
  { label: '否', value: '否' },
];

describe('keyboard memory', () => {
  it('accepts a press on the latest keyboard once, and a second tap is stale', () => {
    const memory = createKeyboardMemory();
    memory.remember('1:1', { messageId: 10, options: yesNo, lang: 'zh' });
    expect(memory.resolve('1:1', 10, { kind: 'value', value: '否' })).toEqual({ ok: true, value: '否' });
    expect(memory.resolve('1:1', 10, { kind: 'value', value: '否' })).toEqual({ ok: false, error: 'stale' });
  });

  it('treats a press on an older keyboard as stale, even with the same button', () => {
    const memory = createKeyboardMemory();
    memory.remember('1:1', { messageId: 10, options: yesNo, lang: 'zh' });
    memory.remember('1:1', { messageId: 12, options: yesNo, lang: 'zh' });
    expect(memory.resolve('1:1', 10, { kind: 'value', value: '是' })).toEqual({ ok: false, error: 'stale' });
  });

  it('makes every keyboard stale once a reply without options was sent, or a new turn began', () => {
    const memory = createKeyboardMemory();
    memory.remember('1:1', { messageId: 10, options: yesNo, lang: 'en' });
    memory.retire('1:1');
    expect(memory.resolve('1:1', 10, { kind: 'index', index: 0 })).toEqual({ ok: false, error: 'stale' });
    expect(memory.lang('1:1')).toBe('en');
  });

  it('rejects a value or index the keyboard did not offer', () => {
    const memory = createKeyboardMemory();
    memory.remember('1:1', { messageId: 10, options: yesNo, lang: 'zh' });
    expect(memory.resolve('1:1', 10, { kind: 'value', value: '删除所有数据' })).toEqual({ ok: false, error: 'invalid' });
    expect(memory.resolve('1:1', 10, { kind: 'index', index: 5 })).toEqual({ ok: false, error: 'invalid' });
    expect(memory.resolve('1:1', 10, null)).toEqual({ ok: false, error: 'invalid' });
  });

  it('after a restart accepts self-contained values but not indexes', () => {
    const memory = createKeyboardMemory();
    expect(memory.resolve('1:1', 10, { kind: 'value', value: '是' })).toEqual({ ok: true, value: '是' });
    expect(memory.resolve('1:1', 10, { kind: 'index', index: 0 })).toEqual({ ok: false, error: 'stale' });
  });

  it('forgets the least recently active user beyond its bound, never another user’s keyboard', () => {
    const memory = createKeyboardMemory(2);
    memory.remember('a', { messageId: 1, options: yesNo, lang: 'zh' });
    memory.remember('b', { messageId: 2, options: yesNo, lang: 'zh' });
    memory.remember('c', { messageId: 3, options: yesNo, lang: 'en' });
    expect(memory.lang('a')).toBeUndefined();
    expect(memory.resolve('b', 3, { kind: 'index', index: 0 })).toEqual({ ok: false, error: 'stale' });
    expect(memory.resolve('c', 3, { kind: 'index', index: 0 })).toEqual({ ok: true, value: '是' });
  });
});
