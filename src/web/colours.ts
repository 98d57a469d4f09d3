// One colour per GTD attack type, shared by the map, the chart and the legends. Chosen from a colour-blind-safe
// palette (Okabe–Ito) with enough contrast on the light map.

const PALETTE: Record<string, string> = {
  'Bombing/Explosion': '#d55e00',
  'Armed Assault': '#0072b2',
  Assassination: '#cc79a7',
  'Hostage Taking (Kidnapping)': '#009e73',
  'Hostage Taking (Barricade Incident)': '#56b4e9',
  'Facility/Infrastructure Attack': '#e69f00',
  Hijacking: '#8a6d00',
  'Unarmed Assault': '#6a3d9a',
  Unknown: '#777777',
};
const FALLBACK = '#444444';

export function colourOf(attackType: string): string {
  return PALETTE[attackType] ?? FALLBACK;
}
