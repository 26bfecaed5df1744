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

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  htmlEntities: false,
});

const builder = new XMLBuilder({ cdataPropName: '__cdata', suppressEmptyNode: false });

/** Parses an XML document whose root is `<xml>` into its children, or reports it malformed. */
function parseXmlRoot(xml: string): Result<unknown, 'malformed-xml'> {
  // WeCom never sends a DOCTYPE; refusing one rules out entity-expansion tricks outright. Only the
  // prolog is looked at, so a user who types "<!DOCTYPE" in a message still gets an answer.
  const prolog = xml.slice(0, Math.max(0, xml.search(/<xml[\s>]/)));
  if (/<!DOCTYPE/i.test(prolog) || XMLValidator.validate(xml) !== true) return { ok: false, error: 'malformed-xml' };
  const document: unknown = parser.parse(xml);
  const root = z.object({ xml: z.record(z.string(), z.unknown()) }).safeParse(document);
  return root.success ? { ok: true, value: root.data.xml } : { ok: false, error: 'malformed-xml' };
}

const envelopeSchema = z.object({
  ToUserName: z.string().optional(),
  AgentID: z.string().optional(),
  Encrypt: z.string().min(1),
});

/** The outer POST body: who it is for and the ciphertext (the only part the signature covers). */
export interface WecomEnvelope {
  toUserName?: string;
  agentId?: string;
  encrypt: string;
}

/**
 * Parses the encrypted POST body.
 *
 * @example
 * parseEnvelope('<xml><ToUserName><![CDATA[ww1]]></ToUserName><Encrypt><![CDATA[Kl7k...]]></Encrypt></xml>')
 * // { ok: true, value: { toUserName: 'ww1', encrypt: 'Kl7k...' } }
 */
export function parseEnvelope(xml: string): Result<WecomEnvelope, 'malformed-xml'> {
  const root = parseXmlRoot(xml);
  if (!root.ok) return root;
  const envelope = envelopeSchema.safeParse(root.value);
  if (!envelope.success) return { ok: false, error: 'malformed-xml' };
  const { ToUserName, AgentID, Encrypt } = envelope.data;
  return { ok: true, value: { toUserName: ToUserName, agentId: AgentID, encrypt: Encrypt } };
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
