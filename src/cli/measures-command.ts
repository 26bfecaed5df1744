/**
 * `relief-bot measures [N] [--json]`: the notice's measures from the knowledge base. Without N, a
 * one-line list of all 14; with N, that measure in full (clause, summary, units, contacts). `--json`
 * always prints an array — all 14, or just measure N — of the measures as the knowledge base holds them:
 * `id`, `chapter`, `title`, `clause`, `summary`, `units`, `contacts: [{unit, office, person, phone}]`
 * (plus `topic` on a contact tied to one part of a measure, and `contactNote` where none is printed).
 *
 * @example relief-bot measures 6 --json   // [{ "id": 6, "chapter": 2, "title": {...}, ... }]
 */
import { loadNotice, type Measure, type Notice } from '../policy/notice.js';
import { parseArgs } from './args.js';
import { UsageError, type CliIo } from './cli-io.js';
import { chineseNumeral, measureLabel } from '../reply/measure-label.js';
import { contactLine } from '../reply/contact-text.js';

const help = `usage: relief-bot measures [N] [--json]

The measures of 西政办发〔2020〕6号: without N a list of all 14, with N (1–14) one measure in full.
--json prints a JSON array (all measures, or an array of the one measure N) with
id, chapter, title, clause, summary, units and contacts [{unit, office, person, phone}].
`;

/** Runs `measures`; returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { usage: help, flags: ['json'], positionals: ['N'] });
  const notice = loadNotice();
  const wanted = parsed.positionals[0];
  const one = wanted === undefined ? undefined : measureFrom(notice, wanted);
  if (parsed.flags.has('json')) io.stdout.write(`${JSON.stringify(one ? [one] : notice.measures, null, 2)}\n`);
  else io.stdout.write(one ? detailText(notice, one) : listText(notice));
  return 0;
}

function measureFrom(notice: Notice, text: string): Measure {
  const found = /^\d+$/.test(text) ? notice.measures.find((m) => m.id === Number(text)) : undefined;
  if (!found) {
    const known = notice.measures.map((m) => `${m.id} ${m.title.zh}`).join(', ');
    throw new UsageError(`unknown measure "${text}"; expected a number 1–${notice.measures.length}: ${known}`);
  }
  return found;
}

function chapterHeading(notice: Notice, measure: Measure): string {
  const heading = notice.chapters.find((c) => c.id === measure.chapter)?.heading.zh ?? '';
  return `${chineseNumeral(measure.chapter)}、${heading}`;
}

/** One line per measure: "1 （一） 区属国企房产租金减免 — Rent waiver ... [一、继续实施租金减免支持政策]". */
function listText(notice: Notice): string {
  const lines = notice.measures.map((m) => `${m.id} ${measureLabel(m.id)} ${m.title.zh} — ${m.title.en}  [${chapterHeading(notice, m)}]`);
  return `${notice.docNumber}（${notice.date}）\n${lines.join('\n')}\n`;
}

function detailText(notice: Notice, measure: Measure): string {
  const contacts = measure.contacts.length > 0
    ? measure.contacts.map((c) => `  - ${contactLine(c)}`)
    : [`  ${measure.contactNote?.zh ?? '本条未列联系人'}`, `  - ${contactLine(notice.generalContact)}`];
  return [
    `${measureLabel(measure.id)} ${measure.title.zh} / ${measure.title.en}`,
    `章节：${chapterHeading(notice, measure)}`,
    `条文：${measure.clause}`,
    `要点：${measure.summary.zh}`,
    `Summary: ${measure.summary.en}`,
    `责任单位：${measure.units.join('、')}`,
    '联系人：',
    ...contacts,
    '',
  ].join('\n');
}
