/**
 * The themes as the page uses them: the build's models (src/schema/theme.ts) with their colours
 * and lookups by place. Nothing here classes a figure; the build did.
 */
import { IDP_CLASSES } from '../config/classes.ts';
import { DAMAGE_CLASS_COLOURS } from '../config/themes.ts';
import type { DistrictId, NKAO_ID, ThemeId, ThemeModel } from '../schema/index.ts';

/** A subject a theme can shade: a district or the former NKAO outline. */
export type ThemePlace = DistrictId | typeof NKAO_ID;

export type { ThemeId } from '../schema/index.ts';

/** One class: `below` exclusive (Infinity for the top class); `max` the largest whole number in it, or `below`. */
export interface ThemeClass {
  min: number;
  below: number;
  max: number;
  color: string;
}

/** What a place with figures is drawn as, and the ids of the claims behind it. */
export type PlaceShade =
  | { kind: 'class'; cls: number; claims: readonly string[] }
  /** its numbers fall in more than one class: `classes` ascending */
  | { kind: 'differ'; classes: readonly number[]; claims: readonly string[] };

/** The build's model with colours and lookups: the facts the legend words are the model's own. */
export interface Theme extends Readonly<Pick<ThemeModel, 'ramp' | 'integer' | 'extent' | 'units' | 'years' | 'hedged' | 'ranges' | 'population' | 'elsewhere' | 'parties'>> {
  /** 'idp' or the damage metric */
  metric: ThemeId;
  classes: readonly ThemeClass[];
  /** the places with a figure; a place not in the map has "no figure in sources" */
  shades: ReadonlyMap<ThemePlace, PlaceShade>;
  /** places drawn "sources differ" */
  differ: readonly ThemePlace[];
  /** every claim drawn */
  claimIds: readonly string[];
}

const colourOf = (ramp: ThemeModel['ramp'], count: number, i: number): string => {
  const colours = ramp === 'idp' ? IDP_CLASSES.map((c) => c.color) : (DAMAGE_CLASS_COLOURS[count] ?? []);
  return colours[i] ?? colours.at(-1) ?? '#000000';
};

export function themeOf(model: ThemeModel): Theme {
  const classes = model.classes.map((c, i) => ({
    min: c.min,
    below: c.below ?? Number.POSITIVE_INFINITY,
    max: c.max ?? c.below ?? Number.POSITIVE_INFINITY,
    color: colourOf(model.ramp, model.classes.length, i),
  }));
  const shades = new Map<ThemePlace, PlaceShade>(
    model.shades.map((s) => [
      s.place,
      s.classes.length === 1 ? { kind: 'class', cls: s.classes[0]!, claims: s.claims } : { kind: 'differ', classes: s.classes, claims: s.claims },
    ]),
  );
  return {
    metric: model.id,
    ramp: model.ramp,
    classes,
    integer: model.integer,
    shades,
    differ: model.shades.filter((s) => s.classes.length > 1).map((s) => s.place),
    extent: model.extent,
    units: model.units,
    years: model.years,
    hedged: model.hedged,
    ranges: model.ranges,
    population: model.population,
    elsewhere: model.elsewhere,
    parties: model.parties,
    claimIds: model.shades.flatMap((s) => s.claims),
  };
}
