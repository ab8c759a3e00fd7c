export { authorizeMembersScript } from './authorize-members.js';
export { zerotier } from './zerotier.js';
export {
  instanceSettingsSchema,
  memberIdFact,
  memberIdPattern,
  networkIdSchema,
  type ZerotierInstanceSettings,
} from './zerotier-settings.js';
