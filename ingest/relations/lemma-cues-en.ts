/**
 * English verb cues by lemma. Each verb is listed once; its regular forms and passives are found
 * by `verb-forms.ts`, its irregular forms are written after a slash.
 */
import { lemmaCues, type LemmaCue } from './lemma-cue';

export const ENGLISH_LEMMA_CUES: readonly LemmaCue[] = [
  ...lemmaCues('en.arrest', 'ARRESTED', [
    'arrest', 'imprison', 'detain', 'jail', 'capture', 'intern', 'apprehend',
    'take/took/taken/taking prisoner', 'throw/threw/thrown into prison', 'take/took/taken/taking into custody', 'seize/seized', 'round/rounded up',
  ], { confidence: 0.85, passive: true }),

  ...lemmaCues('en.join', 'JOINED', [
    'join', 'go/went/gone/goes over to', 'come/came/comes over to', 'pass over to', 'defect to', 'desert to',
    'side with', 'rally to', 'enlist in', 'enter/entered into', 'throw/threw/thrown in their lot with', 'go/went/gone over to the side of',
  ], { confidence: 0.75 }),

  ...lemmaCues('en.support', 'SUPPORTED', [
    'support', 'back', 'defend', 'aid', 'assist', 'help', 'arm', 'reinforce', 'protect', 'recognise', 'recognize',
    'endorse', 'supply', 'finance', 'shelter', 'rescue', 'relieve', 'adopt',
  ], { confidence: 0.7, passive: true }),
  ...lemmaCues('en.support', 'SUPPORTED', [
    'declare for', 'vote for', 'stand/stood by', 'ally with', 'fight/fought alongside', 'fight/fought for',
    'rally round', 'rally around', 'side with', 'come/came to the aid of', 'go/went/gone to the aid of',
  ], { confidence: 0.65 }),

  ...lemmaCues('en.oppose', 'OPPOSED', [
    'oppose', 'fight/fought', 'attack', 'threaten', 'disarm', 'overthrow/overthrew/overthrown', 'depose', 'dismiss',
    'oust', 'suppress', 'crush', 'defeat', 'besiege', 'bombard', 'shell', 'resist', 'denounce', 'condemn', 'boycott',
    'betray', 'rout', 'repel', 'repulse', 'expel', 'outlaw', 'ban', 'execute', 'shoot/shot', 'beat/beaten', 'invade',
    'ambush', 'assault', 'persecute', 'challenge', 'accuse', 'dissolve', 'disperse', 'storm', 'raid', 'suppress',
    'pursue', 'harass', 'blockade', 'outflank', 'annihilate', 'disavow', 'repudiate',
  ], { confidence: 0.7, passive: true }),
  ...lemmaCues('en.oppose', 'OPPOSED', [
    'rebel against', 'revolt against', 'rise/rose/risen against', 'rise/rose/risen up against', 'march on', 'march against',
    'fight/fought against', 'wage/waged war on', 'wage/waged war against', 'make/made war on', 'declare war on',
    'break/broke/broken with', 'turn against', 'fire on', 'fire upon', 'mutiny against', 'campaign against',
    'agitate against', 'protest against', 'move against', 'advance on', 'advance against', 'stand/stood against',
    'conspire against', 'plot against', 'struggle against', 'take/took/taken up arms against',
  ], { confidence: 0.65 }),

  ...lemmaCues('en.lead', 'LED', [
    'lead/led', 'command', 'head', 'chair', 'found', 'direct', 'govern', 'rule',
  ], { confidence: 0.7, passive: true }),
  ...lemmaCues('en.lead', 'LED', [
    'stand/stood at the head of', 'take/took/taken command of', 'assume command of', 'be/was/were in command of',
    'preside over', 'take/took/taken over the leadership of',
  ], { confidence: 0.7 }),

  ...lemmaCues('en.member', 'MEMBER_OF', [
    'belong/belonged to', 'serve in', 'sit/sat in', 'be/was/were elected to',
  ], { confidence: 0.65 }),
  ...lemmaCues('en.member.whole', 'MEMBER_OF', [
    'consist of', 'be/was/were composed of', 'compose of', 'be/was/were made up of', 'comprise', 'include',
  ], { confidence: 0.55, backward: true }),

  ...lemmaCues('en.negotiate', 'NEGOTIATED_WITH', [
    'negotiate with', 'treat with', 'parley with', 'make/made peace with', 'conclude peace with', 'conclude an armistice with',
    'sign/signed a treaty with', 'sign/signed an armistice with', 'sign/signed peace with', 'come/came to terms with',
    'reach/reached an agreement with', 'confer with', 'hold/held talks with', 'open negotiations with',
  ], { confidence: 0.75 }),
  // nouns of role and stance, read from the dependency tree only ("Lenin, leader of the Bolsheviks")
  ...lemmaCues('en.lead.noun', 'LED', [
    'leader of', 'head of', 'chief of', 'commander of', 'chairman of', 'president of', 'founder of', 'commander-in-chief of', 'commandant of',
  ], { confidence: 0.7, noun: 'role' }),
  ...lemmaCues('en.member.noun', 'MEMBER_OF', ['member of', 'officer in', 'officer of'], { confidence: 0.65, noun: 'role' }),
  ...lemmaCues('en.oppose.noun', 'OPPOSED', ['opposition to', 'enemy of', 'opponent of'], { confidence: 0.6, noun: 'role' }),
  ...lemmaCues('en.support.noun', 'SUPPORTED', ['supporter of', 'ally of', 'partisan of'], { confidence: 0.6, noun: 'role' }),
  ...lemmaCues('en.support.aid', 'SUPPORTED', [
    'support of', 'help of', 'aid of', 'backing of', 'encouragement of', 'assistance of', 'approval of', 'consent of',
  ], { confidence: 0.6, noun: 'aid', backward: true }),
  ...lemmaCues('en.negotiate.noun', 'NEGOTIATED_WITH', ['negotiation with', 'talk with', 'peace with', 'armistice with', 'treaty with'], { confidence: 0.6, noun: 'act' }),
  ...lemmaCues('en.oppose.act', 'OPPOSED', ['war on', 'war against', 'struggle against', 'campaign against', 'attack on', 'offensive against', 'revolt against', 'rising against'], { confidence: 0.6, noun: 'act' }),
  ...lemmaCues('en.arrest.noun', 'ARRESTED', ['arrest of', 'capture of', 'imprisonment of', 'apprehension of'], { confidence: 0.7, noun: 'act' }),
  ...lemmaCues('en.negotiate.meet', 'NEGOTIATED_WITH', ['meet/met with', 'meet/met'], { confidence: 0.5, passive: false }),
  // messages and envoys: dealings between the two, though not yet an agreement ("telegraphed the Chief Secretary")
  ...lemmaCues('en.negotiate.message', 'NEGOTIATED_WITH', [
    'telegraph', 'cable', 'write/wrote/written to', 'correspond with', 'consult', 'consult with',
    'send/sent envoys to', 'send/sent an envoy to', 'send/sent emissaries to', 'send/sent delegates to', 'send/sent a delegation to',
  ], { confidence: 0.55, passive: false }),
];
