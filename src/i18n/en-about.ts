/**
 * The About and method panel, the Share button and the view controls, in words. The panel says
 * what the atlas is and how to read it; it describes sources and marks, never how the work was done.
 */
export const ABOUT_UI = {
  button: 'About & method',
  title: 'About this atlas and how to read it',
  close: 'Close',
  sections: [
    {
      heading: 'What this atlas is',
      body: [
        'An interactive map of the districts affected by the Nagorno-Karabakh war (1988–1994 and after). Every figure on it is a claim: a value, its unit and date, who states it and from which side, the source where it is written, the page or paragraph, and the exact quote.',
        'The map attributes; it never adjudicates. Where sources disagree their figures stand side by side. They are never added up, averaged or chosen between. Its own words take no side: a party’s terms appear only inside quotes or attributed to that party.',
      ],
    },
    {
      heading: 'The article it starts from',
      body: [
        'The atlas began from one article on the consequences of the war for Azerbaijan. Its author, date and place of publication are not given. It is one-sided: it presents Azerbaijan’s official figures and terms. Its figures are kept as it prints them, its own contradictions are shown as data checks (its district list sums to 560,098, against the “more than 568,000” it states), and figures from other sources stand beside them: Armenian-side bodies and third parties such as UN agencies, human-rights organisations and foreign newspapers.',
      ],
    },
    {
      heading: 'Colours, hatching, stripes and lines',
      body: [
        'Fill colours: the class of the figure the map is shaded by (the legend gives each class). Grey hatching: no figure in the sources for that place, never zero. Red and white stripes: the sources’ figures fall in different classes (“sources differ”); the popup lists them all.',
        'Coloured outlines: the article’s groups of districts (former NKAO, the seven surrounding districts, bordering Armenia, on the line of contact, Nakhchivan). Dashed outline: the former Nagorno-Karabakh Autonomous Oblast as of 1991. On the event layer, a solid dot is a place with sourced coordinates; a hatched area is a place no source locates, drawn where the descriptions put it; the dashed route is an illustration inside an uncertainty corridor.',
        'Some figures are for an area the map draws no outline for: a region of the de facto authorities, Armenia, both sides together. They stay on that area, listed beside the legend and in the national panel, and are never spread over districts.',
      ],
    },
    {
      heading: 'Control over time',
      body: [
        '“Control over time”, under the map, shades the districts by who held them on a chosen day, 1988–2024, by the dates the sources give: Azerbaijani control; Armenian forces or the de facto authorities (one colour, since the sources word it both ways; each popup quotes them); a district hatched when a part of it changed, from one village to most of the district, since no line is drawn for a part; and stripes (“date uncertain”) while the sources’ dates for a change differ, or while a source gives only a period (“1988–1992”), exactly from the first day to the last. A district with no reported change is drawn under Azerbaijani control throughout.',
        'Each change is a claim with its source and quote, in the popup’s dated history. Where a place is dated only by a wider area (a rayon of the former NKAO by Nagorno-Karabakh as a whole), the popup says so. The marks on the axis are the changes, the 1993 Security Council resolutions, the ceasefires, the dated events and the displacement periods; each opens its quotes. Play runs a month a step; the arrow keys move a day, Page Up and Page Down a month.',
      ],
    },
    {
      heading: 'How each quote was read',
      body: [
        'Every figure says how closely its quote was read: “read in full” (the whole original), “excerpt read” (part of the original; which part is named), “read in a copy” (on another site than the original publisher’s, which is named), or “not read yet” (a figure whose quote no copy has been read for). The data-quality view lists every check: sums, conversions, figures and dates that differ, gaps, figures that rest on one claimant.',
      ],
    },
    {
      heading: 'How to cite',
      body: [
        '“Cite” on a figure gives its citation (BibTeX, BibLaTeX, CSL-JSON, RIS) with the claimant, the figure, the data version and a link to the view. “Share” copies the link of the view on screen; the link reopens the same view, theme, timeline day and popup. The export panel prints the view with its legend, sources and link. Please cite the original source of a figure, and this atlas as where it was found, with its data version.',
      ],
    },
  ],
  share: 'Share',
  shareTitle: 'Copy the link of this view',
  shareCopied: 'Link copied',
  shareSelect: 'Copy this link:',
  resetView: 'Reset view',
  fullscreen: 'Full screen',
  exitFullscreen: 'Leave full screen',
} as const;
