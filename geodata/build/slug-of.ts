/** "idp_armenian_controlled_areas" → "idp-armenian-controlled-areas", for check ids (slugs). */
export const slugOf = (s: string): string => s.toLowerCase().replace(/_/g, '-');
