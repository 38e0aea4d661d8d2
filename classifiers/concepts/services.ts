/**
 * The municipality's services and the words of a person's own matter with them.
 * Guideline: "Handläggning av ärenden som rör enskilda individer ... får inte förekomma".
 */
export const services = {
  service: [
    'soc', 'socen', 'soci', 'soctant*', 'socialen', 'socialtjänst*', '*socialtjänst*', 'socialförvaltning*', 'socialsekreterar*',
    'socialsekreterare*', 'socialkontor*', 'socialnämnd*', 'socialjour*', 'familjebehandl*', 'barn- och familj*', 'ekonomiskt bistånd',
    'försörjningsstöd*', 'bistånd*', 'biståndshandläggar*', 'handläggar*', 'handläggarn', 'handläggning*', 'lss', 'lss-*', 'assistans*',
    'personlig assistent', 'boendestöd*', 'hemtjänst*', 'hemtjänsten', '*hemtjänst', 'äldreboende*', 'särskilt boende', 'trygghetslarm*',
    'korttids*', 'daglig verksamhet', 'gruppboende*', 'hvb', 'missbruksvård*', 'beroendeenhet*', 'öppenvård*', 'fältare*',
    'färdtjänst*', 'bostadsanpassning*', 'bygglov*', '*bygglov', 'bygglovs*', 'bygglovet', 'miljöförvaltning*', 'skola', 'skolan', 'skolans',
    '*skolan', 'förskola*', '*förskola*', 'fritids', 'rektor*', 'mentor*', 'skolsköterska*', 'kurator*', 'elevhälsa*', 'särskola*',
    'anpassad skola', 'skolskjuts*', 'skolplacering*', 'kommunen', 'kommunens', 'förvaltning*', 'vård och omsorg', 'omsorg*', 'enhetschef*', 'avdelning*', 'boendet', 'simskola*', 'simskolan', 'fritidspersonal*', 'fritidshem*', 'fritidsgård*', 'vuxenenhet*', 'familjecentral*', 'family centre', 'family center', 'care home', 'grade', 'principal', 'personal assistance', 'nämnd*', 'överförmyndar*', 'god man',
    'kontaktperson*', 'familjehem*', 'jourhem*', 'placering*', 'omhändert*', 'lvu', 'lvm', 'vräkningsförebygg*', 'budget- och skuld*',
    'social services', 'social worker*', 'caseworker*', 'case worker*', 'home care', 'care home', 'nursing home', 'school', "my child's school",
    'the municipality', 'council', 'the kommun', 'benefit*', 'welfare', 'disability support', 'housing adaptation', 'building permit',
  ],
  /** The words of a matter being handled: an application, a decision, a case. */
  caseTerm: [
    'ansökan', 'ansökningen', 'ansökt', 'ansökte', 'sökt', 'sökte', 'söker', 'ansöka', 'ärende*', 'ärendet', 'beslut*', '*beslut',
    'beslutet', 'avslag*', 'avslog', 'avslagit', 'fått avslag', 'nekad*', 'nekade', 'nekat', 'beviljad*', 'beviljat', 'beviljade',
    'utredning*', 'utredningen', 'utreder', 'överklag*', 'överklagan*', 'handläggningstid*', 'väntat', 'väntar', 'väntetid*',
    'fått svar', 'inte fått svar', 'inget svar', 'svarar inte', 'ringer tillbaka', 'ringt', 'mejlat', 'mailat', 'skrivit till',
    'utbetalning*', 'pengarna', 'ersättning*', 'faktura*', 'fakturan', 'avgift*', 'avgiften', 'räkning*', 'kravbrev', 'inkasso*',
    'lön', 'lönen', 'skadestånd*', 'plats', 'platsen', 'kö', 'kön', 'kölista*', 'placerad*', 'placerade', 'omplacer*', 'insats*',
    'biståndsbeslut*', 'journal*', 'anmälan', 'anmält', 'orosanmäl*', 'application', 'applied', 'appeal*', 'decision', 'case',
    'rejected', 'denied', 'refused', 'waiting', 'invoice', 'fee', 'payment', 'my file', 'caseworker',
  ],
  /** Serious failure by a service: the line between criticism and ordinary grumbling. */
  seriousFailure: [
    'vanvård*', 'misskött*', 'missade', 'missat', 'på akuten', 'lasarettet', 'granskas', 'breach', 'confidentiality', 'lämnade min', 'lämnade henne', 'lämnade honom', 'lämnades', 'reagerade inte', 'skäms', 'lagbrott', 'no one came', 'nobody came',  'fusk*', 'fuskar', 'maktmissbruk', 'abuse of power', 'borde skämmas', 'ska skämmas', 'should be ashamed', 'went days without', 'dagar utan', 'timmar utan', 'ingen har utrett', 'ingen uppföljning', 'no follow-up', 'no follow up', 'ingen tog ansvar', 'ingen har läst', 'skrev ut honom', 'skrev ut henne', 'kastar ut folk', 'kastade ut', 'never made', 'lied', 'falsified', 'förfalska*', 'lögn', 'på grund av en lögn', 'based on a lie', 'mobbningen', 'mobbing', 'larmade', 'visselblås*', 'whistleblow*', 'får vänta tre gånger', 'orättvis*', 'behandlas sämre', 'treated worse', 'missköter', 'försumm*', 'tjänstefel', 'lex sarah', 'lex maria', 'skandal*', 'kränk*', 'diskrimin*',
    'rasis*', 'övergrepp', 'ignorerar', 'ignorerade', 'ignorerat', 'struntar i', 'struntade i', 'brydde sig inte', 'bryr sig inte',
    'gjorde ingenting', 'gör ingenting', 'gjort ingenting', 'ingen gjorde något', 'ingen gör något', 'ingen reagerade', 'blundar',
    'mörkar', 'mörkade', 'ljuger', 'ljög', 'hotade', 'skrek åt', 'skriker åt', 'låst in', 'låser in', 'fastspänd*', 'lämnas ensam*',
    'lämnade ensam*', 'utan tillsyn', 'utan uppsikt', 'utan mat', 'utan medicin*', 'fel medicin', 'fått fel medicin', 'inte fått sin medicin',
    'inte fått medicin', 'inte fått mat', 'legat i', 'låg i sin', 'låg i avföring', 'i blöjan', 'bajs', 'urin', 'liggsår', 'uttorkad*',
    'ramlat', 'ramlade', 'ingen kom', 'kom aldrig', 'kommer aldrig', 'glömde', 'glömmer', 'glömt', 'mobbning*', 'mobbad*', 'mobbar',
    'mobbas', 'mobbats', 'grovt', 'livsfarlig*', 'oansvarig*', 'inkompetent*', 'skamlig*', 'vidrig*', 'omänsklig*', 'förnedrande',
    'neglect*', 'ignored', 'ignoring', 'did nothing', 'do nothing', 'nobody did anything', 'abuse*', 'discriminat*', 'racis*', 'humiliat*',
    'left alone', 'no medication', 'without medication', 'without food', 'without their medicine', 'without her medicine', 'without his medicine', 'utan sin medicin', 'wrong medication', 'bedsores', 'covered in', 'bullied', 'bullying', 'cover up', 'covered up',
    'incompetent', 'disgrace*', 'scandal*', 'misconduct',
  ],
  /**
   * The writer's own matter, said in so many words: a possessive before a case word ("min
   * ansökan", "vårt bygglov") or the writer as the one who applied, was refused, is waiting.
   * Written as regexes over folded text (å, ä → a, ö → o).
   */
  ownMatter: [
    `/(?:min|mitt|mina|var|vart|vara|my|our|mej|mig) (?:\\p{L}+ ){0,2}?(?:${[
      'ansokan', 'ansokning\\p{L}*', 'arende\\p{L}*', 'handlaggar\\p{L}*', 'socialsekreterar\\p{L}*', 'beslut\\p{L}*', 'avslag\\p{L}*',
      'utredning\\p{L}*', 'overklagan\\p{L}*', 'bygglov\\p{L}*', 'faktura\\p{L}*', 'rakning\\p{L}*', 'avgift\\p{L}*',
      'forsorjningsstod\\p{L}*', 'bistand\\p{L}*', 'hemtjanst\\p{L}*', 'lss\\p{L}*', 'assistans\\p{L}*', 'assistent\\p{L}*',
      'boendestod\\p{L}*', 'fardtjanst\\p{L}*', 'bostadsanpassning\\p{L}*', 'placering\\p{L}*', 'skolplacering\\p{L}*',
      'kontaktperson\\p{L}*', 'god man', 'plats\\p{L}*', 'ersattning\\p{L}*', 'utbetalning\\p{L}*', 'lon\\p{L}*', 'journal\\p{L}*',
      'insats\\p{L}*', 'application', 'caseworker', 'case worker', 'social worker', 'case', 'claim', 'invoice', 'benefits?', 'permit',
      'decision', 'appeal', 'placement',
    ].join('|')})(?![\\p{L}\\p{N}])/`,
    `/(?:jag|vi|i|we|han|hon|min \\p{L}+|var \\p{L}+) (?:har |hade |ha |have |had |has )?(?:\\p{L}+ )?(?:${[
      'ansokt', 'sokt', 'sokte', 'ansokte', 'fatt avslag', 'fick avslag', 'fick nej', 'fatt nej', 'nekats', 'nekades', 'blev nekad\\p{L}*',
      'fick inte plats', 'fatt inte plats', 'fick ingen plats', 'overklagat', 'overklagade', 'vantat', 'vantar pa', 'fatt en faktura',
      'fick en faktura', 'fick en rakning', 'inte fatt', 'inte fick', 'fatt beslut', 'fick beslut', 'blev placerad\\p{L}*', 'blev omhandertagen',
      'applied', 'was denied', 'was refused', 'got rejected', 'were rejected', 'have been waiting', 'been waiting', 'appealed', 'never got',
      "haven't received", 'did not get',
    ].join('|')})(?![\\p{L}\\p{N}])/`,
    // Said without a subject, as comments often are.
    '/(?:fatt|fick|far|skickat|skickade|skickar) (?:en |ett )?(?:\\p{L}+ ){0,2}?(?:faktura|fakturan|rakning|rakningen|inkasso\\p{L}*|p-bot|parkeringsbot|avslag|avslaget|nej|beslut om)(?![\\p{L}])/',
    '/(?:vantat|vantar|statt i ko|star i ko) (?:\\p{L}+ ){0,4}?(?:pa|till|for) (?:\\p{L}+ ){0,2}?(?:beslut\\p{L}*|svar|plats|platsen|lon|lonen|arvode\\p{L}*|ersattning\\p{L}*|utbetalning\\p{L}*|besked|bygglov\\p{L}*|bostad|handlaggar\\p{L}*|aldreboende\\p{L}*|boende|behandling\\p{L}*|hjalp)(?![\\p{L}])/',
    '/(?:inte|aldrig) (?:har )?(?:fatt|fick|betalat ut|betalt|betalat) (?:ut )?(?:\\p{L}+ ){0,2}?(?:lon|lonen|svar|beslut|pengar|pengarna|ersattning\\p{L}*|plats|arvode\\p{L}*|besked|utbetalning\\p{L}*)(?![\\p{L}])/',
    '/(?:hur overklagar|ska overklaga|vill overklaga|har overklagat|har bestridit|bestridit|begarde ersattning|begart ersattning|sa upp platsen|sagt upp platsen|stoppats|stangt av|spärrat|sparrat)(?![\\p{L}])/',
    "/(?:my|our) (?:son|daughter|mother|father|mom|mum|dad|child|kid|grandmother|grandfather)(?:'s)? (?:\\p{L}+ ){0,3}?(?:place|application|case|care|benefits?|school place|placement|decision)(?![\\p{L}])/",
    '/(?:i|we) (?:got|received|have received) (?:a |an )?(?:\\p{L}+ ){0,2}?(?:bill|invoice|fine|rejection|refusal|decision)(?![\\p{L}])/',
    '/(?:has had|have had|had) no (?:school place|place|answer|reply|decision|help)(?![\\p{L}])/',
  ],
  /** Health, social and legal circumstances that make a named person's data sensitive. */
  healthSocial: [
    'soc', 'socen', 'socialtjänst*', 'socialen', 'försörjningsstöd*', 'bistånd*', 'lss', 'hemtjänst*', 'missbruk*', 'psyk*', 'diagnos*', 'sjukdom*',
    'cancer', 'demens', 'dement', 'alzheimer*', 'autism', 'adhd', 'funktionsnedsättning*', 'medicin*', 'lasarett*', 'sjukhus*', 'akuten', 'fängelse*',
    'dömd*', 'dömts', 'åkte fast', 'snatteri', 'rattfylla', 'skuld*', 'kronofogden', 'omhändertagen', 'placerad', 'familjehem', 'hiv', 'gravid',
    'abort', 'missfall', 'alkoholist', 'knarkare', 'narkoman', 'pedofil*', 'benefits', 'welfare', 'rehab', 'psychiatric', 'diagnosis', 'prison',
  ],
  /** Staff of a service, as the target of criticism. */
  staff: [
    'personal*', 'personalen', '*personal', 'personalens', 'anställd*', 'lärare*', 'läraren', 'pedagog*', 'rektor*', 'chef*', 'chefen',
    'handläggar*', 'socialsekreterar*', 'vårdare*', 'undersköterska*', 'undersköterskor*', 'sjuksköterska*', 'hemtjänstpersonal*',
    'ni på', 'ni som jobbar', 'ni i kommunen', 'kommunen', 'staff', 'teacher*', 'carer*', 'nurse*', 'caseworker*', 'the school', 'the home',
    'boendet', 'avdelningen', 'enheten', 'verksamheten',
  ],
} as const;
