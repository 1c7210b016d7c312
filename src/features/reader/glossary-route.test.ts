import type { GlossaryEntry } from '../../shared/content/glossary';
import { filterTerms, fold } from './glossary-route';

const entry = (id: string, term: string, translation: string, definition = 'x'): GlossaryEntry => ({
  id,
  lesson: 'l#h',
  term,
  translation,
  definition,
});

const terms = [
  entry('region', 'región', 'Region', 'Un área geográfica con varias zonas.'),
  entry('az', 'zona de disponibilidad', 'Availability Zone'),
  entry('elasticity', 'elasticidad', 'elasticity'),
  entry('edge', 'ubicación de borde', 'edge location'),
];

describe('glossary filter', () => {
  it('folds accents and case', () => {
    expect(fold('Región ÚNICA')).toBe('region unica');
  });

  it('sorts every term by the page language when the query is empty', () => {
    expect(filterTerms(terms, '  ', 'es').map((t) => t.id)).toEqual([
      'elasticity',
      'region',
      'edge',
      'az',
    ]);
  });

  it('matches the term, its translation or its definition, without accents', () => {
    expect(filterTerms(terms, 'REGION', 'es').map((t) => t.id)).toEqual(['region']);
    expect(filterTerms(terms, 'availability', 'es').map((t) => t.id)).toEqual(['az']);
    expect(filterTerms(terms, 'geografica', 'es').map((t) => t.id)).toEqual(['region']);
    expect(filterTerms(terms, 'nothing like this', 'es')).toEqual([]);
  });
});
