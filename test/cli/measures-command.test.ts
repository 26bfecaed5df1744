import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-io.js';

interface MeasureJson {
  id: number;
  chapter: number;
  title: { zh: string; en: string };
  clause: string;
  summary: { zh: string; en: string };
  units: string[];
  contacts: Array<{ unit: string; office: string; person: string; phone: string }>;
  contactNote?: { zh: string; en: string };
}

async function measuresJson(...argv: string[]): Promise<MeasureJson[]> {
  const { code, stdout, stderr } = await runCli(['measures', ...argv, '--json']);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(stdout) as MeasureJson[];
}

describe('relief-bot measures --json', () => {
  it('prints all 14 measures as an array, each with id, chapter, title, clause, summary, units and contacts', async () => {
    const measures = await measuresJson();
    expect(measures.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    for (const measure of measures) {
      expect(Object.keys(measure)).toEqual(expect.arrayContaining(['id', 'chapter', 'title', 'clause', 'summary', 'units', 'contacts']));
      expect(measure.clause.startsWith('（')).toBe(true);
      for (const contact of measure.contacts) expect(contact).toMatchObject({ unit: expect.any(String), office: expect.any(String), person: expect.any(String), phone: expect.any(String) });
    }
    expect(measures.map((m) => m.chapter)).toEqual([1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 6, 7]);
  });

  it('measures 3 --json prints an array of that one measure, the 区教委 phone with its extension', async () => {
    const measures = await measuresJson('3');
    expect(measures).toHaveLength(1);
    expect(measures[0]?.id).toBe(3);
    expect(measures[0]?.contacts).toContainEqual({ unit: '区教委', office: '民办教育科', person: '王竞艳', phone: '66201155-26042' });
  });

  it('measures 14 --json: no contact printed, and a note saying where to start', async () => {
    const [measure] = await measuresJson('14');
    expect(measure?.contacts).toEqual([]);
    expect(measure?.contactNote?.zh).toContain('区发展改革委');
  });
});

describe('relief-bot measures (readable)', () => {
  it('lists all 14 with their printed labels, titles and chapters', async () => {
    const { code, stdout } = await runCli(['measures']);
    expect(code).toBe(0);
    expect(stdout).toContain('西政办发〔2020〕6号');
    expect(stdout).toContain('1 （一） 区属国企房产租金减免');
    expect(stdout).toContain('14 （十四） 其他特殊困难协调解决');
    expect(stdout).toContain('[一、继续实施租金减免支持政策]');
    expect(stdout.trimEnd().split('\n')).toHaveLength(15);
  });

  it('measures 13 shows the clause, both summaries, units and each contact with its topic', async () => {
    const { stdout } = await runCli(['measures', '13']);
    expect(stdout).toContain('（十三） 稳岗培训补贴和临时性岗位补贴');
    expect(stdout).toContain('章节：六、加大援企稳岗支持力度');
    expect(stdout).toContain('2-4月生产经营收入同比下降80%（含）以上的中小微企业');
    expect(stdout).toContain('Summary: SMEs in key industries');
    expect(stdout).toContain('责任单位：区人力社保局、区科技和信息化局、区商务局');
    expect(stdout).toContain('  - 区人力社保局 职业能力建设科（稳岗培训补贴） 贾子辰 66201990');
    expect(stdout).toContain('  - 区人力社保局 劳动服务管理中心（临时性岗位补贴） 李剑 66206171');
  });

  it('measures 14 says no contact is printed and gives the SME service centre', async () => {
    const { stdout } = await runCli(['measures', '14']);
    expect(stdout).toContain('本条未列联系人');
    expect(stdout).toContain('区发展改革委 中小企业服务中心 赵鹏 83926742');
  });

  it('--help says --json always prints an array', async () => {
    const { code, stdout } = await runCli(['measures', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('an array of the one measure N');
  });
});

describe('relief-bot measures: bad input gets one line, exit code 2', () => {
  it.each([
    { name: 'measure 15 does not exist', argv: ['15'], line: /unknown measure "15"; expected a number 1–14: 1 区属国企房产租金减免, .*14 其他特殊困难协调解决$/ },
    { name: 'measure 0 does not exist', argv: ['0'], line: /unknown measure "0"/ },
    { name: 'not a number', argv: ['rent'], line: /unknown measure "rent"/ },
    { name: 'not a whole number', argv: ['1.5', '--json'], line: /unknown measure "1\.5"/ },
    { name: 'two measures', argv: ['1', '2'], line: /unexpected argument "2"/ },
    { name: 'an unknown option', argv: ['--all'], line: /unknown option --all; expected <N> --json --help/ },
    { name: '--json with a value', argv: ['--json=yes'], line: /--json takes no value/ },
  ])('$name', async ({ argv, line }) => {
    const { code, stdout, stderr } = await runCli(['measures', ...argv]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(/^relief-bot measures: /);
    expect(stderr.trimEnd()).toMatch(line);
  });
});
