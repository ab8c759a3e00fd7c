import { defineAspect } from '@cdknix/constructs';
import { cloud } from './cloud.js';
import { containers } from './containers.js';
import { kubernetes } from './kubernetes.js';
import { secrets } from './secrets.js';
import { transfer } from './transfer.js';

export const tools = defineAspect({
  name: 'tools',
  description: 'Cloud, Kubernetes, container, secrets and file-transfer tools.',
  parts: [cloud, kubernetes, containers, secrets, transfer],
});
