// GTD attack-type conventions (codebook hierarchy and definitions), one sentence family per rule.
import { describe, expect, it } from 'vitest';
import { extractEvents } from './stage.js';
import { makeDoc } from './testing.js';

const PUB = '2024-06-15';
const typeOf = (text: string) => {
  const events = extractEvents(makeDoc(text, PUB));
  expect(events.length).toBeGreaterThan(0);
  return events[0].attackType;
};

describe('assassination: an attack aimed at a prominent person', () => {
  it('a village head, a mukhtar or a barangay chair as the victim', () => {
    expect(typeOf('Gunmen opened fire on Tomas Ferrer in Zenda. Ferrer, the village head, was wounded in the attack.')).toBe('Assassination');
    expect(typeOf('Gunmen opened fire on Karim Haddad at his farm. Haddad, the local mukhtar, was killed.')).toBe('Assassination');
    expect(typeOf('Gunmen shot and killed Rosa Delgado, a barangay chair, in Lunet.')).toBe('Assassination');
  });
  it('a director, a senior officer or a prominent person as the object', () => {
    expect(typeOf('Gunmen opened fire on the director of planning at the Ministry of Roads in Lunet.')).toBe('Assassination');
    expect(typeOf('Gunmen opened fire on the residence of a senior border security officer in Lunet.')).toBe('Assassination');
    expect(typeOf('Gunmen shot and killed Omar Vance, a prominent surgeon, in Lunet.')).toBe('Assassination');
  });
  it('"near the vehicle of X": the preposition leads to the object', () => {
    expect(typeOf('A bomb exploded near the vehicle of Ivo Marek, the district police chief, in Lunet. Marek was hurt.')).toBe('Assassination');
  });
  it('"One tribal elder was killed" names a prominent victim', () => {
    expect(typeOf('A roadside bomb exploded in Lunet. One tribal elder was killed in the blast.')).toBe('Assassination');
  });
  it('an execution of a village chief (method unknown) is an assassination', () => {
    expect(typeOf('Militants executed the head of a village and two of his sons in Zenda.')).toBe('Assassination');
  });
  it('arson against a politician’s home is an assassination (attempt)', () => {
    expect(typeOf('Attackers set fire to the house of Anna Brak, a member of parliament, in Zenda. Brak escaped.')).toBe('Assassination');
  });
  it('a security guard of a council is not a councillor', () => {
    expect(typeOf('Gunmen shot and killed a police officer and a provincial council security guard in Zenda.')).toBe('Armed Assault');
  });
  it('a council member, a deputy head, a role in brackets, a title or an "Al-" name before the role', () => {
    expect(typeOf('A gunman shot and killed Ana Ruiz, a member of the Zenda town council, in Lunet.')).toBe('Assassination');
    expect(typeOf('A bomb exploded against the vehicle of a provincial council member in Lunet. The member was hurt.')).toBe('Assassination');
    expect(typeOf('A bomb exploded targeting Tomas Ferrer Vidal in Lunet. Ferrer, the deputy district head of the Unity party, was hurt.')).toBe('Assassination');
    expect(typeOf('A roadside bomb exploded in Lunet. One tribal elder (Karim Said) was killed in the blast.')).toBe('Assassination');
    expect(typeOf('Gunmen attacked Dr. Karim Haddad Sami in Lunet. Haddad, a member of parliament, was wounded.')).toBe('Assassination');
    expect(typeOf('Gunmen opened fire on Omar Salim Al-Haddad in Lunet. Al-Haddad, the local mukhtar, was killed.')).toBe('Assassination');
    expect(typeOf('A bomb exploded in Lunet. Four people, including Omar Vance, a unit commander, were killed.')).toBe('Assassination');
  });
  it('an assembly member is a legislator; the governor’s office is a building, not the governor', () => {
    expect(typeOf('Attackers set fire to the house of Anna Brak, a State Assembly member, in Zenda. Brak escaped.')).toBe('Assassination');
    expect(typeOf('Militants fired mortar shells targeting the governor’s office in Lunet. There were no casualties.')).toBe('Bombing/Explosion');
    expect(typeOf('Militants fired mortar shells targeting the governor in Lunet. There were no casualties.')).toBe('Assassination');
  });
  it('local clergy and activists are not prominent by themselves (GTD codes the method)', () => {
    expect(typeOf('Gunmen shot and killed an imam in Lunet.')).toBe('Armed Assault');
    expect(typeOf('A bomb exploded outside the residence of a cleric in Lunet. There were no casualties.')).toBe('Bombing/Explosion');
    // … but a cleric the report calls prominent, or who holds an office, is a prominent person.
    expect(typeOf('Gunmen shot and killed Sheikh Omar Vance, a prominent cleric, in Lunet.')).toBe('Assassination');
    expect(typeOf('Gunmen opened fire on a religious scholar in Lunet. The scholar was killed.')).toBe('Armed Assault');
    expect(typeOf('A bomb exploded at the home of an activist in Lunet. No casualties were reported.')).toBe('Bombing/Explosion');
  });
  it('a commander among the dead of an attack on a post, or of a fight that killed assailants, was not its aim', () => {
    expect(typeOf('Gunmen opened fire on a police outpost in Lunet. Five officers, including the district police chief, were killed.')).toBe('Armed Assault');
    expect(typeOf('Gunmen shot at villagers in Lunet. Ten people, including the village chief, and six assailants were killed.')).toBe('Armed Assault');
    expect(typeOf('Gunmen shot at villagers in Lunet. Two people, including the village chief, were killed.')).toBe('Assassination');
  });
  it('a major written as a title before a name is a senior officer; "a major road" is no role', () => {
    expect(typeOf('Gunmen opened fire and killed Major Tomas Ferrer, an army officer, in Lunet.')).toBe('Assassination');
    expect(typeOf('Gunmen opened fire on a bus on a major road near Lunet. Two passengers were killed.')).toBe('Armed Assault');
  });
  it('an ordinary named victim stays an armed assault', () => {
    expect(typeOf('Gunmen shot and killed Omar Vance, a farmer, in Lunet.')).toBe('Armed Assault');
  });
});

describe('unknown method', () => {
  it('a killing with no means given is Unknown; gunmen or an attack on civilians is an armed assault', () => {
    expect(typeOf('Assailants killed a farmer in Zenda.')).toBe('Unknown');
    expect(typeOf('Gunmen killed a farmer in Zenda.')).toBe('Armed Assault');
    expect(typeOf('Assailants attacked a farmer in Zenda, Ruritania.')).toBe('Armed Assault');
  });
});

describe('attacks on property', () => {
  it('no one hurt and property looted or stolen: the aim was the property', () => {
    expect(typeOf('Gunmen armed with rifles attacked a polling station in Lunet. No casualties were reported, though ballot boxes were stolen.')).toBe('Facility/Infrastructure Attack');
    expect(typeOf('Gunmen raided the home of a farmer in Zenda. No casualties were reported, though the house was looted.')).toBe('Facility/Infrastructure Attack');
  });
  it('a bombing stays a bombing, and theft with victims stays an assault', () => {
    expect(typeOf('A bomb exploded at a bank in Lunet. No casualties were reported, though cash was stolen.')).toBe('Bombing/Explosion');
    expect(typeOf('Gunmen opened fire on a bank in Lunet. Two guards were killed and cash was stolen.')).toBe('Armed Assault');
  });
});

describe('attacks on things', () => {
  it('an attack of unstated method on a vehicle, a farm or a headquarters that hurt no one is a Facility/Infrastructure Attack', () => {
    expect(typeOf('Assailants attacked a cement truck near Zenda. There were no casualties in the attack.')).toBe('Facility/Infrastructure Attack');
    expect(typeOf('Assailants raided a fish farm in Zenda. There were no reported casualties.')).toBe('Facility/Infrastructure Attack');
    expect(typeOf('Assailants attacked the Ruritanian Labour Party headquarters in Zenda. There were no reported casualties.')).toBe('Facility/Infrastructure Attack');
  });
  it('not when someone was hurt, a weapon is stated, or people are the object', () => {
    expect(typeOf('Assailants attacked a cement truck near Zenda. The driver was injured in the attack.')).not.toBe('Facility/Infrastructure Attack');
    expect(typeOf('Gunmen opened fire on a cement truck near Zenda. There were no casualties in the attack.')).toBe('Armed Assault');
    expect(typeOf('Assailants attacked farm workers in Zenda, Ruritania. There were no reported casualties.')).not.toBe('Facility/Infrastructure Attack');
  });
});

describe('hostage taking, hijacking and unarmed assault', () => {
  it('seizing boats, buses or aircraft is a hijacking', () => {
    expect(typeOf('Pirates seized two fishing boats and abducted their crews off Zenda.')).toBe('Hijacking');
    expect(typeOf('Gunmen commandeered a bus near Lunet and drove it into the hills.')).toBe('Hijacking');
  });
  it('soldiers captured or surrendering to the attackers is a kidnapping', () => {
    expect(typeOf('Rebels attacked an army post in Zenda. Four soldiers were killed and 13 soldiers were captured.')).toBe('Hostage Taking (Kidnapping)');
    expect(typeOf('Insurgents attacked a militia base in Zenda. Six militiamen were killed and 30 others surrendered to the attackers.')).toBe('Hostage Taking (Kidnapping)');
  });
  it('"holding a civilian hostage" later in the report is a barricade incident', () => {
    expect(typeOf('A man stabbed a guard in Lunet. He then broke into a flat, holding a young civilian hostage for hours.')).toBe('Hostage Taking (Barricade Incident)');
  });
  it('running people over with a vehicle is an unarmed assault', () => {
    expect(typeOf('A driver attempted to run over police officers outside the station in Lunet.')).toBe('Unarmed Assault');
  });
  it('knives are a sharp instrument: an armed assault', () => {
    expect(typeOf('Assailants armed with knives attacked worshippers at a shrine in Lunet.')).toBe('Armed Assault');
  });
});

describe('firearms with grenades or projectiles: an armed assault (GTD codebook)', () => {
  it('"opened fire and threw a grenade" is an armed assault', () => {
    expect(typeOf('Militants opened fire and threw two grenades at a police patrol in Lunet.')).toBe('Armed Assault');
    expect(typeOf('Attackers armed with rifles and mortars attacked an army post near Zenda.')).toBe('Armed Assault');
  });
  it('explosives carried beside firearms ("armed with firearms and explosive devices") are an armed assault', () => {
    expect(typeOf('Gunmen armed with firearms and explosive devices attacked a market in Zenda. Five people were killed.')).toBe('Armed Assault');
  });
  it('a planted or detonated device beside gunfire stays a bombing', () => {
    expect(typeOf('Attackers detonated a car bomb and then opened fire at the gate of a base in Zenda.')).toBe('Bombing/Explosion');
  });
  it('rockets alone are a bombing ("fired at least five rockets" is not gunfire)', () => {
    expect(typeOf('Militants fired at least five rockets at the district centre in Zenda.')).toBe('Bombing/Explosion');
  });
});

describe('incendiaries: against people an armed assault, against property a facility attack', () => {
  it('"set fire to a man", "petrol bombs at police officers" are armed assaults', () => {
    expect(typeOf('An attacker set fire to a young man at a bus stop in Lunet. The man died in hospital.')).toBe('Armed Assault');
    expect(typeOf('Youths threw petrol bombs at police officers patrolling a road in Lunet.')).toBe('Armed Assault');
  });
  it('"set fire to a police station" stays a facility attack', () => {
    expect(typeOf('Arsonists set fire to a police station in Lunet overnight.')).toBe('Facility/Infrastructure Attack');
  });
});

describe('target type: responders are not the target', () => {
  const targetOf = (text: string) => extractEvents(makeDoc(text, PUB))[0].targets[0].type;
  it('"but were repelled by security forces" leaves the attacked place as the target', () => {
    expect(targetOf('Insurgents attacked Zenda village but were repelled by security forces.')).toBe('Private Citizens & Property');
  });
  it('"Security forces intercepted a drone" does not make soldiers the target (found before use: Unknown)', () => {
    expect(targetOf('Security forces intercepted and destroyed an explosives-laden drone over Zenda.')).toBe('Unknown');
  });
  it('soldiers attacked are still the target', () => {
    expect(targetOf('Insurgents attacked soldiers at a checkpoint near Zenda.')).toBe('Military');
  });
});

describe('weapons named without an attack verb', () => {
  it('fired shells and machine guns: projectiles with firearms are an armed assault', () => {
    expect(typeOf('Assailants fired shells and machine guns targeting civilians in Zenda.')).toBe('Armed Assault');
    expect(typeOf('Assailants fired artillery shells at a village.')).toBe('Bombing/Explosion');
  });
  it('firing and then blowing up the post is a bombing (GTD\'s hierarchy); a later "blast" alone is not', () => {
    expect(typeOf('Gunmen opened fire on an outpost in Zenda. Later, the gunmen blew up the outpost. Four soldiers were killed.')).toBe('Bombing/Explosion');
    expect(typeOf('Gunmen opened fire and threw a grenade at an outpost in Zenda. The grenade detonated near the gate.')).toBe('Armed Assault');
  });
  it('fireworks thrown at a residence are an explosion', () => {
    expect(typeOf('Assailants threw fireworks at a house in Zenda. There were no casualties.')).toBe('Bombing/Explosion');
    // Even at a legislator's home: fireworks frighten, and an assassination needs the intent to kill.
    expect(typeOf('Assailants threw fireworks at the residence of Anna Brak, a member of parliament, in Zenda. There were no casualties.')).toBe('Bombing/Explosion');
    expect(typeOf('Assailants threw a grenade at the residence of Anna Brak, a member of parliament, in Zenda. There were no casualties.')).toBe('Assassination');
  });
});

describe('target type: codebook conventions', () => {
  const targetOf = (text: string) => {
    const events = extractEvents(makeDoc(text, PUB));
    expect(events.length).toBeGreaterThan(0);
    return events[0].targets[0];
  };
  it('a device found and defused, or a weapon intercepted, with no named target is Unknown', () => {
    expect(targetOf('Security forces discovered and defused two explosive devices along a road near Zenda.').type).toBe('Unknown');
    expect(targetOf('An explosives-laden drone was intercepted and destroyed near the border.').type).toBe('Unknown');
    // … but a named target keeps its type.
    expect(targetOf('Security forces defused an explosive device planted outside a police station in Zenda.').type).toBe('Police');
    // … a civilian one too ("outside a residence", "targeting civilians", "at a market").
    expect(targetOf('Security forces discovered and defused an explosive device outside a residence in Zenda.').type).toBe('Private Citizens & Property');
    expect(targetOf('A rocket targeting civilians was intercepted over Zenda.').type).toBe('Private Citizens & Property');
    // A bomb that went off along a road hit the people there, not the road.
    expect(targetOf('An explosive device detonated along a road in Zenda. One shepherd was killed in the blast.').type).toBe('Private Citizens & Property');
  });
  it('"West Bank" is a place, not a bank', () => {
    expect(targetOf('Assailants set fire to a car in Kossa, West Bank. There were no casualties.').type).toBe('Private Citizens & Property');
    expect(targetOf('Gunmen robbed and set fire to a bank in Zenda.').type).toBe('Business');
  });
  it('a post or force named only "security" is the police\'s when the toll names police among the victims', () => {
    expect(targetOf('Assailants attacked security checkpoints in Zenda. At least five people, including two police officers and three assailants, were killed.').type).toBe('Police');
    expect(targetOf('Assailants attacked a security post in Zenda. Three security personnel, including soldiers and police officers, were killed.').type).toBe('Police');
    expect(targetOf('Assailants attacked a security post in Zenda. Three soldiers were killed.').type).toBe('Military');
    // A police district is a place, not police victims.
    expect(targetOf('Assailants attacked security forces in Police District 4, Zenda. Two soldiers were killed.').type).toBe('Military');
  });
  it('"a police vehicle detonated" is not the police responding: the vehicle is the target', () => {
    expect(targetOf('A bomb attached to a police vehicle detonated in Zenda. Three civilians were injured in the blast.').type).toBe('Police');
    // … while police who defused the device are responders.
    expect(targetOf('Police later defused an explosive device along a road near Zenda.').type).toBe('Unknown');
  });
  it('an attack on a named place is on its people and property, whoever fell there; on a post the victims decide', () => {
    expect(targetOf('Assailants attacked Lunet district, North Province, Ruritania. Four police officers were killed in the attack.').type).toBe('Private Citizens & Property');
    expect(targetOf('Assailants attacked a security outpost in Lunet. Four police officers were killed in the attack.').type).toBe('Police');
  });
  it('candidates and party offices are private citizens (GTD: political party member/rally), party officials not', () => {
    expect(targetOf('A bomb exploded at the home of a local election candidate in Zenda.').type).toBe('Private Citizens & Property');
    expect(targetOf('A bomb exploded at a Ruritanian Labour Party party office in Zenda.').type).toBe('Private Citizens & Property');
    expect(targetOf('Gunmen shot and killed a party leader in Zenda.').type).toBe('Violent Political Party');
  });
  it('intelligence services are Government (General), military intelligence too', () => {
    expect(targetOf('A roadside bomb exploded in Zenda. One intelligence soldier was killed in the blast.').type).toBe('Government (General)');
    expect(targetOf('Gunmen opened fire on Ivo Marek in Zenda. Marek, the director of Military Intelligence, was not harmed.').type).toBe('Government (General)');
  });
  it('non-state forces GTD codes as militia (Security Belt, Free Syrian Army); the anti-IS coalition is Military', () => {
    expect(targetOf('Gunmen opened fire on a deputy commander of the Security Belt Forces in Zenda.').type).toBe('Terrorists/Non-State Militia');
    expect(targetOf('Rebels fired a missile at a Free Syrian Army post in Zenda.').type).toBe('Terrorists/Non-State Militia');
    expect(targetOf('A bomb exploded targeting a Combined Joint Task Force – Operation Inherent Resolve (CJTF-OIR) convoy near Zenda.').type).toBe('Military');
  });
  it('local defence forces GTD codes as Police: Levies, Territorial Defence Volunteers', () => {
    expect(targetOf('A bomb exploded targeting a Levies vehicle near Zenda.').type).toBe('Police');
    expect(targetOf('A gunman shot and killed a Territorial Defense Volunteers member in Zenda.').type).toBe('Police');
  });
  it('state-backed forces GTD codes as Military: Popular Mobilization, AMISOM, check posts', () => {
    expect(targetOf('A bomb exploded near a Popular Mobilization Forces patrol in Zenda.').type).toBe('Military');
    expect(targetOf('Gunmen attacked an AMISOM base near Zenda.').type).toBe('Military');
    expect(targetOf('Militants opened fire on a checkpost in Zenda.').type).toBe('Military');
  });
});
