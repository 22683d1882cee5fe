/**
 * P8's data: ten times today's claims for the same places. Written at the input level (a copy of
 * geodata/claims/ with every claim repeated) and then put through the tree's own data build, so
 * it holds whatever output format that tree's build writes (one atlas.json, or a first-load file
 * and per-place files) and the app reads it as it reads real data.
 * `npx tsx bench/scale-fixture.ts [/tmp/dir]` makes it on its own and prints where.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.ts';

/** today's claims times this */
export const SCALE = 10;

/**
 * Copy k of a claim. The claim id schema is a lower-case slug (a-z, 0-9, single hyphens, ≤ 80
 * characters: no "~" or "."), and no curated id ends in "-x<digits>", so `<id>-x2` … `-x10` are new.
 */
export const copyId = (id: string, k: number): string => `${id}-x${k}`;

interface ClaimLike {
  id: string;
  subject: string;
  claimed_by: string;
  source: string;
}

/** the party of the list the map shades by (geodata/build/join-claims.ts) */
const USCR = 'uscr';

/**
 * Which claims get copies: those on a place of the map (an id in claims/districts.json: a district
 * or the NKAO), what a place's popup lists. Left single: the USCR figures the seed article relays,
 * the list the map shades by, of which the build takes exactly one per place and stops on a
 * second; and claims on events and on the country, which no place's popup lists. Those last are
 * also why not everything is multiplied: the build writes some checks' inputs out in one text (the
 * national displaced-people series, a Khojaly figure all sources differ on), and ten times those
 * pass the schema's 4,000-character limit, so the build stops.
 */
export function multiplies(places: ReadonlySet<string>, seed: string | undefined): (c: ClaimLike) => boolean {
  return (c) => places.has(c.subject) && !(c.claimed_by === USCR && c.source === seed);
}

/** Each claim, then its copies where `multiply` says so: same subject, metric, value and source, new id. */
export function withCopies(claims: readonly ClaimLike[], multiply: (c: ClaimLike) => boolean): ClaimLike[] {
  return claims.flatMap((c) => (multiply(c) ? [c, ...Array.from({ length: SCALE - 1 }, (_, i) => ({ ...c, id: copyId(c.id, i + 2) }))] : [c]));
}

export interface ScaledData {
  /** the built outputs: what ATLAS_GEODATA points the app's build at */
  outDir: string;
  claims: { before: number; after: number };
  /** the data build's own one-line summary of what it wrote */
  built: string;
}

/**
 * Copies `tree`'s geodata/claims/ into `work`/inputs/claims (claims multiplied), runs that tree's
 * buildData on it with the tree's own geodata/sources, into `work`/geodata. The tree may be
 * another revision (BENCH_BEFORE): its build is imported from its own folder.
 */
export async function buildScaledData(tree: string, work: string): Promise<ScaledData> {
  const claimsDir = resolve(work, 'inputs/claims');
  const outDir = resolve(work, 'geodata');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  cpSync(resolve(tree, 'geodata/claims'), claimsDir, { recursive: true });
  const read = <T>(name: string) => JSON.parse(readFileSync(resolve(claimsDir, name), 'utf8')) as T;
  const seed = read<{ id: string; seed?: boolean }[]>('sources.json').find((s) => s.seed === true)?.id;
  const multiply = multiplies(new Set(read<{ id: string }[]>('districts.json').map((d) => d.id)), seed);
  let before = 0;
  let after = 0;
  const perPlace = resolve(claimsDir, 'claims');
  for (const name of readdirSync(perPlace).filter((n) => n.endsWith('.json')).sort()) {
    const file = resolve(perPlace, name);
    const claims = JSON.parse(readFileSync(file, 'utf8')) as ClaimLike[];
    const scaled = withCopies(claims, multiply);
    before += claims.length;
    after += scaled.length;
    writeFileSync(file, `${JSON.stringify(scaled, null, 2)}\n`);
  }
  type Build = (opts: { sourcesDir: string; claimsDir: string; outDir: string; complete?: boolean }) => { version: string; sizes: Record<string, number> };
  const { buildData } = (await import(pathToFileURL(resolve(tree, 'geodata/build/build.ts')).href)) as { buildData: Build };
  const r = buildData({ sourcesDir: resolve(tree, 'geodata/sources'), claimsDir, outDir, complete: true });
  const built = `version ${r.version}: ${Object.entries(r.sizes).map(([n, b]) => `${n} ${b} B`).join(', ')}`;
  return { outDir, claims: { before, after }, built };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const work = resolve(process.argv[2] ?? resolve(os.tmpdir(), 'karabakh-atlas-scale'));
  buildScaledData(ROOT, work).then(
    (r) => console.log(`${r.claims.before} → ${r.claims.after} claims; ${r.built}; ATLAS_GEODATA=${r.outDir}`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
