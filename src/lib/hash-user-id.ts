import { createHash } from 'node:crypto';

/**
 * A stable, non-reversible id for logs: user ids are personal data, so logs carry this instead.
 *
 * @example hashUserId('wecom:zhangsan') // '3f2a…' (12 hex characters)
 */
export function hashUserId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
