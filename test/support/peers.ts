// The one place that decides what a test needing a real peer (redis-server, Chromium) does when the
// peer is missing: a newcomer's `npm test` skips those tests with one line naming what to install;
// CI (REQUIRE_PEERS=1, set by .ci/run, which installs both) fails instead, so nothing passes unseen.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'vitest';

/** A program some tests run for real on loopback. */
export type Peer = 'redis-server' | 'chromium';

const INSTALL: Record<Peer, string> = {
  'redis-server': 'apt-get install redis-server',
  chromium: 'apt-get install chromium',
};

/** The peer's executable on the PATH, or undefined when it is not installed. */
export function findPeer(peer: Peer): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, peer);
    try {
      accessSync(candidate, constants.X_OK);
    } catch {
      continue;
    }
    // redis-server must also start (a broken package leaves a binary that cannot run).
    if (peer === 'redis-server' && spawnSync(candidate, ['--version'], { stdio: 'ignore' }).status !== 0) continue;
    return candidate;
  }
  return undefined;
}

/** True when REQUIRE_PEERS=1: a missing peer is then a failure, not a skip. */
export function peersRequired(): boolean {
  return process.env.REQUIRE_PEERS === '1';
}

/** The one line printed (or thrown, under REQUIRE_PEERS=1) for a block whose peer is missing. */
export function missingPeerLine(peer: Peer, name: string): string {
  return `${name}: ${peer} is not installed (${INSTALL[peer]})${peersRequired() ? '' : '; skipped'}`;
}

/**
 * `describe` for tests that need `peer`. Installed: the block runs. Missing: the block is skipped with
 * one line saying what to install, or, with REQUIRE_PEERS=1, fails with that line.
 */
export function describeWithPeer(peer: Peer, name: string, body: () => void): void {
  if (findPeer(peer) !== undefined) {
    describe(name, body);
  } else if (peersRequired()) {
    describe(name, () => {
      it(`needs ${peer}`, () => {
        throw new Error(missingPeerLine(peer, name));
      });
    });
  } else {
    console.warn(missingPeerLine(peer, name));
    describe.skip(name, body);
  }
}
