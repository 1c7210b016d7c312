// Public API of the simulator feature: its lazy page, lesson embed and home card (the engine has its own index).
import { lazy } from 'react';

export const SimulatorPage = lazy(() => import('./ui/simulator-route'));
export const SimulatorEmbed = lazy(() => import('./ui/simulator-embed'));
export const SimulatorCard = lazy(() => import('./ui/home-card'));
