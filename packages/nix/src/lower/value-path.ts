import { spellAttributeName } from '../syntax/attribute-name.js';

/** A value path as people read it: `services.nginx.virtualHosts."example.org".listen[0]`. */
export function renderValuePath(segments: readonly (string | number)[]): string {
  if (segments.length === 0) return '<root>';
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? spellAttributeName(segment) : `.${spellAttributeName(segment)}`;
  }
  return text;
}
