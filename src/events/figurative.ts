// Attack words used in another sense (real-news precision, issue #6): sport ("a low shot", "a clash with
// Barcelona"), film ("the film was shot in Kigali"), markets ("shares shot up"), business ("struck a deal"),
// science and industry ("an atomic bomb test", "Rocket Raccoon", "a mortar manufacturer"), idiom ("a stab in the
// back", "running over budget", "a cold blast"). Each rule reads only the words around one attack word.

// A sentence about a game: these words name its parts. A sentence that also says someone died or was hurt is not
// read as sport.
const SPORT = /\b(?:goal(?:s|keeper|kick|ie)?|keeper|striker|midfielder|penalty (?:area|box|spot|kick)|free[- ]kick|corner kick|crossbar|near post|far post|volley|header|deflection|the ball|a ball|half-time|extra[- ]time|shot put|discus|javelin|high jump|long jump|wicket|innings|birdie|putt|fairway|three-pointer|touchdown|try line|scrum|set point|match point|champions league|premiership|premier league|fa cup|world cup|semi-final|quarter-final|equali[sz]er|the net|the pitch|the six-yard box|runner|sprinter|hurdler|points? (?:clear|behind)|\d+-\d+ (?:lead|win|defeat|draw|victory|loss)|first-half|second-half|injury time|stoppage time|the first set|the second set|dropping serve|counter[- ]attack|shot-stopper|basketball|hoops|snooker|golf|an ace|double fault|the rubber|tie-break|yards out|\w+ yards)\b/i;
const HURT = /\b(?:killed|dead|died|death|wounded|injured|hurt|hospital|victims?|casualties|gunm[ae]n|police|soldiers?|troops|militants?|assailants?|attackers?|insurgents?|rebels?|terrorists?|bombers?)\b/i;

// A sentence about a film, a series, a book or a show.
const WORK = /\b(?:films?|movies?|filming|filmed|screenplay|documentary|actor|actress|starring|box office|sitcom|episodes?|novel|thriller|fictional|fictitious|musical|video game|comic book|premieres?|premiered|mockumentary|filmmakers?)\b/i;

// Words after "shot"/"shooting" that show the verb of a firearm (the man was shot dead, shot him, shot at).
const SHOT_AT_SOMEONE = /^\s+(?:dead|and (?:killed|wounded|injured)|to death|at|him|her|them|me|us|you|himself|herself|themselves|in the (?:head|chest|back|leg|arm|neck|stomach)|by|twice|several|multiple|\d+|one|two|three|four|five|six|seven|eight|nine|ten|(?:a|an|the|his|her|their) (?:man|woman|boy|girl|child|officer|soldier|policeman|guard|protester|suspect|teenager|driver|journalist|worker))\b/i;
// "Shot" as a noun of an attempt or a kick ("a low shot", "his best shot", "Shearer's shot", "a parting shot").
const SHOT_NOUN_BEFORE = /(?:\b(?:a|an|another|his|her|their|its|my|our|your|the best|the first|the last|the final|no)|['’]s)\s+(?:(?:[A-Z][\w'’-]*|opening|sweet|deflected|late deflected|low|high|long|fierce|superb|powerful|angled|curling|curled|left-footed|right-footed|fine|good|great|fair|best|first|last|final|big|cheap|parting|lazy|wild|tame|weak|hopeful|speculative|free|decent|real|clear|late|early|mug|screen|camera|long-range|close-range|\w+-footed|\w+-yard)\s+){0,2}$/i;
const SHOT_NOUN_EXCEPT = /^\s+(?:was fired|were fired|rang out|hit (?:him|her|them|the)|killed|struck (?:him|her|them)|to the (?:head|chest|neck))/i;
// "shares shot up", "shot to the top", "shot straight to number one", "shot wide".
const SHOT_RISE = /^\s+(?:up|straight|to (?:the )?(?:top|number|fame|prominence|stardom|no\.?)|wide|over the bar|past|into the (?:lead|top)|ahead)\b/i;
// "Toronto-shot", "a well-struck volley", "a powerfully-struck drive".
const COMPOUND_BEFORE = /[\w]-$/;
// "shoot-'em-ups", "shot-stopper".
const COMPOUND_AFTER = /^-/;

// "struck a deal", "struck an agreement", "struck a chord", "struck gold", "struck down the law".
const STRUCK_NON_VIOLENT = /^\s+(?:(?:a|an|the|its|their|his|her|another)\s+(?:[\w-]+\s+){0,2}?)?(?:deal|deals|agreement|accord|bargain|chord|note|balance|tone|gold|oil|lucky|pose|partnership|alliance|compromise|contract|truce|pact|down (?:the|a|an) (?:law|ban|rule|ruling|measure|bill|decision|order))\b/i;
// "water bombing", "bath bomb", "box-office bomb", "photobomb": not a bombing.
const BOMB_BEFORE = /\b(?:water|bath|stink|smoke|glitter|seed|box[- ]office|photo|love|cherry|calorie|time[- ]bomb of|ticking|time)\s*["“']?$/i;
// "an atomic bomb test", "nuclear bomb tests", "bomb-sniffing dogs", "bomb disposal", "bomb shelters".
const BOMB_AFTER = /^(?:\s+|-)(?:tests?|testing|shelters?|squads?|disposal|detectors?|sniffing|proof|scares?|threats?|hoax(?:es)?)\b/i;
// "a cold blast", "a blast from the past", "a blast of air": weather and idiom.
const BLAST_BEFORE = /\b(?:cold|arctic|icy|wintry|freezing|chilly|hot|air|sand|full|trumpet|horn)\s+$/i;
const BLAST_AFTER = /^\s+(?:of (?:cold|arctic|icy|air|wind|music|noise|sound|heat|snow|[A-Z]\w*)|from the past)\b/;
// "explosive growth", "an explosion of interest", "a population explosion".
const EXPLOSION_BEFORE = /\b(?:population|data|price|popularity|cambrian|creative|digital|information|gadget|traffic|music|media|technology|tech|broadband|market|sales|content|consumer)\s+$/i;
const EXPLOSION_AFTER = /^["”’']?\s+(?:of (?:interest|popularity|growth|demand|sales|data|ideas|colou?rs?|creativity|activity|talent|new)|in (?:popularity|demand|sales|growth|interest|innovation|consumer|the number|use|usage|podcasting|\w+ content)|over the (?:past|last)|since|(?:-|—|–)\s|runners|players|forwards?|clash|match|game|encounter|contest|derby|tie|start|pace|(?:growth|rise|increase|mix|potential|issue|topic|subject|report|allegations|claims|revelations|performance|start|pace|story|evidence|testimony|details|debate|row|book|memoir|speed|power))\b/i;
// "legal landmines", "a political minefield": idiom.
// "an explosion in gambling", "the explosion in podcasting": growth of an activity (lower case, no article);
// "an explosion in Kabul", "in a market", "in front of a school" are places.
const EXPLOSION_IN_ACTIVITY = /^["”’']?\s+in (?!(?:a|an|the|his|her|their|its|one|two|front|mid\w*|broad|daylight|public|custody|transit|central|northern|southern|eastern|western|downtown)\b)[a-z]+/;
// "whose population then exploded", "sales have exploded": growth, not a blast.
const GROWTH_SUBJECT_BEFORE = /\b(?:population|numbers?|prices?|sales|demand|market|usage|interest|popularity|traffic|membership|costs?|debt|use)\s+(?:[\w-]+\s+){0,2}$/i;
const LANDMINE_BEFORE = /\b(?:legal|political|diplomatic|regulatory|tax|accounting|potential|tricky|hidden|financial|economic)\s+(?:[\w-]+\s+)?$/i;
// "Falcon 9 rocket", "space rocket", "rocket scientist", "rocket engine", "Rocket Raccoon" (a name).
// A sentence about video games or computing: "shoot-'em-ups", "a phishing attack", "hijack net browser
// settings", "bombarded the sites with data".
const GAME = /\b(?:video ?games?|computer games?|gameplay|gamers?|gaming|consoles?|shoot-?['’]?em-?ups?|role-playing|PlayStation|Xbox|Nintendo|Sega|handsets?)\b/i;
const COMPUTING = /\b(?:phishing|spyware|malware|viruse?s|virus writers|worms?|trojans?|hackers?|hacking|denial[- ]of[- ]service|DDoS|(?:attacks?|hijack\w*) (?:on )?(?:\w+ )?(?:websites?|web ?sites|servers|networks|computers|PCs)|browsers?|modems?|spam|pop-ups?|screensavers?|broadband|podcast\w*|cyber[- ]?\w*|online piracy|pirated)\b/i;
const ROCKET_BEFORE = /\b(?:falcon(?: \d+)?|space|booster|launch|model|water|sounding|heavy|saturn|soyuz|ariane|atlas|delta|vega|electron)\s+$/i;
const ROCKET_AFTER = /^\s+(?:launch(?:es|ed|ing|er)?|scien\w+|engines?|work|fuel|ships?|man|stages?|boosters?|company|companies|industry|programmes?|programs?|technology|motors?|lab)\b/i;
// "mortar and shell manufacturer", "bricks and mortar", "a missile maker".
const ARMS_TRADE_AFTER = /^\s+(?:and (?:[\w-]+\s+){0,2})?(?:manufacturers?|makers?|producers?|factory|factories|plants?|production|industry|maker's|firm|company|contracts?|orders?|sales|exports?|programmes?|programs?|defence system|defense system|tests?|testing)\b/i;
const MORTAR_BEFORE = /\bbricks?[- ](?:and|&)[- ]$/i;
// "running over budget", "ran over time": a schedule, not a pedestrian.
const RUN_OVER_AFTER = /^\s+(?:budget|time|schedule|cost|costs|estimates?|deadline|the (?:budget|deadline|time limit|schedule)|just)\b/i;
// "a stab in the back", "a stab at": idiom.
const STAB_AFTER = /^\s+(?:in the back|at (?:it|the|a|an|winning|making|getting))\b/i;
// "hijacked the debate", "poisoned the atmosphere", "a poison pill".
const HIJACK_AFTER = /^\s+(?:the\s+)?(?:debate|agenda|conversation|narrative|process|meeting|campaign|issue|story|discussion|brand|hashtag|election)\b/i;
const POISON_AFTER = /^\s+(?:the\s+)?(?:atmosphere|relations|debate|well|chalice|pill|climate|mood|minds?|politics|discourse|relationship)\b/i;
// Investigators' searches are not attacks ("federal agents raided the firm's offices", "police raided a flat").
const RAID_BY_INVESTIGATORS = /\b(?:federal agents|agents|investigators|inspectors|tax (?:officials|inspectors|authorities)|regulators|detectives|prosecutors|officials from|fraud office|competition (?:officials|authorities))\s+(?:\w+\s+)?$/i;
// "the assault on the US market", "a regulatory assault", "a charm offensive".
const ASSAULT_BEFORE = /\b(?:regulatory|legal|marketing|advertising|charm|sales|media|diplomatic|rhetorical|two-pronged|political|verbal|price|pricing|commercial|competitive)\s+$/i;
const ASSAULT_AFTER = /^\s+on (?:the\s+)?(?:[\w-]+\s+){0,2}(?:market|markets|charts|record|title|summit|peak|crown|league|championship|cup|presidency|nomination|budget|deficit|prices|sales|consumers)\b/i;
// "an attack on the cost of the asylum system", "attacked the way the war was sold", "attacked government red
// tape": a record, a policy or a way of doing things is attacked in words.
const VERBAL_OBJECT = /^\s+on\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|[A-Z][\w'’-]*['’]s\s+)?(?:[\w-]+\s+)?(?:record|cost|costs|policy|policies|plans?|way|failure|decision|proposals?|spending|handling|leadership|taxes|reforms?|bill|red tape|credibility|stance|comments|remarks|views|claims|idea|ideas|budget|manifesto|strategy|rivals?|opponents?|critics)\b|^\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+|[A-Z][\w'’-]*['’]s\s+)?(?:government\s+|[\w-]+\s+)?(?:way|record|policy|policies|plans?|failure|decision|proposals?|red tape|handling|idea|ideas|manifesto|strategy|budget|comments|remarks|claims|credibility)\b/i;
const KILLED_THING = /^\s+(?:off\s+)?(?:the|a|an|its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:part|project|bill|deal|plan|idea|proposal|feature|product|service|programme|program|scheme|talks|momentum|demand|mood|buzz|engine|lights|story|motion|amendment|initiative|app|brand|game|chances?|hopes?)\b|^\s+off\s+(?:demand|competition|sales|hopes?)\b/i;
// "a clash between Yukos and the Kremlin", "the clash of civilisations", "the ranges clash": disputes.
const CLASH_AFTER = /^\s+(?:of (?:civili[sz]ations|cultures|interests|personalities|egos|styles)|over (?:the\s+)?(?:[\w-]+\s+){0,2}(?:policy|plans?|budget|bill|law|reform|tax|taxes|rules|deal|prices|jobs|funding|strategy))\b/i;

/**
 * Whether the attack word at [start, end) is used in a sense that is not violence. The words around it are
 * read inside its sentence [sentenceStart, sentenceEnd).
 */
export function isFigurative(text: string, start: number, end: number, sentenceStart: number, sentenceEnd: number): boolean {
  const word = text.slice(start, end).toLowerCase();
  const before = text.slice(Math.max(sentenceStart, start - 60), start);
  const after = text.slice(end, Math.min(sentenceEnd, end + 60));
  const sentence = text.slice(sentenceStart, sentenceEnd);
  const hurt = HURT.test(sentence);
  const head = word.split(/\s+/)[0];

  if (COMPOUND_BEFORE.test(before) && /^(?:shot|struck|shooting|bombed|blasted)$/.test(head)) return true;
  if (COMPOUND_AFTER.test(after) && /^(?:shot|shoot|struck|bomb)$/.test(head)) return true;
  // A capitalised attack word inside a sentence is part of a name or a title ("Pacific Assault", "How to
  // Dismantle an Atomic Bomb", "Rocket Raccoon", "The Killing Fields").
  if (/^[A-Z]/.test(text.slice(start, end)) && !/^(?:Molotov|IED|RPG)/.test(text.slice(start, end)) && /[\p{L}\d'’]\s+$/u.test(before)) return true;
  if (/^fired$/.test(head) && /\b(?:been|was|were|be|being|get|got|getting|is|are)\s+$/i.test(before) && !/\b(?:shots?|rounds?|bullets?|rockets?|missiles?|mortars?|shells?|grenades?|projectiles?|weapons?|guns?)\s+(?:\w+\s+){0,2}$/i.test(before)) return true;
  if (/^fired on$/.test(word) && /^\s+(?:\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)/i.test(after)) return true;
  if (/^executed$/.test(head) && (/\b(?:warrants?|orders?|plans?|contracts?|trades?|strategy|deals?|transactions?|programmes?|programs?|scripts?|code)\s+(?:(?:were|was|had been|have been|has been|been|being|are|is)\s+)?$/i.test(before) || /^\s+(?:a|an|the|its|their|his|her)?\s*(?:plan|strategy|trade|deal|contract|order|warrant|move|turn|manoeuvre|maneuver|pass|play|program|programme|code)\b/i.test(after))) return true;
  if (/^bombard/.test(head) && /^["”’']?\s+(?:with|by)\s+(?!(?:\w+\s+){0,2}(?:shells?|rockets?|artillery|missiles?|fire|mortars?|warplanes?|aircraft|bombs?|jets?|drones?|gunfire|tanks?)\b)/i.test(after)) return true;
  if (/^bombed$/.test(head) && /\b(?:film|movie|show|album|single|play|musical|series|sequel|release|launch|product|IPO|flotation|campaign)\s+(?:\w+\s+)?$/i.test(before)) return true;
  if (/^blasts?$/.test(head) && /\b(?:been|was|is|be|had|have|having|what|such)\s+a\s+$/i.test(before)) return true;
  if (!hurt && SPORT.test(sentence) && /^(?:shot|shots|shoot|shoots|shooting|struck|attack|attacks|attacked|clash|clashes|clashed|blast|blasts|fired|fire|assault|raid|raided|ambush|ambushed|missile|missiles|bombed|sniper|stormed|killing)$/.test(head)) return true;
  if (!HURT.test(sentence) && (GAME.test(sentence) || COMPUTING.test(sentence))) return true;
  if (/^shot(?: at)?$/.test(word) && SHOT_NOUN_BEFORE.test(before) && !SHOT_NOUN_EXCEPT.test(after)) return true;
  if (/^(?:shot|shoots?)$/.test(word) && SHOT_RISE.test(after)) return true;
  if (/^(?:shot|shooting)$/.test(word) && !hurt && WORK.test(sentence) && !SHOT_AT_SOMEONE.test(after)) return true;
  if (!hurt && WORK.test(sentence) && /\b(?:fictional|fictitious|imaginary|simulated|depicts?|depicting|portrays?|portraying|dramati[sz]es?|storyline)\b/i.test(sentence)) return true;
  if (head === 'struck' && STRUCK_NON_VIOLENT.test(after)) return true;
  if (/^bomb/.test(word) && (BOMB_BEFORE.test(before) || BOMB_AFTER.test(after))) return true;
  if (/^(?:atomic|nuclear|hydrogen)\s+$/i.test(before.slice(-10)) && /^bombs?$/.test(word) && !hurt) return true;
  if (/^blasts?$/.test(word) && (BLAST_BEFORE.test(before) || BLAST_AFTER.test(after))) return true;
  if (/^explo/.test(word) && (EXPLOSION_BEFORE.test(before) || EXPLOSION_AFTER.test(after))) return true;
  if (/^explosions?$/.test(word) && EXPLOSION_IN_ACTIVITY.test(after)) return true;
  if (/^explod/.test(word) && GROWTH_SUBJECT_BEFORE.test(before)) return true;
  // "set himself on fire": a self-immolation harms no one else; it is a protest or a suicide, not an attack.
  if (/^set\b/.test(word) && /\b(?:himself|herself|themselves)\b/i.test(word)) return true;
  if (/^landmines?$/.test(word) && LANDMINE_BEFORE.test(before)) return true;
  if (/^(?:rockets?|missiles?)$/.test(word) && (ROCKET_BEFORE.test(before) || ROCKET_AFTER.test(after))) return true;
  if (/^rocket$/.test(word) && /^Rocket\s+[A-Z]/.test(text.slice(start, end + 3))) return true;
  if (/^(?:mortars?|rockets?|missiles?|artillery|grenades?|bombs?|explosives?)$/.test(word) && ARMS_TRADE_AFTER.test(after) && !hurt) return true;
  if (/^mortars?$/.test(word) && MORTAR_BEFORE.test(before)) return true;
  if (/\bover$/.test(word) && RUN_OVER_AFTER.test(after)) return true;
  if (/^stab/.test(word) && STAB_AFTER.test(after)) return true;
  if (/^hijack/.test(word) && HIJACK_AFTER.test(after)) return true;
  if (/^poison/.test(word) && POISON_AFTER.test(after)) return true;
  if (/^raid/.test(word) && RAID_BY_INVESTIGATORS.test(before)) return true;
  if (/^assault/.test(word) && (ASSAULT_BEFORE.test(before) || ASSAULT_AFTER.test(after))) return true;
  if (/^clash/.test(word) && CLASH_AFTER.test(after)) return true;
  if (/^(?:attack|attacks|attacked|assault|assaulted)$/.test(head) && VERBAL_OBJECT.test(after)) return true;
  if (/^attack$/.test(head) && /^\s+(?:dogs?|mongrels?|ads?|adverts?|advertisements?|campaigns?|lines?|mode|posters?|leaflets?)\b/i.test(after)) return true;
  if (head === 'struck' && /^\s+by (?:the |its |his |her |their )?(?:level|scale|number|extent|size|quality|beauty|similarity|way|fact|contrast|lack|amount|degree|depth|intensity|strength|warmth|sense)\b/i.test(after)) return true;
  if (/^clash/.test(head) && /^\s+with (?:the |his |her |their )?(?:ministers?|colleagues|critics|officials|the board|management|regulators|judges?|MPs|chancellor|prime minister|president|party|leadership|bosses|owners?|the club|referees?|manager)\b/i.test(after)) return true;
  if (/^raid/.test(head) && /^\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:box|fridge|larder|piggy bank|pensions?|coffers|reserves|kitty|funds?|wardrobe|archives?|cupboard|budget)\b/i.test(after)) return true;
  if (/^raid/.test(head) && /\bpolice\s+(?:[\w-]+\s+)?$/i.test(before) && !/\b(?:killed|dead|died|wounded|injured|gunfire|clash\w*|fired|shot)\b/i.test(sentence)) return true;
  // "killed the part of the project", "killing off demand": a thing or a plan is killed, not a person.
  if (/^kill/.test(head) && KILLED_THING.test(after)) return true;
  // "refrain from speculating that it had been hijacked": a rumour, not a report.
  if (/\b(?:speculat\w+|rumou?rs?|rumou?red)\b[^.]{0,40}$/i.test(before)) return true;
  if (/^shoot$/.test(head) && /^\s+(?:that|the|this) fox\b/i.test(after)) return true;
  return false;
}
