import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-io.js';

const restaurant = JSON.stringify({
  landlordType: 'districtSoe', premisesUse: 'business', registeredInXicheng: true, enterpriseSize: 'small',
  operatingStatus: 'open', layoffs: 'none', monthlyRent: '20000',
});

describe('relief-bot check: readable output', () => {
  it('月租2万元的区属国企租户：符合，免4万元，列出算式、4月、期间、部门确认事项和于伟川的电话', async () => {
    const { code, stdout, stderr } = await runCli(['check', 'rent-waiver', '--facts', restaurant]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('区属国企房产租金减免 / Rent waiver for tenants of district state-owned property');
    expect(stdout).toContain('（一）');
    expect(stdout).toContain('结论：符合');
    expect(stdout).toContain('金额：40,000 元');
    expect(stdout).toContain('20,000 元 × 2 个月 = 40,000 元');
    expect(stdout).toContain('其中4月：20,000 元');
    expect(stdout).toContain('适用期间：2020年3月、4月的房租');
    expect(stdout).toContain('需部门确认（不影响结论）：');
    expect(stdout).toContain('符合首都城市战略定位');
    expect(stdout).toMatch(/联系人：\n {2}- 区国资委 改革协同办 于伟川 66112569\n/);
  });

  it('租民营企业房产的：不符合，说明房东可获30%补贴，不给金额', async () => {
    const { code, stdout } = await runCli(['check', 'rent-waiver', '--facts', '{"landlordType":"private"}']);
    expect(code).toBe(0);
    expect(stdout).toContain('结论：不符合');
    expect(stdout).toMatch(/不符合的原因：\n {2}- （一）：免租只适用于承租区属国有企业房产.*30%/);
    expect(stdout).not.toMatch(/^金额/m);
  });

  it('信息不全的：待定，列出还要的事实和可填的值', async () => {
    const { code, stdout } = await runCli(['check', 'rent-waiver', '--facts', '{"landlordType":"districtSoe","premisesUse":"business","monthlyRent":"20000"}']);
    expect(code).toBe(0);
    expect(stdout).toContain('结论：待定');
    expect(stdout).toContain('金额（如符合条件）：40,000 元');
    expect(stdout).toContain('还需要的信息：\n  - registeredInXicheng（true | false）\n  - enterpriseSize（medium | small | micro | individual | large）');
  });

  it('稳岗补贴：通知未定金额，说明去哪里问', async () => {
    const { stdout } = await runCli(['check', 'job-subsidy', '--facts', '{"enterpriseSize":"small","industry":"catering","revenueDropPercent":"80","organizesTraining":true}']);
    expect(stdout).toContain('结论：符合');
    expect(stdout).toMatch(/金额：无法计算（通知未规定补贴金额.*职业能力建设科.*劳动服务管理中心/);
    expect(stdout).toContain('区人力社保局 职业能力建设科（稳岗培训补贴） 贾子辰 66201990');
  });
});

describe('relief-bot check --json', () => {
  it('prints the outcome object exactly, amount as a fen string', async () => {
    const { code, stdout } = await runCli(['check', 'rent-waiver', '--facts', restaurant, '--json']);
    expect(code).toBe(0);
    const outcome = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(outcome).sort()).toEqual(
      ['alternatives', 'amount', 'amountNote', 'breakdown', 'confirmBy', 'contacts', 'eligible', 'measure', 'met', 'missing', 'period', 'reasons', 'rule'],
    );
    expect(outcome).toMatchObject({ rule: 'rent-waiver', measure: 1, eligible: true, amount: '40000.00', missing: [], reasons: [] });
    expect(outcome.contacts).toContainEqual({ unit: '区国资委', office: '改革协同办', person: '于伟川', phone: '66112569' });
  });

  it('accepts --facts=<json> and --facts-file <path>', async () => {
    const inline = await runCli(['check', 'guarantor-subsidy', '--json', '--facts={"districtInstitution":true,"comprehensiveFeeRate":"2","guaranteedAmount":"1000000"}']);
    expect(JSON.parse(inline.stdout)).toMatchObject({ eligible: false, amount: null });

    const dir = await mkdtemp(join(tmpdir(), 'relief-check-'));
    const file = join(dir, 'facts.json');
    await writeFile(file, restaurant);
    const fromFile = await runCli(['check', 'rent-waiver', '--facts-file', file, '--json']);
    expect(JSON.parse(fromFile.stdout)).toMatchObject({ amount: '40000.00' });
  });

  it('--help prints usage with every rule id and exits 0', async () => {
    const { code, stdout } = await runCli(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('relief-bot check <rule-id>');
    expect(stdout).toContain('rent-waiver, landlord-subsidy, carrier-subsidy, school-rent, chain-store-subsidy, guarantee-fee, guarantor-subsidy, job-subsidy');
  });
});

describe('relief-bot check: bad input gets one line naming what is wrong, exit code 2', () => {
  it.each([
    { name: 'unknown rule, listing the known ones', argv: ['nope', '--facts', '{}'], line: /unknown rule "nope"; known rules: rent-waiver, .*job-subsidy$/ },
    { name: 'no rule id', argv: [], line: /missing <rule-id>; known rules: rent-waiver/ },
    { name: 'missing --facts', argv: ['rent-waiver'], line: /missing --facts '<json>'/ },
    { name: '--facts without its value', argv: ['rent-waiver', '--facts'], line: /--facts needs a value/ },
    { name: '--facts and --facts-file both', argv: ['rent-waiver', '--facts', '{}', '--facts-file', 'x.json'], line: /--facts or --facts-file, not both/ },
    { name: 'an unreadable facts file', argv: ['rent-waiver', '--facts-file', '/nonexistent/facts.json'], line: /cannot read --facts-file \/nonexistent\/facts.json \(ENOENT\)/ },
    { name: 'invalid JSON', argv: ['rent-waiver', '--facts', '{landlordType: districtSoe}'], line: /--facts is not valid JSON \(.*\); expected an object such as/ },
    { name: 'JSON that is not an object', argv: ['rent-waiver', '--facts', '[1,2]'], line: /--facts: expected a JSON object of facts$/ },
    { name: 'an unknown fact', argv: ['rent-waiver', '--facts', '{"rent":"20000"}'], line: /--facts: unknown fact "rent"; known facts: registeredInXicheng, .*monthlyRent/ },
    { name: 'a boolean fact given as text', argv: ['rent-waiver', '--facts', '{"registeredInXicheng":"yes"}'], line: /--facts: registeredInXicheng: expected true or false$/ },
    { name: 'an enum fact with an unknown value', argv: ['rent-waiver', '--facts', '{"landlordType":"government"}'], line: /--facts: landlordType: expected one of districtSoe \| centralSoe \| private \| other \| ownPremises$/ },
    { name: 'negative money', argv: ['rent-waiver', '--facts', '{"monthlyRent":"-5"}'], line: /--facts: monthlyRent: a non-negative amount in yuan written as digits/ },
    { name: 'non-numeric money', argv: ['rent-waiver', '--facts', '{"monthlyRent":"2万"}'], line: /--facts: monthlyRent: a non-negative amount in yuan/ },
    { name: 'money as a JSON number (floating point)', argv: ['rent-waiver', '--facts', '{"monthlyRent":20000}'], line: /--facts: monthlyRent: a non-negative amount in yuan written as digits, e\.g\. "20000"/ },
    { name: 'a percentage above 100', argv: ['job-subsidy', '--facts', '{"revenueDropPercent":"100.01"}'], line: /--facts: revenueDropPercent: a percentage from 0 to 100/ },
    { name: 'a negative percentage', argv: ['guarantor-subsidy', '--facts', '{"comprehensiveFeeRate":"-1"}'], line: /--facts: comprehensiveFeeRate: a percentage from 0 to 100/ },
    { name: 'an unknown option', argv: ['rent-waiver', '--facts', '{}', '--verbose'], line: /unknown option --verbose; expected <rule-id> --facts <value> --facts-file <value> --json/ },
    { name: 'a second positional', argv: ['rent-waiver', 'school-rent', '--facts', '{}'], line: /unexpected argument "school-rent"/ },
  ])('$name', async ({ argv, line }) => {
    const { code, stdout, stderr } = await runCli(['check', ...argv]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^relief-bot check: /);
    expect(stderr.trimEnd()).toMatch(line);
  });
});

describe('the installed bin', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));

  it('node bin/relief-bot.js check rent-waiver --facts ... --json prints the outcome', async () => {
    const built = join(root, 'dist', 'cli', 'check-command.js');
    if (!existsSync(built)) expect.fail(`${built} is missing: run npm run build (or npx tsc -p tsconfig.build.json) first`);
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/relief-bot.js', 'check', 'rent-waiver', '--facts', restaurant, '--json'], { cwd: root });
    expect(JSON.parse(stdout)).toMatchObject({ rule: 'rent-waiver', eligible: true, amount: '40000.00' });
  });
});
