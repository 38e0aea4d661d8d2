/**
 * What a reply's referral needs from the comment beyond its labels: which service area a
 * criticism is about (so the right manager is informed) and whether violence is in a close
 * relationship (so Kvinnofridslinjen is named). Plain word lists: a wrong guess only changes an
 * internal suggestion or adds a national helpline, never hides a referral.
 */
export type ServiceArea = 'skola' | 'omsorg' | 'socialtjänst';

const AREAS: ReadonlyArray<[ServiceArea, RegExp]> = [
  ['skola', /(?<![\p{L}])(?:skola\p{L}*|skolan\p{L}*|förskola\p{L}*|fritids\p{L}*|rektor\p{L}*|lärar\p{L}*|elev\p{L}*|klass(?:en|kamrat\p{L}*)?|school\p{L}*|teacher\p{L}*|principal|preschool|kindergarten|daycare)(?![\p{L}])/iu],
  ['omsorg', /(?<![\p{L}])(?:hemtjänst\p{L}*|äldreboende\p{L}*|särskilt boende|gruppbostad\p{L}*|boendestöd\p{L}*|omsorg\p{L}*|lss|personlig assistans|assistent\p{L}*|trygghetslarm\p{L}*|demensboende\p{L}*|home care|care home|nursing home|elderly care|group home|personal assistan\p{L}*)(?![\p{L}])/iu],
  ['socialtjänst', /(?<![\p{L}])(?:socialtjänst\p{L}*|socialen|soc|socialsekreterar\p{L}*|handläggar\p{L}*|försörjningsstöd\p{L}*|ekonomiskt bistånd|orosanmälan|social services|social worker|case ?worker|welfare)(?![\p{L}])/iu],
];

/** The service area the comment names first, or null when it names none. */
export function serviceAreaOf(text: string): ServiceArea | null {
  let best: { area: ServiceArea; at: number } | null = null;
  for (const [area, pattern] of AREAS) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.at)) best = { area, at: match.index };
  }
  return best?.area ?? null;
}

const CLOSE_PARTNER =
  /(?<![\p{L}])(?:min (?:man|make|fru|sambo|pojkvän|flickvän|kille|tjej|partner|f\.d\. man|exman|exfru)|mitt ex|mammas (?:kille|pojkvän|sambo)|pappas (?:tjej|flickvän|sambo)|my (?:husband|wife|boyfriend|girlfriend|partner|ex)|mum's boyfriend|mom's boyfriend)(?![\p{L}])/iu;

/** Whether the comment speaks of a partner or ex: violence there is violence in a close relationship. */
export function mentionsClosePartner(text: string): boolean {
  return CLOSE_PARTNER.test(text);
}
