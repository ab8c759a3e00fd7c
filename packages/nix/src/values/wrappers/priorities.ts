// The module system's priority numbers, from nixpkgs lib/modules.nix. Lower numbers win
// (override) or come first (order). Named once, here.

/** Override priorities: only the definitions with the lowest number survive. */
export const overridePriority = {
  /** mkVMOverride */
  vm: 10,
  /** mkForce */
  force: 50,
  /** mkImageMediaOverride */
  imageMedia: 60,
  /** a plain definition (defaultOverridePriority) */
  plain: 100,
  /** mkDefault */
  default: 1000,
  /** mkOptionDefault: the option's own default */
  optionDefault: 1500,
} as const;

/** Order priorities: definitions are sorted by this number, stably. */
export const orderPriority = {
  /** mkBefore */
  before: 500,
  /** a plain definition (defaultOrderPriority) */
  plain: 1000,
  /** mkAfter */
  after: 1500,
} as const;
