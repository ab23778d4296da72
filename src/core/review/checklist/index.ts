export * from './types';
export { evaluateChecklist, checklistVerdict, evidenceKeys, gatingSourceKinds, matchesEnvPattern, matchesHostPattern, CHECKLIST_QUESTIONS } from './evaluate';
export { disclosureFromCatalog, type CatalogDisclosureFields } from './disclosure';
