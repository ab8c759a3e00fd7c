// The cost of one submodule instance: an attribute set of 4,000 users, each a submodule with
// four options (two with defaults, one computed from the instance's name) and two definitions
// (one of them a list with an `mkIf` element). Prints the median time per instance over 12
// evaluations after a warm-up (decision 0005: 52 µs before that work, 20–23 µs after).
import {
  evalModules,
  type ModuleArguments,
  type ModuleInput,
  mkIf,
  mkOption,
  types,
} from '../src/index.js';
import { timedRuns } from './timed-runs.js';

const instances = Number(process.argv[2] ?? 4000);
const runs = 12;

const user = types.submodule(({ name }: ModuleArguments) => ({
  options: {
    uid: mkOption({ type: types.int }),
    shell: mkOption({ type: types.str, default: 'bash' }),
    groups: mkOption({ type: types.listOf(types.str), default: [] }),
    home: mkOption({ type: types.str, default: () => `/home/${name}` }),
  },
}));

const modules: ModuleInput[] = [
  { options: { users: mkOption({ type: types.attrsOf(user), default: {} }) } },
];
for (let index = 0; index < instances; index += 1) {
  modules.push({
    config: { users: { [`u${index}`]: { uid: 1000 + index, groups: ['g0', mkIf(true, 'x')] } } },
  });
}

function evaluate(): void {
  evalModules({ modules }).valueOf(['users']);
}

const { medianMs: median } = timedRuns(evaluate, runs);
console.log(
  `${instances} submodule instances: median ${median.toFixed(1)} ms, ` +
    `${((median * 1000) / instances).toFixed(1)} µs per instance`,
);
