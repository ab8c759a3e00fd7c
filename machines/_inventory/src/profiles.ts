import { darwinApps } from '@cdknix/aspect-darwin-apps';
import { darwinCore } from '@cdknix/aspect-darwin-core';
import { homebrew } from '@cdknix/aspect-homebrew';
import { nixosCore } from '@cdknix/aspect-nixos-core';
import { nixosServices } from '@cdknix/aspect-nixos-services';
import { shell } from '@cdknix/aspect-shell';
import type { AspectReference } from '@cdknix/constructs';

/** What every laptop is; a laptop adds its own aspects after these. */
export const laptopAspects: readonly AspectReference[] = [darwinCore, darwinApps, homebrew, shell];

/** What every server is; a server adds its own aspects after these. */
export const serverAspects: readonly AspectReference[] = [nixosCore, nixosServices, shell];
