/**
 * The XML of the WeCom self-built app callback (path/90239, 90241): the encrypted envelope, the
 * decrypted message, and the passive reply. Every value stays a string: MsgId has 19 digits, more than
 * a double holds. Values may or may not be CDATA, with or without newlines between elements; parsing
 * goes by tag name, so element order does not matter.
 */
import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import type { Result } from './wecom-crypto.js';
import type { SealedReply } from './wecom-crypto.js';

// Entity processing is off in the parser itself: a DOCTYPE's entities are never expanded, whatever
// slipped past the checks below. CDATA is kept apart (`__cdata`) so that only text outside it has its
// five predefined references (&amp; &lt; ...) decoded, by `decodeReferences`, one character each.
const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: false,
  processEntities: false,
  cdataPropName: '__cdata',
});

const builder = new XMLBuilder({ cdataPropName: '__cdata', suppressEmptyNode: false });

/**
 * True when `<!DOCTYPE` or `<!ENTITY` appears anywhere outside a CDATA section: WeCom never sends
 * either, and a user who types "<!DOCTYPE" in a message has it inside CDATA. One linear pass, so no
 * comment, processing instruction or element placed before it can hide it.
 */
function declaresDocumentType(xml: string): boolean {
  for (let from = 0; ;) {
    const cdata = xml.indexOf('<![CDATA[', from);
    const outside = xml.slice(from, cdata === -1 ? xml.length : cdata);
    if (/<!(?:DOCTYPE|ENTITY)/i.test(outside)) return true;
    if (cdata === -1) return false;
    const close = xml.indexOf(']]>', cdata + 9);
    // An unclosed CDATA section makes the document malformed; the validator refuses it.
    if (close === -1) return false;
    from = close + 3;
  }
}

const REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(lt|gt|amp|quot|apos));/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The predefined and numeric character references of XML text; anything else stays as written. */
function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return PREDEFINED[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const cdataValue = z.object({ __cdata: z.string() }).transform((value) => value.__cdata);
/** One element's text: plain (references decoded) or CDATA (literal); a repeated element is refused. */
const elementText = z.union([z.string().transform(decodeReferences), cdataValue]);

/** The parsed document: one `<xml>` root. Built once: a zod schema built per request cost ~5% of a callback. */
const rootSchema = z.object({ xml: z.record(z.string(), z.unknown()) });

/** Parses an XML document whose root is `<xml>` into its children's texts, or reports it malformed. */
function parseXmlRoot(xml: string): Result<Record<string, string>, 'malformed-xml'> {
  if (declaresDocumentType(xml) || XMLValidator.validate(xml) !== true) return { ok: false, error: 'malformed-xml' };
  const document: unknown = parser.parse(xml);
  const root = rootSchema.safeParse(document);
  if (!root.success) return { ok: false, error: 'malformed-xml' };
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(root.data.xml)) {
    const parsed = elementText.safeParse(value);
    // Elements WeCom may add later with children of their own are skipped, not refused.
    if (parsed.success) fields[name] = parsed.data;
    else if (Array.isArray(value)) return { ok: false, error: 'malformed-xml' };
  }
  return { ok: true, value: fields };
}

/** The largest ciphertext read from an envelope; WeCom's are a few KB. */
const MAX_ENCRYPT_CHARS = 64 * 1024;
const ENCRYPT_VALUE = new RegExp(
  `\\s*(?:<!\\[CDATA\\[([^<\\]]{1,${MAX_ENCRYPT_CHARS}})\\]\\]>|([^<\\]\\s]{1,${MAX_ENCRYPT_CHARS}}))\\s*</Encrypt>`,
  'y',
);

/** The outer POST body's one field that matters: the ciphertext, the only part the signature covers. */
export interface WecomEnvelope {
  encrypt: string;
}

/**
 * Reads the ciphertext out of the encrypted POST body without parsing the XML: the body is
 * anonymous until its signature is checked, so it gets a few linear scans and nothing more (no tree,
 * no entities). Exactly one `<Encrypt>` (its text in CDATA or not) inside an `<xml>` root, whose
 * value the signature check and the decryption then judge;
 * any DOCTYPE or ENTITY declaration refuses the body.
 *
 * @example
 * parseEnvelope('<xml><ToUserName><![CDATA[ww1]]></ToUserName><Encrypt><![CDATA[Kl7k...]]></Encrypt></xml>')
 * // { ok: true, value: { encrypt: 'Kl7k...' } }
 */
export function parseEnvelope(xml: string): Result<WecomEnvelope, 'malformed-xml'> {
  const malformed = { ok: false, error: 'malformed-xml' } as const;
  const body = xml.trim();
  if (!/^(?:<\?xml[^>]{0,200}\?>\s*)?<xml>/.test(body) || !body.endsWith('</xml>') || /<!(?:DOCTYPE|ENTITY)/i.test(body)) return malformed;
  const open = body.indexOf('<Encrypt>');
  if (open === -1 || body.indexOf('<Encrypt>', open + 1) !== -1) return malformed;
  ENCRYPT_VALUE.lastIndex = open + '<Encrypt>'.length;
  const match = ENCRYPT_VALUE.exec(body);
  const encrypt = match?.[1] ?? match?.[2];
  return encrypt === undefined ? malformed : { ok: true, value: { encrypt } };
}

const text = z.string();
const messageSchema = z.object({
  ToUserName: text.min(1),
  FromUserName: text.min(1),
  CreateTime: text.regex(/^\d{1,12}$/),
  MsgType: text.min(1),
  Content: text.optional(),
  MsgId: text.regex(/^\d{1,30}$/).optional(),
  AgentID: text.optional(),
  Event: text.optional(),
  EventKey: text.optional(),
});

/** A decrypted WeCom message or event, fields as strings, exactly as sent. */
export interface WecomMessage {
  /** The CorpID. */
  toUserName: string;
  /** The member's UserID. */
  fromUserName: string;
  createTime: string;
  /** "text", "image", "voice", "event", ... */
  msgType: string;
  content?: string;
  msgId?: string;
  agentId?: string;
  /** For events: "subscribe", "enter_agent", "click", ... */
  event?: string;
  eventKey?: string;
}

/**
 * Parses the decrypted message XML.
 *
 * @example
 * parseWecomMessage('<xml><ToUserName>ww1</ToUserName><FromUserName>u</FromUserName><CreateTime>1476422779</CreateTime>'
 *   + '<MsgType>text</MsgType><Content>你好</Content><MsgId>4561255354251345929</MsgId></xml>')
 * // { ok: true, value: { msgType: 'text', content: '你好', msgId: '4561255354251345929', ... } }
 */
export function parseWecomMessage(xml: string): Result<WecomMessage, 'malformed-xml'> {
  const root = parseXmlRoot(xml);
  if (!root.ok) return root;
  const message = messageSchema.safeParse(root.value);
  if (!message.success) return { ok: false, error: 'malformed-xml' };
  const m = message.data;
  return {
    ok: true,
    value: {
      toUserName: m.ToUserName,
      fromUserName: m.FromUserName,
      createTime: m.CreateTime,
      msgType: m.MsgType,
      content: m.Content,
      msgId: m.MsgId,
      agentId: m.AgentID,
      event: m.Event,
      eventKey: m.EventKey,
    },
  };
}

/** The plaintext of a passive text reply. Note the swap: it goes to the member, from the corp. */
export interface WecomTextReply {
  /** The member's UserID (the request's FromUserName). */
  toUserName: string;
  /** The CorpID (the request's ToUserName). */
  fromUserName: string;
  createTime: string;
  content: string;
}

/**
 * Builds the plaintext passive-reply XML (path/90241). Text goes in CDATA; a `]]>` inside is split
 * safely by the builder.
 *
 * @example
 * buildTextReplyXml({ toUserName: 'u', fromUserName: 'ww1', createTime: '1700000000', content: '你好' })
 * // '<xml><ToUserName><![CDATA[u]]></ToUserName>...<Content><![CDATA[你好]]></Content></xml>'
 */
export function buildTextReplyXml(reply: WecomTextReply): string {
  return builder.build({
    xml: {
      ToUserName: { __cdata: reply.toUserName },
      FromUserName: { __cdata: reply.fromUserName },
      CreateTime: reply.createTime,
      MsgType: { __cdata: 'text' },
      Content: { __cdata: reply.content },
    },
  }) as string;
}

/**
 * Wraps a sealed reply in the envelope WeCom expects back (the official libraries' template).
 *
 * @example
 * buildEncryptedReplyXml({ encrypt: 'abc=', signature: 'f00', timestamp: '1700000000', nonce: '42' })
 * // '<xml><Encrypt><![CDATA[abc=]]></Encrypt><MsgSignature><![CDATA[f00]]></MsgSignature><TimeStamp>1700000000</TimeStamp><Nonce><![CDATA[42]]></Nonce></xml>'
 */
export function buildEncryptedReplyXml(sealed: SealedReply): string {
  return builder.build({
    xml: {
      Encrypt: { __cdata: sealed.encrypt },
      MsgSignature: { __cdata: sealed.signature },
      TimeStamp: sealed.timestamp,
      Nonce: { __cdata: sealed.nonce },
    },
  }) as string;
}
