import 'i18next';
import type nl from './locales/nl.json';

// Translation keys are checked against the Dutch file; i18n.test.ts keeps English in step.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
