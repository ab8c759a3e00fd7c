/** Override priorities, exactly as nixpkgs: a lower number wins. */
export const priorities = {
  /** `mkVMOverride` */
  vmOverride: 10,
  /** `mkForce` */
  force: 50,
  /** `mkImageMediaOverride` */
  imageMediaOverride: 60,
  /** a plain definition */
  plain: 100,
  /** `mkDefault` */
  default: 1000,
  /** `mkOptionDefault`, and an option's own `default` */
  optionDefault: 1500,
} as const;

/** Order priorities for list and string merging: a lower number comes first. */
export const orderPriorities = {
  /** `mkBefore` */
  before: 500,
  /** a plain definition */
  plain: 1000,
  /** `mkAfter` */
  after: 1500,
} as const;
