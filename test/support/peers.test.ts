import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPeer, missingPeerLine } from './peers.js';

describe('peers', () => {
  const saved = { PATH: process.env.PATH, REQUIRE_PEERS: process.env.REQUIRE_PEERS };
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.REQUIRE_PEERS === undefined) delete process.env.REQUIRE_PEERS;
    else process.env.REQUIRE_PEERS = saved.REQUIRE_PEERS;
  });

  it('finds a peer only on the PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'relief-peers-'));
    try {
      process.env.PATH = dir;
      expect(findPeer('chromium')).toBeUndefined();
      symlinkSync('/bin/true', join(dir, 'chromium'));
      expect(findPeer('chromium')).toBe(join(dir, 'chromium'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names what to install in one line, and says skipped unless REQUIRE_PEERS=1', () => {
    delete process.env.REQUIRE_PEERS;
    expect(missingPeerLine('redis-server', 'redis store')).toBe(
      'redis store: redis-server is not installed (apt-get install redis-server); skipped',
    );
    process.env.REQUIRE_PEERS = '1';
    expect(missingPeerLine('chromium', 'console')).toBe('console: chromium is not installed (apt-get install chromium)');
  });
});
