/**
 * A person in crisis: wanting to die, hurting themself, severe despair, danger to life now,
 * nowhere to sleep tonight. Guideline: "visa empati, framför allt om det är en person i kris".
 */
export const crisis = {
  suicidal: [
    'självmord*', '*självmord', 'suicid*', 'ta livet av mig', 'tar livet av mig', 'ta mitt liv', 'ta mitt eget liv', 'ta livet av sig',
    'tar livet av sig', 'tog livet av sig', 'ta sitt liv', 'vill dö', 'vill bara dö', 'vill inte leva', 'orkar inte leva', 'inte leva längre',
    'vill inte vakna', 'inte vakna mer', 'vill försvinna', 'vill bara försvinna', 'försvinna för alltid', 'göra slut på allt',
    'göra slut på mig', 'sätta stopp för allt', 'avsluta allt', 'avsluta mitt liv', 'hoppa från bron', 'hoppa från taket', 'tänkte hoppa', 'tänker hoppa', 'ville hoppa', 'hoppa framför', 'ingen skulle sakna mig', 'if i disappeared', 'nobody would notice', 'nobody would miss me', 'göra slut på det här', 'gör slut på det här',  'kasta mig framför',
    'ingen idé att leva', 'ingen mening att leva', 'ingen anledning att leva', 'bättre utan mig', 'klarar sig bättre utan mig',
    'sista gången', 'säga hejdå', 'skriver ett avskedsbrev', 'avskedsbrev*', 'kill myself', 'killing myself', 'end my life', 'end it all',
    'want to die', 'wanna die', "don't want to live", 'dont want to live', "don't want to be here", 'better off without me', 'suicid*',
    'take my own life', 'not wake up', 'samlat ihop tabletter', 'samlat på mig tabletter', 'sparat tabletter', 'tänker ta dem', 'ta alla tabletter', 'tagit alla tabletter', 'ta alla piller', 'står på taket', 'står på bron', 'har bestämt mig', 'ska ta slut', 'att det ska ta slut', 'att allt ska ta slut', 'bättre utan honom', 'bättre utan henne', 'my last day', 'last day on earth', 'saved up pills', 'took all my pills', 'on the roof', 'want it to end', 'want it all to end', 'no reason to live', 'end things', 'goodbye letter', 'say goodbye', 'orkar inte finnas',
  ],
  selfHarm: [
    'skär mig', 'skar mig', 'skära mig', 'skära sig', 'skär sig', 'skar sig', 'skadar sig själv', 'skadat sig själv', 'skada mig', 'cutting herself', 'cutting himself', 'cuts herself', 'cuts himself', 'skurit mig', 'skadar mig själv', 'skadat mig själv', 'skada mig själv', 'självskad*', 'bränner mig', 'rispar',
    'cutting myself', 'cut myself', 'self harm', 'self-harm', 'selfharm', 'hurt myself', 'hurting myself',
  ],
  /** Despair strong enough on its own to show a person in crisis. */
  deepDespair: [
    'orkar inte leva', 'orkar inte mer', 'kan inte mer', 'ser ingen utväg', 'ingen utväg', 'ingen mening med', 'står inte ut', 'klarar inte mer',
    'går sönder', 'håller på att gå sönder', 'förtvivlad*', 'knappt orkar', 'orkar knappt',
    'hur länge jag orkar', 'ser ingen framtid', 'no way out', "can't go on", 'cannot go on',
    'can not go on', 'no one left', 'nothing left', 'completely exhausted', 'helt slut',
  ],
  despair: [
    'orkar inte', 'orkar inte mer', 'kan inte mer', 'klarar inte det här', 'ser ingen utväg', 'ingen utväg', 'ser ingen framtid', 'ingen framtid', 'panikattack*', 'paniken', 'skulderna växer', 'klarar mig inte', 'håller på att gå sönder', 'går sönder', 'mår så dåligt', 'mår skit', 'mår jättedåligt', 'tomt inuti', 'ensam i världen', 'no future', 'so alone', 'i feel empty', 'panic attacks', 'can not go on', 'cannot go on', 'can not cope', 'cannot cope', "can't do this", 'so tired of everything', 'pallar inte', 'klarar inte mer', 'klarar inte av', 'står inte ut', 'ingen mening', 'meningslöst',
    'hopplöst', 'ger upp', 'gett upp', 'allt är svart', 'mörkt', 'ångest*', 'panikångest', 'deprimerad*', 'depression', 'gråter',
    'grät', 'gråtit', 'förtvivlad*', 'desperat*', 'vet inte vad jag ska göra', 'vet inte vart jag ska vända mig', 'ingen lyssnar',
    'ingen hjälper', 'helt ensam', 'går under', 'bryter ihop', 'brutit ihop', 'i botten', 'hjälp mig', 'snälla hjälp', 'jag ber er',
    "can't take it", "can't cope", "can't go on", 'cant go on', 'hopeless', 'desperate', 'no way out', 'give up', 'giving up',
    'falling apart', 'breaking down', 'please help', 'help me', 'nobody helps', 'no one listens', 'at rock bottom', 'sömnlösa',
  ],
  /** Means or a plan for ending life. */
  means: [
    'tabletter*', 'piller', 'sömntabletter', 'medicinerna', 'rep', 'repet', 'bron', 'tåget', 'spåren', 'rälsen', 'pistol*', 'kniv*',
    'hoppa', 'dränka', 'gas', 'pills', 'rope', 'bridge', 'train tracks', 'the train', 'a plan', 'en plan', 'planerat', 'bestämt mig',
    'har bestämt', 'sista', 'avsked',
  ],
  /** Life or health in danger now. */
  emergency: [
    'andas inte', 'slutat andas', 'andas konstigt', 'andas tungt', 'går inte att väcka', 'gick inte att väcka', 'svarar inte ordentligt', 'skum i munnen', 'krampat', 'ser blå ut', 'är blå', 'ligger i snön', 'fryser ihjäl', 'utan värme', 'ingen värme', 'slagit i huvudet', 'blöder från', 'blöder', 'påkörd', 'blev påkörd', 'körde på', 'klättrar på räcket', 'på räcket', 'ensam på balkongen', 'inte kommit hem', 'har inte kommit hem', 'kom aldrig hem', 'inte sett till', 'inte sett någon', 'inte sett nån', 'tagit nåt', 'tagit något', 'har tagit en massa', "isn't responding", 'isnt responding', 'not responding', 'fainted', 'seizure', 'hit an old man', 'drove on', 'hasn\'t come home', 'has not come home', 'not come home', 'freezing', 'minus 15', 'minus 20', 'medvetslös', 'svimmade', 'svimmat', 'ligger livlös', 'livlös', 'rör sig inte', 'blöder mycket',
    'blöder kraftigt', 'hjärtattack', 'hjärtstopp', 'stroke', 'överdos*', 'krampar', 'kramper', 'brinner', 'det brinner', 'rök i trapphuset',
    'ramlat och kommer inte upp', 'ligger på golvet', 'legat på golvet', 'kommer inte upp', 'försvunnen', 'hittas inte', 'saknad sedan',
    'gått vilse', 'not breathing', 'unconscious', 'passed out', 'overdose*', 'bleeding', 'on fire', 'fell and', 'collapsed', 'is missing',
    'ring ambulans', 'call an ambulance', 'ambulans', 'håller på att drunkna', 'under isen', 'genom isen', 'öppnar inte', 'luktar konstigt', 'inte svarat på dagar', 'ligger ner och blöder',
  ],
  /** No roof tonight: acute homelessness. */
  homeless: [
    'ingenstans att sova', 'ingenstans att bo', 'ingenstans att ta vägen', 'inget boende', 'bostadslös*', 'hemlös*', 'står på gatan',
    'sover i bilen', 'sover ute', 'sova ute', 'sover i trapphus*', 'utkastad', 'vräkt', 'vräkning*', 'vräks', 'blir vräkt', 'slängd ut',
    'homeless', 'nowhere to sleep', 'nowhere to go', 'sleeping in my car', 'sleeping outside', 'evicted', 'kicked out',
  ],
  /** Something is happening right now. */
  now: [
    'nu', 'just nu', 'precis nu', 'i detta nu', 'ikväll', 'i kväll', 'inatt', 'i natt', 'idag', 'i dag', 'snart', 'direkt', 'genast',
    'pågår', 'håller på', 'som vi pratar', 'medan jag skriver', 'hör just nu', 'hörs just nu', 'skriker nu', 'right now', 'now', 'tonight',
    'as we speak', 'happening', 'is happening', 'currently', 'at the moment', 'this minute', 'hurry', 'skynda', 'akut', 'urgent',
    'NU', 'ring 112', 'call 112', '112',
  ],
} as const;
