// Wire-agency credit of a syndicated story: a dateline "PARIS (AFP) —", a sign-off "– AFP", a credit line
// "(Reporting by ...; Editing by ...)" or a byline naming the agency. An agency named inside a sentence
// ("told AFP", "according to Reuters") is a source of the story, not its credit.

const AGENCIES: Array<[RegExp, string]> = [
  [/^(afp|agence france[- ]presse)$/i, 'AFP'],
  [/^(reuters|thomson reuters)$/i, 'Reuters'],
  [/^(ap|the associated press|associated press)$/i, 'AP'],
  [/^(dpa)$/i, 'dpa'],
  [/^(efe)$/i, 'EFE'],
  [/^(ansa)$/i, 'ANSA'],
  [/^(xinhua)$/i, 'Xinhua'],
  [/^(upi)$/i, 'UPI'],
  [/^(pti)$/i, 'PTI'],
  [/^(ians)$/i, 'IANS'],
  [/^(kyodo)$/i, 'Kyodo'],
  [/^(yonhap)$/i, 'Yonhap'],
  [/^(tass)$/i, 'TASS'],
  [/^(bloomberg)$/i, 'Bloomberg'],
  [/^(anadolu( agency)?)$/i, 'Anadolu'],
];

const AGENCY_ALTERNATION =
  'AFP|Agence France[- ]Presse|Reuters|Thomson Reuters|AP|The Associated Press|Associated Press|dpa|DPA|EFE|ANSA|Xinhua|UPI|PTI|IANS|Kyodo|Yonhap|TASS|Bloomberg|Anadolu(?: Agency)?';

/** "PARIS (AFP) —", "(Reuters) -", "WASHINGTON, Nov 18 (Reuters) -": the agency in brackets before a dash. */
const DATELINE_RE = new RegExp(`^[^\\n]{0,80}?\\((${AGENCY_ALTERNATION})\\)\\s*[—–-]`);
/** "... the end. – AFP", "—Reuters", "AFP" alone on the last line, "© AFP 2019". */
const SIGNOFF_RE = new RegExp(`(?:^|[\\s.!?”"])[—–-]\\s*(${AGENCY_ALTERNATION})\\s*$|^\\(?©?\\s*(${AGENCY_ALTERNATION})\\)?(?:\\s+\\d{4})?$`);
/** Reuters's credit line. */
const REUTERS_CREDIT_RE = /^\(?\s*(Reporting|Additional reporting|Writing) by [^)]*(Editing|editing) by/;
/** AP's credit line. */
const AP_CREDIT_RE = /^Associated Press (writers?|reporters?)\b.*\bcontributed/;

export function canonicalAgency(name: string): string | undefined {
  const trimmed = name.trim();
  for (const [re, canonical] of AGENCIES) if (re.test(trimmed)) return canonical;
  return undefined;
}

/** The wire credit from the story's paragraphs and byline, or undefined. */
export function detectWire(paragraphs: string[], byline?: string): string | undefined {
  const first = paragraphs[0] ?? '';
  const dateline = DATELINE_RE.exec(first);
  if (dateline) return canonicalAgency(dateline[1]!);
  for (const para of paragraphs.slice(-3).reverse()) {
    const signoff = SIGNOFF_RE.exec(para.trim());
    if (signoff) return canonicalAgency(signoff[1] ?? signoff[2]!);
    if (REUTERS_CREDIT_RE.test(para)) return 'Reuters';
    if (AP_CREDIT_RE.test(para)) return 'AP';
  }
  if (byline) {
    for (const part of byline.split(/\s*(?:,|\band\b|&|\/|\|)\s*/)) {
      const agency = canonicalAgency(part.replace(/^by\s+/i, ''));
      if (agency) return agency;
    }
  }
  return undefined;
}
