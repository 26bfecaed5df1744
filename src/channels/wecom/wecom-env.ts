/**
 * The WeCom channel's variables: the self-built app callback (WECOM_TOKEN, WECOM_ENCODING_AES_KEY,
 * WECOM_CORP_ID) and the 智能机器人 callback (WECOM_AIBOT_*), with one freshness window for both.
 */
import { integer, text, together, type EnvPart } from '../../lib/env-schema.js';

export interface WecomConfig {
  token: string;
  encodingAesKey: string;
  corpId: string;
  timestampToleranceSeconds: number;
}

export interface WecomAibotConfig {
  token: string;
  encodingAesKey: string;
  timestampToleranceSeconds: number;
}

/** WeCom's EncodingAESKey: 43 characters, base64 of a 32-byte key without its "=". */
const aesKey = text(/^[A-Za-z0-9]{43}$/, 'the 43-character EncodingAESKey (letters and digits) from the WeCom admin console');
const wecomToken = text(/^[A-Za-z0-9]{1,32}$/, 'the Token from the WeCom admin console (1–32 letters or digits)');

const shape = {
  WECOM_TOKEN: wecomToken,
  WECOM_ENCODING_AES_KEY: aesKey,
  WECOM_CORP_ID: text(/^[A-Za-z0-9_-]{1,64}$/, 'the CorpID (企业ID) from the WeCom admin console, e.g. ww1436e0e65a779aee'),
  WECOM_TIMESTAMP_TOLERANCE_SECONDS: integer(0, 7 * 24 * 3600, 300),
  WECOM_AIBOT_TOKEN: wecomToken,
  WECOM_AIBOT_ENCODING_AES_KEY: aesKey,
};

export const wecomEnv: EnvPart<typeof shape, { wecom: WecomConfig | null; wecomAibot: WecomAibotConfig | null }> = {
  shape,
  checks: (env) => [
    ...together(env, ['WECOM_TOKEN', 'WECOM_ENCODING_AES_KEY', 'WECOM_CORP_ID'], 'set (the WeCom app callback needs all three)'),
    ...together(env, ['WECOM_AIBOT_TOKEN', 'WECOM_AIBOT_ENCODING_AES_KEY'], 'set (the WeCom AI bot callback needs both)'),
  ],
  read: (e) => {
    const tolerance = e.WECOM_TIMESTAMP_TOLERANCE_SECONDS;
    return {
      wecom:
        e.WECOM_TOKEN && e.WECOM_ENCODING_AES_KEY && e.WECOM_CORP_ID
          ? { token: e.WECOM_TOKEN, encodingAesKey: e.WECOM_ENCODING_AES_KEY, corpId: e.WECOM_CORP_ID, timestampToleranceSeconds: tolerance }
          : null,
      wecomAibot:
        e.WECOM_AIBOT_TOKEN && e.WECOM_AIBOT_ENCODING_AES_KEY
          ? { token: e.WECOM_AIBOT_TOKEN, encodingAesKey: e.WECOM_AIBOT_ENCODING_AES_KEY, timestampToleranceSeconds: tolerance }
          : null,
    };
  },
};
