/**
 * Who a comment is about. Lexicons match normalised text (lexicon.ts syntax); Swedish and English
 * live side by side because people mix them. Why these words: CLASSIFIER-NOTES.md, "Concepts, not
 * phrases", and the guideline's "oavsett om ... det gäller någon annan (till exempel ett barn)".
 */
export const people = {
  /** A child or teenager. "far" is left out on purpose: folded, it is also "får". */
  child: [
    'barn', 'barnen', 'barnet', 'barnets', 'barns', 'barnens', 'barnbarn*', 'unge', 'ungen', 'ungar', 'ungarna', 'ungdom*',
    'bebis*', 'bebben', 'baby*', 'spädbarn*', 'småbarn*', 'småttingar*', 'lillen', 'lillan', 'lilleman', 'grabben',
    'pojke*', 'pojken', 'pojkar*', 'flicka*', 'flickan', 'flickor*', 'tjejen', 'killen', 'dotter', 'dottern', 'döttrar*',
    'son', 'sonen', 'söner*', 'brorson*', 'systerson*', 'brorsdotter*', 'systerdotter*', 'tjej', 'tjejer', 'tjejerna', 'kille', 'killar', 'killarna', '/(?<=\\()(?:[1-9]|1[0-7])(?=\\))/', '/(?:max|kanske|runt|ca|typ|ungefar|cirka) (?:\\d{1,2}|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|tretton|fjorton|femton) ar(?![\\p{L}])/',  'sonens', 'dotterns', 'elev', 'eleven', 'elever*', 'styvbarn*', 'fosterbarn*', 'syskon*',
    'lillebror', 'lillasyster', 'storebror', 'storasyster', 'tonåring*', 'tonåren', 'ettåring*', 'tvååring*', 'treåring*',
    'fyraåring*', 'femåring*', 'sexåring*', 'sjuåring*', 'åttaåring*', 'nioåring*', 'tioåring*', '/\\d{1,2}[- ]?(?:aring|ars)\\p{L}*/',
    '/\\d{1,2} (?:ar|manader) gammal/', '/(?:hon|han|hen) ar (?:bara )?\\d{1,2}(?! ?ar sedan)/', 'förskolebarn*', 'skolbarn*',
    'little ones', 'kid', 'kids', 'child', 'children', 'childs', 'toddler*', 'infant*', 'daughter*', 'sons', 'boy', 'boys',
    'girl', 'girls', 'teen', 'teens', 'teenager*', 'pupil*', 'little one*', 'stepson*', 'stepdaughter*', '/\\d{1,2}[- ]year[- ]old/',
    // A kinship or child word with an age after it: "sonen på 5", "dottern 13", "min bror som är 12", "bebisen är 3 mån".
    '/(?<![\\p{L}])(?:son|sonen|dotter|dottern|grabb|grabben|pojk|pojken|flicka|flickan|tjej|tjejen|kille|killen|bebis|bebisen|barn|barnet|unge|ungen|bror|brorsan|lillebror|syster|syrra|syrran|lillasyster|kusin|kusinen|kompis|kompisen|granne|grannen|elev|eleven) (?:pa |som ar |som e |ar |e )?(?:typ |ca |bara |kanske |nyss )?(?:[1-9]|1[0-7]|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton)(?: ar| manader| man| veckor)?(?![\\p{L}\\p{N}]|[:.,-]\\p{N})/',
    // "är 13 år", "e typ 14", "hon e 9": a stated age under 18.
    '/(?<![\\p{L}])(?:ar|e) (?:typ |ca |bara |kanske |nyss )?(?:[1-9]|1[0-7]) ar(?! sedan| sen| kvar)(?![\\p{L}])/',
    '/(?<![\\p{L}])(?:hon|han|hen|som|minsta|yngsta) (?:e|ar) (?:typ |ca |bara |kanske |nyss )?(?:[1-9]|1[0-7])(?! ?(?:ar sedan|ar sen|kr|procent|grader|minus|%|timmar|minuter|dagar|veckor|ganger))(?![\\p{N}]|[:.,]\\p{N})/',
    '/(?<![\\p{L}\\p{N}])(?:[1-9]|1[0-7]) ?(?:yo|y\\/o|yr old|yrs old|years old|year old|-year-old)(?![\\p{L}])/',
    "/(?<![\\p{L}])(?:aged|she is|he is|she's|he's|shes|hes) (?:only |just )?(?:[1-9]|1[0-7])(?: years?)?(?=[ ,.!?)]|$)/",
    'syrra', 'syrran', 'lillsyrra*', 'lillebrorsan', 'lillbrorsan', 'grannbarn*', 'grannungar*', 'grannungen', 'barnbarnet',
    'klasskompis*', 'skolkompis*', 'lillkillen', 'lilltjejen', 'småungar*', 'småbarnen', 'minstingen', 'tvillingarna',
    'fosterson*', 'fosterdotter*', 'bonusbarn*', 'bonusson*', 'bonusdotter*', 'styvson*', 'styvdotter*', 'nephew*', 'niece*',
    'grandson*', 'granddaughter*', 'grandchild*', 'little brother', 'little sister', 'younger brother', 'younger sister', 'kiddo',
    'newborn', 'student of mine', 'classmate*',
    // Compound ages ("16-åriga kusin", "14-årig tjej"), school years ("åk 2", "i 8B", "9:or"), the writer's own stated age.
    '/\\d{1,2}[- ]?arig[a-z]*(?![\\p{L}])/', '/(?<![\\p{L}])(?:ak|arskurs) ?[1-9](?![\\p{N}])/', '/(?<=(?:^|[^\\p{L}])(?:i|klass|klassen) )[1-9][a-f](?![\\p{L}\\p{N}])/',
    '/[1-9]:(?:or|orna)(?![\\p{L}])/',
    '/(?<![\\p{L}])(?:jag|ja) (?:ar|e) (?:bara |typ |snart |nyss )?(?:1[0-7]|[6-9])(?: ar)?(?![\\p{L}\\p{N}]|[:.,]\\p{N}| ?(?:ar sedan|ar sen|minuter|min|timmar|kr|procent|%|grader|ggr|ganger))/',
    "/(?<![\\p{L}])(?:im|i'm|i am) (?:only |just )?(?:1[0-7]|[6-9])(?: years? old| yo| y\\/o)?(?![\\p{L}\\p{N}]|[:.,]\\p{N}| ?(?:minutes|min|hours|kr|percent|%))/",
    'dotters', 'döttrars', 'sönernas', 'yngsta', 'yngste', 'minsta barnet', 'grabb', 'grabbar', 'grabbarna', 'tös', 'tösen', 'töserna', 'jäntan',
    'knatte', 'knattar', 'knattarna', 'pysen', 'sonson*', 'dotterson*', 'sondotter*', 'dotterdotter*', 'nyfödd*', 'minderårig*',
    'underårig*', '*syskon', '*syskonen', 'småsyskon*', 'högstadieelev*', 'mellanstadieelev*', 'lågstadieelev*', 'gymnasieelev*',
    'niondeklassare*', 'åttondeklassare*', 'sjundeklassare*', 'sexåringar*', 'femåringar*', 'flickebarn', 'gossebarn',
    'youngest', 'kiddos', 'youngster*', 'juvenile*', 'schoolkid*', 'schoolchild*', 'schoolgirl*', 'schoolboy*', 'preteen*', 'tween*',
    'toddlers', 'little boy', 'little girl', 'baby boy', 'baby girl', 'minors', 'underage', 'stepkid*', 'stepchild*',
    'foster child*', 'foster kid*', 'grandkid*',
  ],
  /** The writer describing themself as a child or teenager. */
  /** A younger sibling: with the writer hiding at home, a sign the writer is a child too. */
  littleSibling: ['lillasyster', 'lillasyrran', 'lillebror', 'lillebrorsan', 'småsyskon', 'små syskon', 'little sister', 'little brother', 'baby sister', 'baby brother'],
  youngWriter: [
    '/jag (?:ar|e) (?:bara )?(?:1[0-7]|[6-9])(?: ar)?(?![\\p{L}\\p{N}])/', '/i am (?:only )?(?:1[0-7]|[6-9])(?![\\p{L}\\p{N}])/',
    "/i'm (?:only )?(?:1[0-7]|[6-9])(?![\\p{L}\\p{N}])/", 'går i sjuan', 'går i åttan', 'går i nian', 'går i femman', 'går i sexan',
    'min lärare', 'mina föräldrar', 'my parents',
    // Age said without "jag", as young people write: "e 15 o ...", "im 13", "I'm only 12".
    '/(?:^|[.!?,] ?)(?:e|ar|jag e|jag ar|ja e|ja ar) (?:bara |typ |snart )?(?:1[0-7]|[6-9])(?: ar| bast)?(?![\\p{L}\\p{N}]|[:.,]\\p{N})/',
    "/(?<![\\p{L}])(?:im|i'm|i am|iam) (?:only |just |like )?(?:1[0-7]|[6-9])(?: years? old| yo| y\\/o)?(?![\\p{L}\\p{N}])/",
    '/(?<![\\p{L}])(?:gar|jag gar|ja gar) (?:i|pa) (?:[1-9]|ettan|tvaan|trean|fyran|femman|sexan|sjuan|attan|nian)(?:an|:an)?(?![\\p{L}\\p{N}])/',
    'min klass', 'i min klass', 'min klassföreståndare', 'min mentor', 'min rektor', 'mina lärare', 'min styvpappa', 'min styvmamma',
    'min bonuspappa', 'min bonusmamma', 'mammas kille', 'mammas pojkvän', 'pappas tjej', 'pappas flickvän', 'högstadiet', 'mellanstadiet',
    'lågstadiet', 'my class', 'my teacher', 'my school',
    '/(?<=(?:^|[.!?,])\\s?)(?:e|ar) (?:bara |typ |snart )?(?:1[0-7]|[6-9])(?: ar| bast)?(?![\\p{L}\\p{N}]|[:.,]\\p{N})/',
    'min klasskompis',
    'min lillasyster', 'min lillebror',
    'in year 8',
    'my stepdad', 'my stepmom', "my mom's boyfriend", "my moms boyfriend",
    "my mum's boyfriend", 'my mums boyfriend', 'my dads girlfriend', "my dad's girlfriend", 'in grade', 'in 7th grade', 'in 8th grade', 'in 9th grade',
  ],
  /** Home and the adults who care for a child. */
  homeCarer: [
    'hemma', 'hemmet', 'hem', 'hemifrån', 'hemmaplan', 'lägenhet*', 'huset', 'mamma', 'mamman', 'mammas', 'mammor*', 'morsa*',
    'pappa', 'pappan', 'pappas', 'pappor*', 'farsa*', 'föräld*', 'styvpappa*', 'styvmamma*', 'styvfar*', 'styvmor*',
    'mammans', 'pappans', 'vårdnadshavare*', 'fosterhem*', 'familjehem*', 'familjen', 'familjens', 'mom', 'mum',
    'dad', 'father', 'mother', 'parent', 'parents', 'stepdad*', 'stepfather', 'stepmom', 'stepmother', 'at home', 'home',
    'their flat', 'their apartment', 'mammas kille', 'mammas nya', 'pappas nya', 'boyfriend', 'hennes kille',
    'fostermamma*',
    'lägenheten', 'farsan', 'foster parent*',
    'foster family', "mum's boyfriend", 'moms boyfriend',
    'the house', 'next door', 'the flat', 'the apartment',
  ],
  /** The writer themself. */
  self: [
    'jag', 'mig', 'min', 'mitt', 'mina', 'vi', 'oss', 'vår', 'vårt', 'våra', 'mej', "i'm", "i've", "i'd", 'im', 'ive',
    'me', 'my', 'myself', 'we', 'us', 'our', 'mitt eget', 'själv',
    'jag själv', 'undertecknad', 'yours truly', 'mine', 'ourselves', 'mej själv',
    // Comments drop "jag" at the start of a sentence: "Fick avslag igen", "Orkar inte mer", "Skickade in papperen".
    '/(?<=(?:^|[.!?\\n])\\s{0,2})(?:fick|fatt|skickade|skickat|ringde|ringt|mejlade|mejlat|mailade|mailat|sokte|ansokte|ansokt|vantat|vantar|orkar|pallar|mar|kanner mig|klarar inte|saknar|har inte sovit|har inte atit|kan inte sova|kan inte andas|blev vrakt|sover|sovit|bor i|got|sent|called|emailed|applied|waited|been waiting|feel|feeling|cant|can\'t)(?![\\p{L}])/',
    // English "I" alone would also match Swedish "i" (in): only with a verb after it.
    "/i (?:am|was|have|had|can|can't|cannot|could|couldn't|don't|do|did|didn't|feel|need|want|just|will|would|think|know|live|got|get|applied|asked|called|wrote|told|tried|lost|found|saw|hear|heard|see|hope|wonder|asked|emailed|phoned|sent|moved|paid|received|reported|waited|wait|miss|love|hate|cry|cried|slept|sleep|keep|went|go|called|used|lived|tell|told|begged|spoke|talked|contacted|complained|submitted|filled|signed|visited|found|woke|came|left|am|was)(?![\\p{L}])/",
  ],
  /** A relative the writer speaks for. */
  relative: [
    'min mamma', 'min pappa', 'min mor', 'min far', 'mina föräldrar', 'min mormor', 'min farmor', 'min morfar', 'min farfar',
    'mormor', 'farmor', 'morfar', 'farfar', 'min bror', 'min syster', 'min son', 'min dotter', 'vår son', 'vår dotter',
    'min man', 'min fru', 'min sambo', 'min partner', 'min gubbe', 'min kusin', 'min moster', 'min faster', 'min morbror',
    'vårt barn', 'mitt barn', 'mina barn', 'våra barn', 'my mother', 'my mum', 'my mom', 'my father', 'my dad', 'my son',
    'my daughter', 'my grandmother', 'my grandma', 'my grandfather', 'my brother', 'my sister', 'my husband', 'my wife',
    'my child', 'my kids', 'our son', 'our daughter', 'gammelmormor', 'svärmor', 'svärfar', 'min gamla mamma',
    'mamma', 'pappa', 'min mammas', 'min pappas', 'min sons', 'mitt barnbarn', 'mina barnbarn', 'min farbror',
    'min syrra', 'min brorsa', 'min lillebror', 'min lillasyster', 'min storebror', 'min storasyster', 'min svärmor',
    'min svärfar', 'min bonuspappa', 'min bonusmamma', 'min styvson', 'min styvdotter', 'min fosterson', 'min fosterdotter',
    'min brorson', 'min systerson', 'min brorsdotter', 'min systerdotter', 'min gamla pappa', 'min äldre', 'min anhörig*',
    'min make', 'min hustru', 'min maka', 'mina svärföräldrar', 'my nephew', 'my niece', 'my grandson', 'my granddaughter',
    'my grandchild', 'my uncle', 'my aunt', 'my cousin', 'my mother-in-law', 'my father-in-law', 'my partner', 'my elderly',
    'my disabled', 'our child', 'our children', 'our kids',
    'min yngsta', 'min grabb', 'min unge', 'våra ungar',
    'min dotters',
    'vårt placerade barn', 'farsan', 'min pojkvän',
    'my youngest', 'our twins', 'my boyfriend', 'my girlfriend',
    'my stepdad',
    'my grandpa', 'my little brother',
  ],
  /** A specific other person the writer points out. */
  pointedOut: [
    'en kille', 'killen', 'en tjej', 'tjejen', 'en person', 'personen', 'folk', 'a guy', 'the guy', 'a man', 'the man', 'a woman', 'the woman', 'people', 'someone',
    'grannen', 'grannarna', 'en kvinna', 'kvinnan', 'en man', 'mannen', 'en vuxen', 'en vuxen kille', 'mamman', 'pappan', 'granne', 'grannens', 'grannfamilj*', 'grannbarn*', 'familjen på', 'familjen i', 'killen i',
    'han', 'hon', 'hen', 'honom', 'henne', 'hans', 'hennes', 'deras', 'dom', 'dem', 'de', 'neighbour*', 'neighbor*', 'he',
    'she', 'him', 'her', 'his', 'they', 'their', 'them', 'min kompis', 'min vän', 'kompisen', 'my friend', 'a friend', 'en kompis',
    'en granne', 'grannar',
    'ett gäng', 'några killar', 'en tant', 'en äldre man',
    'en vakt', 'vakten', 'ägaren', 'föraren', 'mitt ex',
    'bästa vännens',
    'hennes pojkvän', 'min hyresvärd',
    'the lady', 'a girl', 'a boy', 'the boy', 'the kid', 'a kid', 'some guys',
    'an old man', 'an old lady', 'the owner', 'my ex', 'my roommate',
    'my best friend', 'her husband', 'his wife',
    'the family', 'a family',
  ],
} as const;
