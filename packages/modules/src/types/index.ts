import { anything, attrs, raw, unspecified } from './anything.js';
import { attrsOf, lazyAttrsOf } from './attrs-of.js';
import { deferredModule } from './deferred-module.js';
import { either, oneOf } from './either.js';
import { enumOf } from './enum.js';
import { ints, port } from './ints.js';
import { listOf } from './list-of.js';
import { nullOr } from './null-or.js';
import { bool, float, int, number, str } from './scalars.js';
import { commas, lines, nonEmptyStr, separatedString, strMatching } from './strings.js';
import { submodule, submoduleWith } from './submodule.js';
import { uniq, unique } from './unique.js';

/** The option types, named as in nixpkgs `lib.types`. */
export const types = {
  bool,
  int,
  float,
  number,
  str,
  lines,
  commas,
  nonEmptyStr,
  port,
  ints,
  anything,
  raw,
  attrs,
  unspecified,
  deferredModule,
  separatedString,
  strMatching,
  enum: enumOf,
  listOf,
  attrsOf,
  lazyAttrsOf,
  nullOr,
  uniq,
  unique,
  either,
  oneOf,
  submodule,
  submoduleWith,
} as const;
