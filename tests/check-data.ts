/**
 * What the checks' sentences look up, built from atlas.json alone: for tests that word the checks
 * of a fixture build, which has no page index.
 */
import type { CheckData } from '../src/data/check-index.ts';
import { checkExplanation, checkTitle } from '../src/i18n/en-checks.ts';
import type { Atlas, DataCheck } from '../src/schema/index.ts';

export function checkData(atlas: Atlas): CheckData {
  const places = atlas.events.flatMap((e) => e.places);
  const routes = atlas.events.flatMap((e) => e.routes);
  return {
    claimsById: new Map(atlas.claims.map((c) => [c.id, c])),
    partiesById: new Map(atlas.parties.map((p) => [p.id, p])),
    districtsById: new Map(atlas.districts.map((d) => [d.id as string, d])),
    eventsById: new Map(atlas.events.map((e) => [e.id as string, e])),
    eventPlacesById: new Map(places.map((p) => [p.id as string, p])),
    routesById: new Map(routes.map((r) => [r.id as string, r])),
    areasById: new Map(atlas.areas.map((a) => [a.id as string, a])),
  };
}

/** Each check's title and explanation as the page words them. */
export function wordedChecks(atlas: Atlas): Array<{ check: DataCheck; title: string; explanation: string }> {
  const data = checkData(atlas);
  return atlas.checks.map((check) => ({ check, title: checkTitle(check, data), explanation: checkExplanation(check, data) }));
}
