import { z } from 'zod';

/** A ZeroTier network id: 16 hexadecimal digits, the controller's member id then 6 more. */
export const networkIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, 'a ZeroTier network id is 16 lowercase hex digits');

/** A ZeroTier member (node) id: 10 hexadecimal digits. */
export const memberIdPattern = /^[0-9a-f]{10}$/;

export const instanceSettingsSchema = z.object({
  networkId: networkIdSchema,
  /** The DNS suffix peers are reachable under: `cinnabar.zt`. */
  domain: z.string().default('zt'),
});
export type ZerotierInstanceSettings = z.output<typeof instanceSettingsSchema>;

/** The fact each member publishes: its ZeroTier member id. */
export const memberIdFact = 'zerotierMemberId';
