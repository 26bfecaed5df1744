import { createHash } from 'node:crypto';

/**
 * A stable, non-reversible id for logs: user ids (and session keys such as `wecom:<UserID>`) are
 * personal data, so every log line names a user by this hash only.
 *
 * @example hashUserId('wecom:zhangsan') // '3f2a…' (12 hex characters)
 */
export function hashUserId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
