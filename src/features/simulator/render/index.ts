// Public API of the simulator renderer: scene layout, palette and the frame drawing.
export { fitCanvas } from './canvas';
export { SCENE, sceneLayout, type SceneLayout } from './layout';
export { PALETTE_VARS, readPalette, type Palette } from './palette';
export {
  CHARTS,
  createScratch,
  drawScene,
  type ChartId,
  type Scene,
  type SceneScratch,
  type SceneText,
} from './scene';
