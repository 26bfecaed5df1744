import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractMoney, maxYuan } from '../../src/nlu/extract-money.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { checkCase } from '../../src/tools/eval/entity-cases.js';
import { Decimal } from '../../src/policy/money.js';
import { anyText, casesOfKind, numberishText } from './entity-case-table.js';

describe('amounts owners type (intents/entity-cases.yaml)', () => {
  test.each(casesOfKind('money'))('%s', (_text, entityCase) => {
    const check = checkCase(entityCase, 'money', extractEntities(entityCase.text));
    expect(check.actual).toEqual(check.expected);
  });
});

describe('revenue before and after (intents/entity-cases.yaml)', () => {
  test.each(casesOfKind('revenuePair'))('%s', (_text, entityCase) => {
    const check = checkCase(entityCase, 'revenuePair', extractEntities(entityCase.text));
    expect(check.actual).toEqual(check.expected);
  });
});

describe('a mention quotes the owner', () => {
  test('offsets and text point at the original, full-width characters and all', () => {
    const [mention] = extractMoney('月租金：２万５，谢谢');
    expect(mention).toMatchObject({ value: '25000', per: 'month', start: 4, end: 7, text: '２万５' });
  });

  test('the currency sign and word are part of the mention', () => {
    expect(extractMoney('大概¥25000元吧')[0]?.text).toBe('¥25000元');
  });

  test('a fractional amount keeps its fen exactly', () => {
    expect(extractMoney('每月3333.33元')[0]?.value).toBe('3333.33');
    expect(extractMoney('0.1万')[0]?.value).toBe('1000');
  });
});

describe('absurd input yields nothing rather than a wrong amount', () => {
  test.each(['两万万', '1e309', '9999999999999', '9999999999999元', '1万亿零1元', '2万亿', '-', '万', '千万别'])('%s', (text) => {
    expect(extractMoney(text)).toEqual([]);
  });

  test('the bound itself, 1万亿, is still read', () => {
    expect(extractMoney('1万亿元')[0]?.value).toBe(maxYuan.toFixed());
    expect(extractMoney('10000亿元')[0]?.value).toBe(maxYuan.toFixed());
  });

  test('a minus sign is not read: amounts are never negative', () => {
    expect(extractMoney('-2万')[0]?.value).toBe('20000');
  });
});

describe('properties', () => {
  const wellFormed = (value: string): boolean => {
    if (!/^\d+(\.\d+)?$/.test(value)) return false;
    const amount = new Decimal(value);
    return amount.isFinite() && !amount.isNegative() && amount.lessThanOrEqualTo(maxYuan);
  };

  test('any text: never throws, every amount is a non-negative finite decimal within the bound', () => {
    fc.assert(fc.property(fc.oneof(anyText, numberishText), (text) => {
      for (const mention of extractMoney(text)) {
        expect(wellFormed(mention.value)).toBe(true);
        expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }), { numRuns: 2000 });
  });

  test('full-width digits read the same as half-width ones', () => {
    const toFullWidth = (text: string): string => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom('元', '块', '万', 'k'), (n, unit) => {
      const text = `${n}${unit}`;
      expect(extractMoney(toFullWidth(text)).map((m) => m.value)).toEqual(extractMoney(text).map((m) => m.value));
    }));
  });
});

describe('takings are named as such, so no dialog takes them for a rent', () => {
  test.each([
    ['年营业额500万左右', [true]],
    ['we have 9 people and about 3 million revenue', [true]],
    ['营收两千万，房租每月3万', [true, false]],
    ['去年营业额100万今年20万', [true, true]],
    ['租金收入减少了5万', [false]],
    ['rental income fell by 50k', [false]],
    ['月租2万', [false]],
  ])('%s', (text, revenue) => {
    expect(extractMoney(text).map((m) => m.revenue === true)).toEqual(revenue);
  });
});

// The dot as a thousands separator ("20.000", "1.500.000"), as much of Europe writes it; a decimal or a rate stays one.
const europeanFigures: Array<[string, string[]]> = [
  ['20.000', ['20000']], ['18.500 yuan per month', ['18500']], ['1.500.000', ['1500000']], ['贷款1.000.000元', ['1000000']],
  ['RMB 20,000.00 per month', ['20000']], ['1.5万', ['15000']], ['12.50 yuan', ['12.5']], ['1.500%', []],
];
test('European and accountant figures read as the yuan they write; a dotted figure before % is no amount', () => {
  expect(europeanFigures.map(([text]) => extractMoney(text).map((m) => m.value))).toEqual(europeanFigures.map(([, values]) => values));
});

describe('the citizens\' hotline 12345 is no amount', () => {
  test.each([
    ['12345 hotline here - caller got a 600k loan', ['600000']],
    ['我是12345热线的，来电人月租2万', ['20000']],
    ['已经打过12345了，房租1.5万', ['15000']],
    ["12345热线转来的", []],
    ["12345 here. Caller runs a flower shop, rent 7k", ["7000"]],
    ['caller rang 12345 first, rent is 8k', ['8000']],
  ])('%s', (text, values) => {
    expect(extractMoney(text).map((m) => m.value)).toEqual(values);
  });

  test('12345 said as money is still money', () => {
    expect(extractMoney('rent is 12345 yuan')[0]?.value).toBe('12345');
    expect(extractMoney('房租12345元')[0]?.value).toBe('12345');
  });
});
