export * from './types';
export { evaluateChecklist, checklistVerdict, evidenceKeys, gatingSourceKinds, matchesEnvPattern, matchesHostPattern, CHECKLIST_QUESTIONS } from './evaluate';
