/**
 * The data files' reader: what staff who edit a YAML file would notice — a broken file is named in the
 * error, and values read as YAML 1.2 says (a date or "yes" stays the text typed, not a Date or a boolean).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlText } from '../../src/lib/yaml-data.js';

describe('parseYamlText', () => {
  it('a syntax error names the file and the line', () => {
    expect(() => parseYamlText('facts:\n  - a\n b: [', z.unknown(), 'intents/entities.yaml')).toThrow(/^intents\/entities\.yaml: bad indentation.*\(3:2\)/s);
  });

  it('a key given twice is an error, not a silent overwrite', () => {
    expect(() => parseYamlText('zh: a\nzh: b\n', z.unknown(), 'intents/cues.yaml')).toThrow(/intents\/cues\.yaml: .*duplicated mapping key/s);
  });

  it('dates, yes/no and numbers are read by the YAML 1.2 core schema', () => {
    const read = parseYamlText('day: 2020-03-01\nanswer: yes\noff: no\nrate: 0.5\nflag: true\nnothing: ~\n', z.record(z.string(), z.unknown()), 'x.yaml');
    expect(read).toEqual({ day: '2020-03-01', answer: 'yes', off: 'no', rate: 0.5, flag: true, nothing: null });
  });

  it('a value of the wrong shape names the file and the field', () => {
    expect(() => parseYamlText('zh: [1]\n', z.object({ zh: z.array(z.string()) }), 'intents/thanks.yaml')).toThrow(/^intents\/thanks\.yaml: zh\.0: /);
  });
});
