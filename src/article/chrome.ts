// Blocks of page chrome recognised by their words and shape, whatever markup carries them: share prompts,
// advertisement labels, newsletter and comment calls to action, photo credits.

/** Longer blocks are prose even when they mention sharing or subscribing. */
const MAX_CHROME_CHARS = 120;

const CHROME_RES: RegExp[] = [
  // Labels standing alone.
  /^(advertisement|advertising|sponsored( content)?|ad|continue reading|read more|see more|show more|load more|related( articles| stories| content)?|more on this( story)?|recommended( for you)?|trending( now)?|share( this)?( article| story)?|comments?|loading\.*|skip advert(isement)?)\W*$/i,
  // Calls to action: share, follow, subscribe, sign up, comment.
  /^(please )?(share|follow|like|subscribe|sign up|sign in|log in|register|join|download|click|tap|get|leave|post|add|view|read|watch|listen)\b.*\b(facebook|twitter|instagram|linkedin|whatsapp|email|newsletter|inbox|comments?|reply|app|podcast|here|more|updates|alerts|us)\b\W*$/i,
  // Photo and image credits.
  /^(photo|image|picture|video|graphic|illustration|source|credit|caption)s?( credit)?\s*[:|/©-]/i,
  /^(image|photo) copyright\b/i,
  /^\(?(getty images|ap photo|reuters|afp|epa|shutterstock)(\/[\w .]+)?\)?$/i,
  /^©/,
];

export function isChromeBlock(text: string): boolean {
  if (text.length > MAX_CHROME_CHARS) return false;
  return CHROME_RES.some((re) => re.test(text));
}
