// Page objects for the course map and the lesson reader.
import type { Page } from '@playwright/test';

export const TEXT = {
  en: {
    home: 'Your path to the Cloud Practitioner exam',
    lesson: 'Serverless computing',
    switchTo: 'Leer en español',
    toc: 'On this page',
    notFound: 'Page not found',
    markRead: 'Mark as read',
    read: 'Read ✓',
    theme: 'Theme',
  },
  es: {
    home: 'Tu camino al examen Cloud Practitioner',
    lesson: 'Computación sin servidor',
    switchTo: 'Read in English',
    toc: 'En esta página',
    notFound: 'Página no encontrada',
    markRead: 'Marcar como leída',
    read: 'Leída ✓',
    theme: 'Tema',
  },
} as const;

export class ReaderPage {
  constructor(
    readonly page: Page,
    readonly lang: 'en' | 'es',
  ) {}

  get text() {
    return TEXT[this.lang];
  }

  async openHome() {
    await this.page.goto(`/${this.lang}`);
  }

  async openLesson(id: string, section?: string) {
    await this.page.goto(`/${this.lang}/lessons/${id}${section ? `#${section}` : ''}`);
  }

  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { level: 1, name });
  }

  toc() {
    return this.page.getByRole('navigation', { name: this.text.toc });
  }

  languageSwitch() {
    return this.page.getByRole('link', { name: this.text.switchTo });
  }

  async setTheme(theme: 'light' | 'dark') {
    await this.page.getByRole('combobox', { name: this.text.theme }).selectOption(theme);
  }
}
