import type { AreaRecord, CheckCategory, Claim, DataCheck, DistrictSummary, EventPlaceSummary, EventSummary, Party, RouteSummary } from '../schema/index.ts';

/** Lists, not verdicts: a popup row does not carry their badge (it would sit on nearly every row). */
export const INVENTORY: ReadonlySet<CheckCategory> = new Set(['gap', 'single-source', 'unchecked-quote', 'no-source-named']);

export interface CheckLookup {
  byId: ReadonlyMap<string, DataCheck>;
  /** the checks (not inventories) that name a claim, as input or as the figure compared against */
  forClaim(claimId: string): readonly DataCheck[];
  /** the inventory of quotes not read yet, if the data has one */
  uncheckedList: DataCheck | undefined;
  /** the inventory of quotes read only in a copy on another site, if the data has one */
  copiesList: DataCheck | undefined;
}

export function indexChecks(checks: readonly DataCheck[]): CheckLookup {
  const byClaim = new Map<string, DataCheck[]>();
  for (const check of checks) {
    if (INVENTORY.has(check.category)) continue;
    for (const id of [...check.inputs, ...(check.against === null ? [] : [check.against])]) {
      const list = byClaim.get(id);
      if (list) {
        if (!list.includes(check)) list.push(check);
      } else byClaim.set(id, [check]);
    }
  }
  return {
    byId: new Map(checks.map((c) => [c.id, c])),
    forClaim: (id) => byClaim.get(id) ?? [],
    uncheckedList: checks.find((c) => c.id === 'quotes-not-checked'),
    copiesList: checks.find((c) => c.id === 'quotes-read-in-copies'),
  };
}

/**
 * The names a check's title needs, from the data: parties, and each kind of subject by id. The
 * page's index has them all; the sentences choose which name of a place they use.
 */
export interface CheckNames {
  partiesById: ReadonlyMap<string, Pick<Party, 'name'>>;
  districtsById: ReadonlyMap<string, Pick<DistrictSummary, 'name_az' | 'name_en'>>;
  eventsById: ReadonlyMap<string, Pick<EventSummary, 'name_az'>>;
  eventPlacesById: ReadonlyMap<string, Pick<EventPlaceSummary, 'name_az'>>;
  routesById: ReadonlyMap<string, Pick<RouteSummary, 'name_en'>>;
  areasById: ReadonlyMap<string, Pick<AreaRecord, 'name_en' | 'name_az'>>;
}

/** A check's explanation also quotes the figures it is about. */
export interface CheckData extends CheckNames {
  claimsById: ReadonlyMap<string, Claim>;
}
