// Interactive components a lesson may embed with `::name{...}`; names match EMBEDS in shared/content.
import type { ComponentType } from 'react';

export type EmbedProps = Record<string, string>;

/**
 * Filled by the app (app/router.tsx adds the simulator's `simulator`). Entries should be
 * React.lazy components: the reader renders them in a Suspense slot of reserved height.
 */
export const embedComponents: Record<string, ComponentType<EmbedProps>> = {};
