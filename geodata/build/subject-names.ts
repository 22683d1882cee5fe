import { COUNTRY_ID, NKAO_ID } from '../../src/schema/index.ts';
import type { Inputs } from './read-inputs.ts';

/** How the build's check texts name a subject: the Azerbaijani name first, as the popups do. */
export function subjectNamer(inputs: Inputs): (id: string) => string {
  const names = new Map<string, string>([[COUNTRY_ID, 'Azerbaijan']]);
  for (const d of inputs.districts) names.set(d.value.id, d.value.id === NKAO_ID ? 'the former NKAO' : d.value.name_az);
  for (const r of [...inputs.events.events, ...inputs.events.places]) names.set(r.value.id, r.value.name_az);
  for (const r of inputs.events.routes) names.set(r.value.id, r.value.name_en);
  return (id) => names.get(id) ?? id;
}

/** "idp_armenian_controlled_areas" → "idp-armenian-controlled-areas", for check ids (slugs). */
export const slugOf = (s: string): string => s.toLowerCase().replace(/_/g, '-');
