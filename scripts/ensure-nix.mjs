// Real Nix checks the Nix that cdknix emits. Install it where we can (root on Debian, as in CI),
// otherwise say exactly what is missing.
import { spawnSync } from 'node:child_process';

const has = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

export function ensureNix() {
  if (has('nix-instantiate')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    process.stdout.write('Installing nix-bin (real Nix checks the emitted Nix)...\n');
    spawnSync(
      'sh',
      ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nix-bin'],
      { stdio: 'inherit' },
    );
    if (has('nix-instantiate')) return;
  }
  process.stderr.write(
    'cdknix tests need real Nix: install it with `apt-get install -y nix-bin` (Debian) or from nixos.org, then run again.\n',
  );
  process.exit(1);
}
