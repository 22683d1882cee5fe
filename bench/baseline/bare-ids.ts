/**
 * The app's layer, source and feature-state names the bare page uses, written out rather than
 * imported so the bare page holds no app code; bench/baseline-style.ts checks them against the
 * style it writes, so a rename in the app stops the bench instead of silently drawing nothing.
 */
export const BARE = {
  /** what a pointer hits: the district fills and the NKAO's (the app's CLICKABLE_LAYERS) */
  hitLayers: ['district-fill', 'nkao-fill'],
  /** the line layer that outlines a district when its feature-state says so */
  outlineLayer: 'district-highlight',
  /** the source those layers draw, with promoteId: feature-state keys on the district id */
  source: 'districts',
  /** the feature-state keys the outline's line-opacity reads: the app sets hover on mousemove, selected while a popup is open */
  hover: 'hover',
  selected: 'selected',
  /** the property the popup's text is */
  name: 'name_az',
} as const;
