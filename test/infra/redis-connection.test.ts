import { afterEach, expect, it } from 'vitest';
import type { Redis } from 'ioredis';
import { connectRedis } from '../../src/infra/redis-connection.js';
import { createRedisStore } from '../../src/infra/redis-store.js';
import { createRedisLock } from '../../src/infra/user-lock.js';
import { captureLogger } from '../support/capture-logger.js';
import { describeWithRedis, startRedisServer, type RedisServer } from '../support/redis-server.js';

const OLD_PASSWORD = 'old-Pa55word-7f3a9c';
const NEW_PASSWORD = 'new-Pa55word-b41e08';

describeWithRedis('redis logs', () => {
  let server: RedisServer | undefined;
  const clients: Redis[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.disconnect();
    await server?.stop();
  });

  it('a password rotation logs the failed AUTH without either password, and commands fail without them too', async () => {
    server = await startRedisServer();
    const url = new URL(server.url);
    const admin = await connectRedis(server.url);
    clients.push(admin);
    await admin.config('SET', 'requirepass', OLD_PASSWORD);
    url.password = OLD_PASSWORD;
    const log = captureLogger('debug');
    const redis = await connectRedis(url.toString(), { logger: log.logger, maxReconnectDelayMs: 100 });
    clients.push(redis);
    const store = createRedisStore<{ step: number }>({ redis, prefix: 's:', ttlSeconds: 60, logger: log.logger });
    const lock = createRedisLock({ redis, prefix: 'lock:', logger: log.logger });
    await lock.run('wecom:zhangsan', () => store.write('wecom:zhangsan', { step: 1 }));

    // The operator rotates the password; the bot still has the old one and reconnects with it.
    const rotate = await connectRedis(url.toString());
    clients.push(rotate);
    await rotate.config('SET', 'requirepass', NEW_PASSWORD);
    await rotate.client('KILL', 'TYPE', 'normal').catch(() => undefined);
    const refused = await log.waitFor((line) => JSON.stringify(line).includes('WRONGPASS'));
    expect(refused).toMatchObject({ msg: 'redis connection error', err: expect.stringMatching(/WRONGPASS.*\(command auth\)/) as unknown });
    await expect(lock.run('wecom:zhangsan', () => store.read('wecom:zhangsan'))).rejects.toThrow();
    // A connection attempt with the old password fails with a message that names no password either.
    const attempt = await connectRedis(url.toString()).then(() => 'connected', (error: unknown) => String(error));
    expect(attempt).toMatch(/cannot connect to Redis at 127\.0\.0\.1:\d+/);

    for (const text of [log.text(), attempt]) {
      expect(text).not.toContain(OLD_PASSWORD);
      expect(text).not.toContain(NEW_PASSWORD);
      expect(text).not.toContain('zhangsan');
    }
  });
});
