// Lesson summaries per language, kept apart from the course listing because only home shows them.
import compiled from 'virtual:cirrus/summaries';
import type { Lang } from './types';

export const summaries = compiled as Record<Lang, Partial<Record<string, string>>>;
