/**
 * The intents the engine answers by name rather than through a dialog (engine.ts: greeting, help,
 * thanks, contact lookup, handoff, cancel, out of scope). validateDomain checks each has an intent
 * file, so renaming one in intents/ cannot silently turn it into "out of scope".
 */
export const CONVERSATION_INTENTS: readonly string[] = ['greeting', 'help', 'thanks', 'contact_lookup', 'handoff', 'cancel', 'out_of_scope'];
