// Interactive components a lesson may embed with `::name{...}`; names match EMBEDS in shared/content.
import type { ComponentType } from 'react';

export type EmbedProps = Record<string, string>;

/** Filled as features register themselves (the simulator adds `simulator`). */
export const embedComponents: Record<string, ComponentType<EmbedProps>> = {};
