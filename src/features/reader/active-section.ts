// The lesson section currently being read, shared with the language switch in the header.
import { create } from 'zustand';

export const useActiveSection = create<{ id: string | null }>()(() => ({ id: null }));

export function setActiveSection(id: string | null) {
  if (useActiveSection.getState().id !== id) useActiveSection.setState({ id });
}
