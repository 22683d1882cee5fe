/**
 * The timeline's legend, as data: the day, each status with its colour (the constants the paint
 * reads) and how many places are drawn so. The live legend and the exported page draw it alike.
 */
import { BASE, CONTROL_COLOUR, CONTROL_PARTLY, SOURCES_DIFFER } from '../config/palette.ts';
import { STATUS_ABOUT, STATUS_LABEL } from '../i18n/en-control.ts';
import { TIMELINE_LEGEND } from '../i18n/en-control.ts';
import { formatDate } from '../lib/format.ts';
import { CONTROL_STATUSES, type ControlStatus } from '../schema/index.ts';

export interface ControlLegendItem {
  status: ControlStatus;
  /** the fill the map paints for it (under a hatch or stripes, the colour a reader's tools read) */
  color: string;
  /** how it is drawn: a plain fill, the dispute's stripes, or a part's hatch */
  swatch: { kind: 'fill' } | { kind: 'stripes'; light: string; dark: string } | { kind: 'hatch'; base: string; line: string };
  label: string;
  about: string;
  count: number;
}

export interface ControlLegendModel {
  day: string;
  title: string;
  subtitle: string;
  items: ControlLegendItem[];
  /** how the former NKAO's outline shows its status */
  nkao: { ink: string; label: string };
}

export function controlLegendModel(day: string, counts: Readonly<Record<ControlStatus, number>>): ControlLegendModel {
  return {
    day,
    title: TIMELINE_LEGEND.title(formatDate(day)),
    subtitle: TIMELINE_LEGEND.subtitle,
    items: CONTROL_STATUSES.map((status) => ({
      status,
      color: status === 'uncertain' ? SOURCES_DIFFER.light : CONTROL_COLOUR[status],
      swatch:
        status === 'uncertain'
          ? { kind: 'stripes', ...SOURCES_DIFFER }
          : status === 'partly'
            ? { kind: 'hatch', base: CONTROL_PARTLY.base, line: CONTROL_PARTLY.hatch }
            : { kind: 'fill' },
      label: STATUS_LABEL[status],
      about: STATUS_ABOUT[status],
      count: counts[status],
    })),
    nkao: { ink: BASE.nkaoOutline, label: TIMELINE_LEGEND.nkao },
  };
}
