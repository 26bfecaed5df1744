import { describe, expect, it } from 'vitest';
import { abbreviatedForms, mistypedForms, withAbbreviations } from '../../src/nlu/english-abbreviations.js';
import { unitsNamed } from '../../src/dialog/topic-contacts.js';

describe("operators' short forms of the synonyms' words", () => {
  it('spells a phrase with each of its words shortened, and all at once', () => {
    expect(abbreviatedForms('district soe')).toEqual(['dist soe', 'dist. soe']);
    expect(abbreviatedForms('xicheng district government company')).toContain('xc dist govt co.');
    expect(abbreviatedForms('registered in xicheng')).toContain("reg'd in xicheng");
  });

  it('leaves a phrase with no shortened word alone, and keeps the phrases first', () => {
    expect(abbreviatedForms('central soe')).toEqual([]);
    expect(withAbbreviations(['district soe', 'shop'])).toEqual(['district soe', 'shop', 'dist soe', 'dist. soe']);
  });

  it('finds a unit named in short: "mkt regulation bureau"', () => {
    expect(unitsNamed('clr wants mkt regulation bureau contact')).toEqual(['区市场监督管理局']);
  });
});

describe('words of the synonyms as owners mistype them', () => {
  it('spells a phrase with one word mistyped at a time', () => {
    expect(mistypedForms('district soe')).toContain('distrct soe');
    expect(mistypedForms('district government company')).toEqual(expect.arrayContaining(['distict government company', 'district goverment company']));
    expect(mistypedForms('central soe')).toEqual([]);
  });
});
