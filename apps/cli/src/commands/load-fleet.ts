import { Fleet, type OptionSets, type Problem } from '@cdknix/constructs';
import { loadConfig } from '../config/load-config.js';
import { discoverHosts } from '../discover/discover-hosts.js';

export interface LoadedFleet {
  fleet: Fleet;
  out: string;
  optionSets: OptionSets;
  problems: Problem[];
}

/** Discover every machine package under the configured folders and build the fleet. */
export async function loadFleet(root: string): Promise<LoadedFleet> {
  const config = await loadConfig(root);
  const { hosts, problems } = await discoverHosts(root, config);
  const fleet = new Fleet({ root });
  for (const { spec } of hosts) fleet.addHost(spec);
  return {
    fleet,
    out: config.out,
    optionSets: config.optionSets,
    problems: [...config.problems, ...problems],
  };
}
