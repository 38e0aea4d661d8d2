import type { Situation } from './phrase-types';

/**
 * Parts the composer joins into a reply's first sentence. Whole-sentence openings alone (phrases.ts)
 * run out: a page with many similar comments gets the same few openings again, and a reply that
 * opens like the last one reads as a template. A lead ("Tack för att du skriver") joined with a
 * feeling ("det låter väldigt tungt just nu") gives hundreds of openings per situation, each of
 * which reads as one natural sentence.
 *
 * Rules for every part (checked in opening-phrases.test.ts over every combination): it must fit
 * any comment of its situation, see the person or the feeling without agreeing or disagreeing with
 * any claim, promise nothing and repeat nothing from the comment. Feelings and actions start in
 * lower case and end without a full stop: the composer joins and punctuates.
 */
export interface OpeningParts {
  /** Thanks for writing, in words that fit every situation. */
  leads: readonly string[];
  /** What the writer seems to feel, per situation. */
  feelings: Record<Situation, readonly string[]>;
  /** Put before a lead now and then ("Hej, tack för …"), as people write. */
  greeting: string;
}

/** The acute opening: a condition ("Om någon är i fara just nu") and 112 ("ring 112 direkt"). */
export interface AcuteParts {
  /** Each starts with "Om"/"If", so it can stand first or after the action. */
  conditions: readonly string[];
  actions: readonly string[];
}

export const OPENING_PARTS: Record<'sv' | 'en', OpeningParts> = {
  sv: {
    greeting: 'Hej',
    leads: [
      'Tack för att du skriver',
      'Tack för att du hör av dig',
      'Tack för att du berättar',
      'Tack för att du delar det här med oss',
      'Vad bra att du skriver',
      'Vad bra att du hör av dig',
      'Det är bra att du berättar',
      'Tack för din kommentar',
      'Jag är glad att du skrev',
      'Tack för att du tar dig tid att skriva',
      'Tack för att du vänder dig till oss',
      'Det är bra att du skriver till oss',
    ],
    feelings: {
      crisis: [
        'det låter väldigt tungt just nu',
        'jag hör att du har det svårt',
        'det du känner är viktigt',
        'du ska inte behöva bära det här ensam',
        'det låter som att du bär på väldigt mycket',
        'jag blir berörd av det du skriver',
        'hur du mår spelar roll',
        'det kräver mod att berätta hur man mår',
        'det låter som en väldigt mörk tid',
        'vi tar det du skriver på stort allvar',
        'jag är ledsen att du har det så svårt',
        'du förtjänar att få stöd',
      ],
      childWorry: [
        'din oro är viktig',
        'oro för ett barn ska alltid tas på allvar',
        'det märks att du bryr dig',
        'barn behöver vuxna som säger till',
        'det är klart att man blir orolig när det gäller barn',
        'det gör skillnad när vuxna bryr sig',
        'det låter tungt att bära på en sådan oro',
        'din omtanke märks',
        'det är viktigt att någon reagerar',
        'jag förstår att det väcker mycket oro',
        'det är bra att du inte håller det för dig själv',
        'det är jobbigt att vara orolig för ett barn',
      ],
      anger: [
        'jag förstår att du är besviken',
        'det märks att det här har väckt mycket känslor',
        'jag hör att du är upprörd',
        'det är viktigt för oss att få veta när någon är missnöjd',
        'det låter som att det har varit frustrerande',
        'dina synpunkter är viktiga',
        'jag förstår att det känns tungt',
        'det är tydligt att det här betyder mycket för dig',
        'det är viktigt att du får säga vad du tycker',
        'jag förstår att du vill bli hörd',
        'vi vill veta när någon inte är nöjd',
        'jag hör att det här har varit jobbigt för dig',
      ],
      crime: [
        'det låter som en väldigt obehaglig upplevelse',
        'jag förstår att det är skrämmande',
        'det är klart att man blir rädd och upprörd',
        'ingen ska behöva känna sig otrygg',
        'jag förstår att du är orolig',
        'det är bra att du inte håller det för dig själv',
        'din trygghet är viktig',
        'jag hör att det här har skakat dig',
        'det är förståeligt att man blir upprörd',
        'det låter som att du har haft det väldigt jobbigt',
        'det kan vara tufft att vara med om något sådant',
        'det är viktigt att du får stöd',
      ],
      ownMatter: [
        'jag förstår att det här är viktigt för dig',
        'det låter som att du har mycket att hantera just nu',
        'jag hör att det har varit krångligt',
        'det är förståeligt att du vill ha svar',
        'det låter som att det har varit en jobbig tid',
        'jag förstår att du vill komma vidare',
        'det är klart att man vill få klarhet',
        'det låter frustrerande',
        'det märks att det här betyder mycket för dig',
        'jag förstår att du har många frågor',
        'det är viktigt att du får rätt hjälp',
        'det är inte konstigt att man blir orolig',
      ],
      adultWorry: [
        'din oro är viktig',
        'det märks att du bryr dig',
        'det är tungt att vara orolig för någon man bryr sig om',
        'det är bra att du reagerar',
        'jag förstår att det väcker mycket oro',
        'det är viktigt att någon säger till',
        'omtanke om andra gör skillnad',
        'det låter tungt att bära på en sådan oro',
        'det är klart att man blir orolig',
        'det är bra att du inte håller det för dig själv',
        'din omtanke märks',
        'ingen ska behöva stå ensam med sin oro',
      ],
    },
  },
  en: {
    greeting: 'Hi',
    leads: [
      'Thank you for writing',
      'Thank you for reaching out',
      'Thank you for telling us',
      'Thanks for sharing this with us',
      "It's good that you wrote",
      "It's good that you reached out",
      'Thank you for your comment',
      "I'm glad you wrote",
      'Thank you for taking the time to write',
      'Thank you for turning to us',
      'Thanks for letting us know',
      "It's good that you told us",
    ],
    feelings: {
      crisis: [
        'that sounds really heavy right now',
        'I can hear that things are hard for you',
        'what you feel matters',
        "you shouldn't have to carry this alone",
        'it sounds like you are carrying a lot',
        'what you write moves me',
        'how you feel matters',
        'it takes courage to say how you feel',
        'it sounds like a very dark time',
        'we take what you write very seriously',
        "I'm sorry things are so hard for you",
        'you deserve support',
      ],
      childWorry: [
        'your worry matters',
        'worry about a child should always be taken seriously',
        "it's clear that you care",
        'children need adults who speak up',
        'of course you worry when it comes to children',
        'it makes a difference when adults care',
        'that sounds like a heavy worry to carry',
        'your concern shows',
        'it matters that someone reacts',
        'I understand this worries you a lot',
        "it's good not to keep it to yourself",
        "it's hard to worry about a child",
      ],
      anger: [
        'I understand that you are disappointed',
        "it's clear this has stirred up strong feelings",
        'I can hear that you are upset',
        'it matters to us to know when someone is unhappy',
        'it sounds like it has been frustrating',
        'your views matter',
        'I understand that it feels heavy',
        "it's clear this means a lot to you",
        "it's important that you can say what you think",
        'I understand that you want to be heard',
        'we want to know when someone is not satisfied',
        'I can tell this has been hard for you',
      ],
      crime: [
        'that sounds like a very unpleasant experience',
        'I understand that it is frightening',
        'of course you feel scared and upset',
        'nobody should have to feel unsafe',
        'I understand that you are worried',
        "it's good not to keep it to yourself",
        'your safety matters',
        'I can hear that this has shaken you',
        "it's understandable to be upset",
        'it sounds like you have had a really hard time',
        'it can be tough to go through something like that',
        "it's important that you get support",
      ],
      ownMatter: [
        'I understand this matters a lot to you',
        'it sounds like you have a lot to deal with right now',
        'I can hear that it has been complicated',
        "it's understandable that you want answers",
        'it sounds like it has been a hard time',
        'I understand that you want to move forward',
        'of course you want clarity',
        'it sounds frustrating',
        "it's clear this means a lot to you",
        'I understand you have many questions',
        "it's important that you get the right help",
        "it's no wonder you feel worried",
      ],
      adultWorry: [
        'your worry matters',
        "it's clear that you care",
        "it's hard to worry about someone you care about",
        "it's good that you react",
        'I understand this worries you a lot',
        'it matters that someone speaks up',
        'caring about others makes a difference',
        'that sounds like a heavy worry to carry',
        'of course you feel worried',
        "it's good not to keep it to yourself",
        'your concern shows',
        'nobody should be alone with their worry',
      ],
    },
  },
};

export const ACUTE_PARTS: Record<'sv' | 'en', AcuteParts> = {
  sv: {
    conditions: [
      'Om du eller någon annan är i fara just nu',
      'Om någon är i fara',
      'Om det händer just nu',
      'Om du inte är trygg just nu',
      'Om det är bråttom',
      'Om någons liv eller hälsa är i fara',
      'Om du inte känner dig säker just nu',
      'Om du är rädd att något ska hända nu',
      'Om det pågår nu',
      'Om någon är skadad eller i fara',
    ],
    actions: ['ring 112', 'ring 112 direkt', 'ring 112 på en gång', 'ring 112 med en gång', 'ring 112 utan att vänta', 'ring larmnumret 112 direkt'],
  },
  en: {
    conditions: [
      'If you or someone else is in danger right now',
      'If anyone is in danger',
      'If it is happening right now',
      "If you don't feel safe right now",
      'If it is urgent',
      "If someone's life or health is at risk",
      'If you fear something will happen now',
      'If it is going on now',
      'If you are in danger right now',
      'If anyone is hurt or in danger',
    ],
    actions: ['call 112', 'call 112 now', 'call 112 straight away', 'call 112 at once', 'call 112 without waiting', 'call the emergency number 112 now'],
  },
};
