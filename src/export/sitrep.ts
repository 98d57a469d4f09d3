// Sitrep's own CSV: one column per field of an event row, names joined with '; '.

import type { EventRow } from '../store/types.js';
import type { Column } from './csv.js';

const names = (items: Array<{ name: string }>) => items.map((i) => i.name).join('; ');

export const SITREP_COLUMNS: readonly Column<EventRow>[] = [
  { name: 'id', value: (e) => e.id },
  { name: 'date_start', value: (e) => e.date.start },
  { name: 'date_end', value: (e) => e.date.end },
  { name: 'date_precision', value: (e) => e.date.precision },
  { name: 'attack_type', value: (e) => e.attackType },
  { name: 'event_type', value: (e) => e.eventType },
  { name: 'sub_event_type', value: (e) => e.subEventType },
  { name: 'location', value: (e) => e.location?.name },
  { name: 'admin1', value: (e) => e.location?.admin1 },
  { name: 'country', value: (e) => e.location?.country },
  { name: 'country_code', value: (e) => e.location?.countryCode },
  { name: 'latitude', value: (e) => e.location?.lat },
  { name: 'longitude', value: (e) => e.location?.lon },
  { name: 'location_precision', value: (e) => e.location?.precision },
  { name: 'perpetrators', value: (e) => names(e.perpetrators) },
  { name: 'targets', value: (e) => names(e.targets) },
  { name: 'target_types', value: (e) => e.targets.map((t) => t.type).join('; ') },
  { name: 'fatalities_min', value: (e) => e.fatalities?.min },
  { name: 'fatalities_max', value: (e) => e.fatalities?.max },
  { name: 'fatalities_qualifier', value: (e) => e.fatalities?.qualifier },
  { name: 'injuries_min', value: (e) => e.injuries?.min },
  { name: 'injuries_max', value: (e) => e.injuries?.max },
  { name: 'status', value: (e) => e.status },
  { name: 'salience', value: (e) => e.salience },
  { name: 'review_status', value: (e) => e.reviewStatus },
  { name: 'confidence', value: (e) => e.confidence },
  { name: 'sources', value: (e) => e.sourceCount },
];
