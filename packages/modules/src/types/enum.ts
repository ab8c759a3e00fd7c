import { equalValues } from './merge-strategies.js';
import { mkOptionType, type OptionType } from './option-type.js';

type EnumMember = string | number | boolean;

function show(member: EnumMember): string {
  return typeof member === 'string' ? JSON.stringify(member) : String(member);
}

function describe(members: readonly EnumMember[]): string {
  if (members.length === 0) return 'impossible (empty enum)';
  if (members.length === 1) return `value ${show(members[0]!)} (singular enum)`;
  return `one of ${members.map(show).join(', ')}`;
}

const membersOf = new WeakMap<OptionType, readonly EnumMember[]>();

/** One of the listed values. Two declarations of an enum option accept the union of both. */
export function enumOf<const Member extends EnumMember>(
  members: readonly Member[],
): OptionType<Member> {
  const type = mkOptionType<Member>({
    name: 'enum',
    description: describe(members),
    descriptionClass: members.length < 2 ? 'noun' : 'conjunction',
    check: (value) => members.includes(value as Member),
    payload: { members },
    ...equalValues<Member>(),
    typeMerge: (other) => {
      const otherMembers = membersOf.get(other);
      if (otherMembers === undefined) return undefined;
      return enumOf([
        ...members,
        ...otherMembers.filter((member) => !members.includes(member as Member)),
      ]);
    },
  });
  membersOf.set(type, members);
  return type;
}
