// The simulator's strings ship with its chunk: importing this module registers the `simulator` namespace.
import { registerNamespace } from '../../../i18n';
import en from '../../../i18n/locales/en/simulator.json';
import es from '../../../i18n/locales/es/simulator.json';

registerNamespace('simulator', { en, es });
