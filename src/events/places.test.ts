// Place chains read with the bundled events place list (data/knowledge/event-places.gz); sentences made up.
import { describe, expect, it } from 'vitest';
import type { Place } from '../core/document.js';
import { extractEvents } from './stage.js';
import { makeDoc, PLACES } from './testing.js';

const country = (code: string, name: string, lat: number, lon: number): Place =>
  ({ id: `country:${code}`, name, kind: 'country', country: name, countryCode: code, lat, lon });
const region = (id: string, name: string, cc: string, countryName: string, lat: number, lon: number): Place =>
  ({ id: `admin1:${id}`, name, kind: 'admin1', country: countryName, countryCode: cc, lat, lon });

const AFGHANISTAN = country('AF', 'Afghanistan', 33, 65);
const HELMAND = region('AF-HEL', 'Helmand', 'AF', 'Afghanistan', 31.594, 64.372);
const KUNDUZ = region('AF-KDZ', 'Kunduz', 'AF', 'Afghanistan', 36.728, 68.868);
const SYRIA = country('SY', 'Syria', 35, 38);
const USA = country('US', 'United States', 39.8, -98.6);
const DC = region('US-DC', 'District of Columbia', 'US', 'United States', 38.907, -77.037);
const BADAKHSHAN_FAYZABAD: Place = {
  id: 'geonames:1142170', name: 'Fayzabad', kind: 'city', admin1: 'Badakhshan', country: 'Afghanistan', countryCode: 'AF', lat: 37.1166, lon: 70.58,
};

const locationOf = (text: string, links: Parameters<typeof makeDoc>[2]) => {
  const events = extractEvents(makeDoc(text, '2024-06-15', links));
  expect(events).toHaveLength(1);
  return events[0].location;
};

describe('place chains with the events place list', () => {
  it('"X district" is the seat of the district named X (an alternate name of the seat)', () => {
    const location = locationOf('Gunmen attacked a police post in Nahr-e Saraj district, Helmand, Afghanistan.', [
      { surface: 'Helmand', place: HELMAND }, { surface: 'Afghanistan', place: AFGHANISTAN },
    ]);
    expect(location).toMatchObject({ name: 'Nahr-e Saraj district', precision: 'city', admin1: 'Helmand' });
    expect(Math.abs(location!.lat - 31.82)).toBeLessThan(0.1);
  });
  it('a region spelled unlike the gazetteer ("Raqqah" for "Al-Raqqah Governorate") places the incident in it', () => {
    const location = locationOf('Gunmen attacked a checkpoint in Qwxyzville, Raqqah, Syria.', [{ surface: 'Syria', place: SYRIA }]);
    expect(location).toMatchObject({ name: 'Qwxyzville', precision: 'admin1', placeId: 'admin1:SY-RA' });
  });
  it('a resolved town of another region than the chain’s is looked up in the chain’s region', () => {
    const location = locationOf('Gunmen attacked a police outpost in Fayzabad district, Jawzjan, Afghanistan.', [
      { surface: 'Fayzabad', place: BADAKHSHAN_FAYZABAD }, { surface: 'Afghanistan', place: AFGHANISTAN },
    ]);
    expect(location?.precision).toBe('city');
    expect(location!.lon).toBeLessThan(67);
  });
  it('"X City" is the town even when the resolver read X as the region', () => {
    const location = locationOf('Gunmen attacked a police post in Kunduz City, Kunduz province, Afghanistan.', [
      { surface: 'Kunduz', place: KUNDUZ }, { surface: 'Kunduz', after: 'City', place: KUNDUZ }, { surface: 'Afghanistan', place: AFGHANISTAN },
    ]);
    expect(location).toMatchObject({ name: 'Kunduz', precision: 'city' });
  });
  it('a mention must end its segment’s name: "Strelsau" is not "Strelsau de Grace"', () => {
    const location = locationOf('Gunmen attacked a checkpoint in Strelsau de Grace, North Province, Ruritania.', [
      { surface: 'Strelsau', place: PLACES.strelsau }, { surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]);
    expect(location).toMatchObject({ name: 'Strelsau de Grace', precision: 'admin1', lat: 12 });
  });
  it('"of" inside a region’s name does not start the chain', () => {
    const location = locationOf('Rioters stormed a government building in Washington, District of Columbia, United States.', [
      { surface: 'District of Columbia', place: DC }, { surface: 'United States', place: USA },
    ]);
    expect(location).toMatchObject({ name: 'Washington', precision: 'city', admin1: 'District of Columbia' });
  });
  it('a checkpoint is a part of the town after it', () => {
    const zenda: Place = { ...PLACES.strelsau, id: 'test:zenda', name: 'Zenda', admin1: 'North Province', lat: 12.2, lon: 21.2 };
    const location = locationOf('Gunmen attacked the Tarlen checkpoint, Zenda, North Province, Ruritania.', [
      { surface: 'Zenda', place: zenda }, { surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]);
    expect(location).toMatchObject({ name: 'Zenda', precision: 'city', lat: 12.2 });
  });
  it('"between X and Y": the first place named is the town', () => {
    const zenda: Place = { ...PLACES.strelsau, id: 'test:zenda', name: 'Zenda', admin1: 'North Province', lat: 12.2, lon: 21.2 };
    const location = locationOf('A bomb hit a convoy between Zenda and Tarlenheim villages, North Province, Ruritania.', [
      { surface: 'Zenda', place: zenda }, { surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]);
    expect(location).toMatchObject({ name: 'Zenda', precision: 'city', lat: 12.2 });
  });
  it('"X village in Region": the village is the town, the region its region', () => {
    const zenda: Place = { ...PLACES.strelsau, id: 'test:zenda', name: 'Zenda', admin1: 'North Province', lat: 12.2, lon: 21.2 };
    const location = locationOf('Assailants attacked Zenda village in North Province, Ruritania.', [
      { surface: 'Zenda', place: zenda }, { surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]);
    expect(location).toMatchObject({ name: 'Zenda', admin1: 'North Province', precision: 'city', lat: 12.2 });
  });
  it('a chain may start with a lower-case Arabic article ("al-Zenda")', () => {
    const location = locationOf('Gunmen attacked a post in al-Zenda, North Province, Ruritania.', [
      { surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]);
    expect(location).toMatchObject({ name: 'al-Zenda', admin1: 'North Province', precision: 'admin1' });
  });
  it('"X area" with only its region after it is the town; "the market area" is not', () => {
    const links = [{ surface: 'North Province', place: PLACES.northProvince }, { surface: 'Ruritania', place: PLACES.ruritania }];
    expect(locationOf('Gunmen attacked a patrol in Zenda area, North Province, Ruritania.', links)?.name).toBe('Zenda');
    expect(locationOf('Gunmen attacked a patrol in the Zenda market area, North Province, Ruritania.', links)?.name).toBe('North Province');
  });
});

describe('what a place chain or a mention may stand for', () => {
  const links = [{ surface: 'Ruritania', place: PLACES.ruritania }];
  it('a time adverbial or a clause before the country is not a town', () => {
    for (const text of [
      'Yesterday, Ruritania’s interior minister was stabbed by a man with a knife.',
      'In 2019, Ruritania bombed a rebel camp, killing 12 people.',
      'Since the minister’s death, Ruritania’s police have arrested 40 people after a bombing that killed three.',
      'As of March 3, Ruritania counted 15 people killed by the bombing.',
      'Last Tuesday, Ruritania’s army shelled a village, killing four people.',
    ]) {
      const location = locationOf(text, links);
      expect(location?.name, text).toBe('Ruritania');
      expect(location?.precision, text).toBe('country');
    }
  });
  it('a town named "In X" is still a town', () => {
    expect(locationOf('Gunmen attacked a gas plant near In Zenda, Ruritania, killing two guards.', links)?.name).toBe('In Zenda');
  });
  it('a longer name the resolver matched by its first word in another country is the town of the incident’s country', () => {
    const ain = region('FR-01', 'Ain', 'FR', 'France', 46.065, 4.889);
    const location = locationOf('Turkish jets struck a camp at Ain Issa in northern Syria, killing four people.', [
      { surface: 'Ain Issa', place: ain }, { surface: 'Syria', place: SYRIA },
    ]);
    expect(location).toMatchObject({ name: 'Ain Issa', countryCode: 'SY', precision: 'city' });
    expect(Math.abs(location!.lat - 36.39)).toBeLessThan(0.1);
  });
  it('a first-word match in another country and no town of the whole name: no place from it', () => {
    const location = locationOf('Gunmen attacked a camp at Strelsau Qwxyz in Borduria, killing four people.', [
      { surface: 'Strelsau Qwxyz', place: PLACES.strelsau }, { surface: 'Borduria', place: PLACES.borduria },
    ]);
    expect(location).toMatchObject({ name: 'Borduria', countryCode: 'BT' });
  });
  it('a first-word match in the incident’s own country stands ("Strelsau International Airport")', () => {
    const location = locationOf('A rocket struck Strelsau International Airport in Ruritania, killing two people.', [
      { surface: 'Strelsau International Airport', place: PLACES.strelsau }, { surface: 'Ruritania', place: PLACES.ruritania },
    ]);
    expect(location).toMatchObject({ name: 'Strelsau', countryCode: 'RT', precision: 'city' });
  });
  it('a chain that opens with a town of another country the incident names does not place it there', () => {
    const mexico = country('MX', 'Mexico', 23, -102);
    const laredo: Place = { id: 'test:laredo', name: 'Laredo', kind: 'city', admin1: 'Texas', country: 'United States', countryCode: 'US', lat: 27.5, lon: -99.5 };
    const location = locationOf('A gunman killed nine people at a store in the U.S. border city of Laredo, near the crossing between Laredo and Nuevo Laredo, Mexico.', [
      { surface: 'U.S.', place: USA }, { surface: 'Laredo', place: laredo }, { surface: 'Laredo', after: 'between', place: laredo }, { surface: 'Mexico', place: mexico },
    ]);
    expect(location).toMatchObject({ name: 'Laredo', countryCode: 'US', precision: 'city' });
  });
});
