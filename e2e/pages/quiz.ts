// Page objects for practice, the mock exam, review and the progress page.
import { expect, type Locator, type Page } from '@playwright/test';

export const QUIZ_TEXT = {
  en: {
    nav: { practice: 'Practice', exam: 'Exam', review: 'Review', progress: 'Progress' },
    practiceTitle: 'Practice',
    loading: 'Loading…',
    practiceIntro: /^Practise by topic/,
    scopeDomain: 'Domain',
    count: 'Number of questions',
    start: 'Start practice',
    nothingChosen: 'Choose at least one domain or task statement.',
    questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
    firstQuestion: /^Question 1 of \d+$/,
    chooseMany: /Choose (\d+) options/,
    needCount: /Choose exactly \d+ options? before checking/,
    feedback: /^(Correct\.|Incorrect\. The correct answer is)/,
    correctAnswerMarker: /Correct answer/,
    lessonLink: /Read the lesson section/,
    confidenceGuessed: 'Guessed',
    next: 'Next question',
    finish: 'See results',
    practiceDone: 'Practice complete',
    practiceScore: /You answered \d+ of (\d+) correctly/,
    examTitle: 'Mock exam',
    extraTime: /Add 30 minutes/,
    startExam: 'Start mock exam',
    timer: 'Time left',
    navigator: 'Questions',
    flag: 'Flag for review',
    navItem: (n: number, status: string) => `Question ${n}: ${status}`,
    answered: 'answered',
    unanswered: 'not answered',
    answeredFlagged: 'answered, flagged',
    submit: 'Submit exam',
    confirmSubmit: 'Submit',
    unansweredWarning: /questions? (is|are) not answered/,
    resultTitle: 'Mock exam result',
    scaledLabel: 'Estimated scaled score',
    estimateNote: /This is only an estimate/,
    byDomain: 'By domain',
    byTask: 'By task statement',
    reviewAnswers: 'Review your answers',
    timeUp: 'Time is up. Your exam was submitted.',
    reviewTitle: 'Review',
    nothingDue: 'Nothing is due today.',
    dueOne: '1 question is due for review today.',
    startReview: 'Start review',
    reviewDone: 'Review complete',
    homeDueOne: '1 review due today',
    progressTitle: 'Your progress',
    answeredSummary: (n: number) => new RegExp(`Answered ${n} of \\d+ questions`),
    export: 'Export progress',
    importLabel: 'Import progress from a file',
    importNotJson: /not valid JSON.*Nothing was changed/,
    importNotCirrus: /not a Cirrus progress file.*Nothing was changed/,
    importReady: /The file holds answers: 1,/,
    merge: 'Merge with my progress',
    imported: 'Progress imported.',
    reset: 'Reset progress',
    resetConfirm: 'Delete my progress',
    bannerRecovered: /Some of your saved progress was damaged/,
    bannerDownload: 'Download the backup',
    bannerNotSaving: /Your progress is not being saved/,
  },
  es: {
    nav: { practice: 'Práctica', exam: 'Examen', review: 'Repaso', progress: 'Progreso' },
    practiceTitle: 'Práctica',
    loading: 'Cargando…',
    practiceIntro: /^Practica por tema/,
    scopeDomain: 'Dominio',
    count: 'Número de preguntas',
    start: 'Empezar práctica',
    nothingChosen: 'Elige al menos un dominio o enunciado de tarea.',
    questionOf: (n: number, total: number) => `Pregunta ${n} de ${total}`,
    firstQuestion: /^Pregunta 1 de \d+$/,
    chooseMany: /Elige (\d+) opciones/,
    needCount: /Elige exactamente \d+ opci(ón|ones) antes de revisar/,
    feedback: /^(Correcto\.|Incorrecto\. La respuesta correcta es)/,
    correctAnswerMarker: /Respuesta correcta/,
    lessonLink: /Lee la sección de la lección/,
    confidenceGuessed: 'Adiviné',
    next: 'Siguiente pregunta',
    finish: 'Ver resultados',
    practiceDone: 'Práctica terminada',
    practiceScore: /Respondiste correctamente \d+ de (\d+)/,
    examTitle: 'Examen de prueba',
    extraTime: /Agregar 30 minutos/,
    startExam: 'Empezar examen de prueba',
    timer: 'Tiempo restante',
    navigator: 'Preguntas',
    flag: 'Marcar para revisar',
    navItem: (n: number, status: string) => `Pregunta ${n}: ${status}`,
    answered: 'respondida',
    unanswered: 'sin responder',
    answeredFlagged: 'respondida, marcada',
    submit: 'Entregar examen',
    confirmSubmit: 'Entregar',
    unansweredWarning: /preguntas? no tienen? respuesta/,
    resultTitle: 'Resultado del examen de prueba',
    scaledLabel: 'Puntuación escalada estimada',
    estimateNote: /Es solo una estimación/,
    byDomain: 'Por dominio',
    byTask: 'Por enunciado de tarea',
    reviewAnswers: 'Revisa tus respuestas',
    timeUp: 'Se acabó el tiempo. Tu examen se entregó.',
    reviewTitle: 'Repaso',
    nothingDue: 'No hay nada que repasar hoy.',
    dueOne: 'Hoy toca repasar 1 pregunta.',
    startReview: 'Empezar repaso',
    reviewDone: 'Repaso terminado',
    homeDueOne: '1 repaso para hoy',
    progressTitle: 'Tu progreso',
    answeredSummary: (n: number) => new RegExp(`Respondiste ${n} de \\d+ preguntas`),
    export: 'Exportar progreso',
    importLabel: 'Importar progreso desde un archivo',
    importNotJson: /no es JSON válido.*No se cambió nada/,
    importNotCirrus: /no es un archivo de progreso de Cirrus.*No se cambió nada/,
    importReady: /El archivo contiene respuestas: 1,/,
    merge: 'Combinar con mi progreso',
    imported: 'Progreso importado.',
    reset: 'Reiniciar progreso',
    resetConfirm: 'Borrar mi progreso',
    bannerRecovered: /Parte de tu progreso guardado estaba dañado/,
    bannerDownload: 'Descargar la copia de respaldo',
    bannerNotSaving: /Tu progreso no se está guardando/,
  },
} as const;

export type QuizLang = keyof typeof QUIZ_TEXT;

export class QuizPage {
  constructor(
    readonly page: Page,
    readonly lang: QuizLang,
  ) {}

  get text() {
    return QUIZ_TEXT[this.lang];
  }

  heading(name: string | RegExp, level = 1): Locator {
    return this.page.getByRole('heading', { level, name });
  }

  /** The practice page's intro, under its heading. */
  intro(): Locator {
    return this.page.getByText(this.text.practiceIntro);
  }

  questionHeading(n: number, total: number): Locator {
    return this.page.getByRole('heading', { level: 2, name: this.text.questionOf(n, total) });
  }

  /** Opens a quiz page and waits for its content: the heading alone is in the pre-rendered frame. */
  private async open(path: string, title: string) {
    await this.page.goto(`/${this.lang}/${path}`);
    await expect(this.heading(title)).toBeVisible();
    await expect(this.page.getByRole('status').filter({ hasText: this.text.loading })).toHaveCount(
      0,
    );
  }

  async openPractice() {
    await this.open('practice', this.text.practiceTitle);
  }

  /**
   * Starts a practice set and waits for its first question, which takes focus: the question texts
   * load when a session starts, so keys pressed before that would reach the loading state.
   */
  async startPractice(count: '5' | '10' | '20' = '5') {
    await this.page.getByLabel(this.text.count).selectOption(count);
    await this.page.getByRole('button', { name: this.text.start }).click();
    await expect(
      this.page.getByRole('heading', { level: 2, name: this.text.firstQuestion }),
    ).toBeFocused();
  }

  /** Starts a mock exam and waits until it is on screen (its clock shows with the question). */
  async startExam() {
    await this.page.getByRole('button', { name: this.text.startExam }).click();
    await expect(this.timer()).toBeVisible();
  }

  /** How many options the current question asks for (1 for single choice). */
  async requiredCount(): Promise<number> {
    const hint = this.page.getByText(this.text.chooseMany);
    if ((await hint.count()) === 0) return 1;
    const match = this.text.chooseMany.exec((await hint.first().textContent()) ?? '');
    return Number(match?.[1] ?? 1);
  }

  /** Picks the first options on screen with the keyboard, as many as the question asks. */
  async pickWithKeys(count?: number) {
    const n = count ?? (await this.requiredCount());
    for (let i = 1; i <= n; i++) await this.page.keyboard.press(String(i));
  }

  /** Starts a 5-question practice set and checks the first answer. */
  async answerOnePracticeQuestion() {
    await this.openPractice();
    await this.startPractice('5');
    await this.pickWithKeys();
    await this.page.keyboard.press('Enter');
    await expect(this.feedback()).toBeVisible();
  }

  feedback(): Locator {
    return this.page.getByText(this.text.feedback);
  }

  navButton(n: number, status: string): Locator {
    return this.page.getByRole('button', { name: this.text.navItem(n, status), exact: true });
  }

  timer(): Locator {
    return this.page.getByRole('timer', { name: this.text.timer });
  }

  async openExam() {
    await this.open('exam', this.text.examTitle);
  }

  async openProgress() {
    await this.open('progress', this.text.progressTitle);
  }
}
