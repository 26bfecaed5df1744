/**
 * One owner's rent-tenant conversation, scripted: the opening question carries the owner's own rent,
 * then every question the bot asks is answered the way a user would (an option number, a typed label,
 * or an `/answer` value from a button), until the bot gives its result. Used by the scale tests to run
 * many owners at once through any transport (in-process handleTurn, POST /api/chat, two instances).
 *
 * @example
 * const owner = rentOwner(7);
 * const final = await playRentConversation(owner, (text) => bot.handleTurn({ channel: 'api', userId: owner.userId, text }));
 * expect(final.results[0]?.amount).toBe(owner.expectedAmount);
 */
import type { Reply } from '../../src/core/reply.js';

export interface RentOwner {
  userId: string;
  /** The monthly rent in yuan, an integer distinct per owner. */
  monthlyRent: number;
  /** What the owner says first, e.g. "区属国企的门面，月租10037元". */
  opening: string;
  /** What the bot must end with, computed here by hand: business premises of a district SOE, 2 months. */
  expectedAmount: string;
}

/**
 * Owner number `index`: rent 10,000 + 37 × index yuan, so no two owners share an amount and a mixed-up
 * session shows as a wrong number. The opening varies in form (元, 块, none) as users' messages do.
 */
export function rentOwner(index: number, prefix = 'owner'): RentOwner {
  const monthlyRent = 10_000 + 37 * index;
  const unit = ['元', '块', ''][index % 3] ?? '';
  return {
    userId: `${prefix}-${index}`,
    monthlyRent,
    opening: `区属国企的门面，月租${monthlyRent}${unit}`,
    // The rent-waiver rule (一): a district SOE's business premises, March and April waived in full.
    expectedAmount: `${monthlyRent * 2}.00`,
  };
}

/**
 * How each question is answered: option numbers (which only work if the bot remembers this user's own
 * options), a typed label, and `/answer` values as buttons send them, so every path through the dialog
 * carries per-user state.
 */
export const RENT_ANSWERS: Readonly<Record<string, string>> = {
  landlordType: '1',
  premisesUse: '1',
  registeredInXicheng: '1',
  enterpriseSize: '/answer enterpriseSize small',
  operatingStatus: '坚持营业',
  layoffs: '/answer layoffs none',
  monthlyRent: '/answer monthlyRent 10000',
};

/** A conversation that has not reached a result within this many turns is stuck. */
export const MAX_TURNS = 12;

/**
 * Plays the conversation through `send` and returns the last reply (the one with the result). Between
 * turns it awaits `pause()` (e.g. a random number of event-loop turns) so owners interleave. Throws,
 * naming the owner and the question, if the bot asks something the script cannot answer or never ends.
 */
export async function playRentConversation(
  owner: RentOwner,
  send: (text: string) => Promise<Reply>,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<Reply> {
  let reply = await send(owner.opening);
  for (let turn = 1; turn < MAX_TURNS && reply.awaiting !== null; turn += 1) {
    const answer = RENT_ANSWERS[reply.awaiting];
    if (answer === undefined) throw new Error(`${owner.userId}: no scripted answer for ${reply.awaiting} ("${reply.text}")`);
    await pause();
    reply = await send(answer);
  }
  if (reply.awaiting !== null) throw new Error(`${owner.userId}: still asking for ${reply.awaiting} after ${MAX_TURNS} turns`);
  return reply;
}

/**
 * A tiny seeded PRNG (mulberry32), so the interleaving is random but the same on every run.
 *
 * @example
 * const random = seededRandom(42); random() // → 0.6011...
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Yields to the event loop 0–`max` times (random), so concurrent conversations interleave unevenly. */
export function randomPause(random: () => number, max = 3): () => Promise<void> {
  return async () => {
    const times = Math.floor(random() * (max + 1));
    for (let i = 0; i < times; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
  };
}
