import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ContentIssue } from './issues.ts';
import { checkQuestionBank, parseQuestionFile, type LessonAnchors } from './questions.ts';

const lessons: LessonAnchors = new Map([
  ['serverless-computing', new Set(['how-lambda-works', 'what-serverless-means'])],
  ['compute', new Set(['ec2-instance-families'])],
]);

const FIXTURE = fileURLToPath(new URL('./fixtures/questions/3.3-compute.yaml', import.meta.url));
const FILE = 'content/questions/3.3-compute.yaml';

/** Strips the indentation common to all lines, so inline YAML can sit indented in the test. */
function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)?.[0].length ?? 0),
  );
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

/** 1-based line of the first line containing `needle`; the expected line for an issue. */
function lineOf(text: string, needle: string, after = ''): number {
  const lines = text.split('\n');
  const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
  const i = lines.findIndex((l, n) => n >= start && l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not in the test YAML`);
  return i + 1;
}

const OPTIONS4 = [
  '{ id: lambda, text: { en: AWS Lambda, es: AWS Lambda }, why: { en: Correct. Runs on events., es: Correcto. Corre con eventos. } }',
  '{ id: ec2, text: { en: Amazon EC2, es: Amazon EC2 }, why: { en: Bills while idle., es: Se factura sin uso. } }',
  '{ id: lightsail, text: { en: Amazon Lightsail, es: Amazon Lightsail }, why: { en: A monthly server., es: Un servidor mensual. } }',
  '{ id: batch, text: { en: AWS Batch, es: AWS Batch }, why: { en: For batch jobs., es: Para trabajos por lotes. } }',
];
const FIFTH =
  '{ id: fargate, text: { en: AWS Fargate, es: AWS Fargate }, why: { en: Correct. No servers., es: Correcto. Sin servidores. } }';

interface Q {
  id?: string;
  type?: string;
  difficulty?: string;
  lesson?: string;
  en?: string;
  es?: string;
  options?: string[];
  answer?: string;
  extra?: string[];
}

/** A question block (under `questions:`); valid unless overridden. `null`-ish fields are left out. */
function question(q: Q = {}): string {
  const multiple = q.type === 'multiple';
  const lines = [
    `  - id: ${q.id ?? 'lambda-resize'}`,
    `    type: ${q.type ?? 'single'}`,
    `    difficulty: ${q.difficulty ?? 'easy'}`,
    `    lesson: ${q.lesson ?? 'serverless-computing#how-lambda-works'}`,
    '    stem:',
    `      en: ${q.en ?? (multiple ? 'Which services run code without servers? (Select TWO.)' : 'Which service resizes photos on upload?')}`,
    `      es: ${q.es ?? (multiple ? '¿Qué servicios ejecutan código sin servidores? (Selecciona DOS.)' : '¿Qué servicio redimensiona fotos al subirlas?')}`,
    '    options:',
    ...(q.options ?? (multiple ? [...OPTIONS4, FIFTH] : OPTIONS4)).map((o) => `      - ${o}`),
    `    answer: ${q.answer ?? (multiple ? '[lambda, fargate]' : '[lambda]')}`,
    ...(q.extra ?? []).map((l) => `    ${l}`),
  ];
  return lines.join('\n');
}

const file = (...questions: string[]) => ['task: "3.3"', 'questions:', ...questions, ''].join('\n');

const parse = (text: string, name = FILE) => parseQuestionFile(name, text, lessons);

/** Parses `text` and expects exactly one issue; returns it. */
function onlyIssue(text: string): ContentIssue {
  const { issues, questions } = parse(text);
  expect(issues).toHaveLength(1);
  expect(questions).toEqual([]);
  const [issue] = issues;
  if (!issue) throw new Error('no issue');
  expect(issue.file).toBe(FILE);
  return issue;
}

describe('parseQuestionFile: a valid file', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const { questions, issues } = parse(text);

  it('has no issues and yields engine metadata plus both languages', () => {
    expect(issues).toEqual([]);
    expect(questions.map((q) => q.id)).toEqual(['lambda-image-resize', 'serverless-compute-pair']);
    const [single, multiple] = questions;
    expect(single).toMatchObject({
      task: '3.3',
      domain: 3,
      type: 'single',
      difficulty: 'easy',
      optionIds: ['lambda', 'ec2', 'lightsail', 'batch'],
      answer: ['lambda'],
      lesson: 'serverless-computing#how-lambda-works',
    });
    expect(single?.stem.en).toMatch(
      /^A photo-sharing startup .* Which AWS service should it use\?$/,
    );
    expect(single?.options[1]).toEqual({
      id: 'ec2',
      text: { en: 'Amazon EC2', es: 'Amazon EC2' },
      why: {
        en: 'An instance bills for every second it runs, even while it waits for uploads.',
        es: 'Una instancia se factura por cada segundo que está en ejecución, aunque solo espere subidas.',
      },
    });
    expect(multiple).toMatchObject({ type: 'multiple', answer: ['lambda', 'fargate'], domain: 3 });
  });

  it('accepts the generated valid questions used below', () => {
    expect(parse(file(question(), question({ id: 'pair', type: 'multiple' })))).toMatchObject({
      issues: [],
    });
  });
});

describe('parseQuestionFile: YAML and file shape', () => {
  it('reports YAML syntax errors with their line', () => {
    const text = yaml`
      task: "3.3"
      questions:
        - id: a
          stem: { en: unclosed
    `;
    const { issues, questions } = parse(text);
    expect(questions).toEqual([]);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.message).toMatch(/^invalid YAML/);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(4);
  });

  it('reports a duplicated key', () => {
    const text = yaml`
      task: "3.3"
      task: "3.4"
      questions: []
    `;
    const issue = onlyIssue(text);
    expect(issue).toMatchObject({ line: 2, column: 1 });
    expect(issue.message).toMatch(/^invalid YAML: Map keys must be unique/);
  });

  it('reports an empty file', () => {
    expect(onlyIssue('# nothing yet\n')).toEqual({
      file: FILE,
      line: 1,
      column: 1,
      message: 'the file is empty: expected task and questions',
    });
  });

  it('rejects unknown top-level keys at the key', () => {
    const text = file(question()) + 'title: Compute\n';
    expect(onlyIssue(text)).toMatchObject({
      line: lineOf(text, 'title:'),
      column: 1,
      message: 'unknown key "title"',
    });
  });

  it('needs task as a quoted, known task id', () => {
    const unquoted = file(question()).replace('task: "3.3"', 'task: 3.3');
    expect(onlyIssue(unquoted)).toMatchObject({
      line: 1,
      column: 7,
      message: 'task: must be a quoted string such as "3.3"',
    });
    const unknown = file(question()).replace('task: "3.3"', 'task: "5.1"');
    expect(onlyIssue(unknown)).toMatchObject({
      line: 1,
      message: 'task: must be one of the 19 task statement ids (1.1 … 4.3)',
    });
    const missing = yaml`
      questions:
        - id: x
    `;
    expect(parse(missing).issues[0]).toMatchObject({ line: 1, message: 'missing "task"' });
  });

  it('needs at least one question', () => {
    expect(onlyIssue('task: "3.3"\nquestions: []\n')).toMatchObject({
      line: 2,
      column: 12,
      message: 'questions: must list at least one question',
    });
  });

  it('reports a question that is not a map', () => {
    const text = 'task: "3.3"\nquestions:\n  - just text\n';
    expect(onlyIssue(text)).toMatchObject({
      line: 3,
      column: 5,
      message:
        'question #1: must be a map with id, type, difficulty, lesson, stem, options and answer',
    });
  });
});

describe('parseQuestionFile: question fields', () => {
  it('rejects unknown keys in a question and in an option, pointing at the key', () => {
    const text = file(question({ extra: ['hint: think events'] }));
    expect(onlyIssue(text)).toMatchObject({
      line: lineOf(text, 'hint:'),
      column: 5,
      message: 'question "lambda-resize": unknown key "hint"',
    });
    const option = file(
      question({
        options: [
          OPTIONS4[0]?.replace('{ id: lambda,', '{ id: lambda, correct: true,') ?? '',
          ...OPTIONS4.slice(1),
        ],
      }),
    );
    const issue = onlyIssue(option);
    expect(issue).toMatchObject({
      line: lineOf(option, 'correct: true'),
      message: 'question "lambda-resize", option "lambda": unknown key "correct"',
    });
    expect(issue.column).toBe((option.split('\n')[issue.line - 1] ?? '').indexOf('correct') + 1);
  });

  it('requires both languages in the stem', () => {
    const text = yaml`
      task: "3.3"
      questions:
        - id: no-spanish
          type: single
          difficulty: easy
          lesson: serverless-computing#how-lambda-works
          stem:
            en: Which service resizes photos on upload?
          options:
            ${OPTIONS4.map((o) => `- ${o}`).join('\n            ')}
          answer: [lambda]
    `;
    expect(onlyIssue(text)).toMatchObject({
      line: 8,
      column: 7,
      message: 'question "no-spanish", stem: missing "es": every text needs both en and es',
    });
  });

  it('requires both languages in every option text and explanation', () => {
    const noEsWhy = OPTIONS4[1]?.replace(', es: Se factura sin uso.', '') ?? '';
    const text = file(question({ options: [OPTIONS4[0] ?? '', noEsWhy, ...OPTIONS4.slice(2)] }));
    const issue = onlyIssue(text);
    expect(issue).toMatchObject({
      line: lineOf(text, 'id: ec2'),
      message:
        'question "lambda-resize", option "ec2", why: missing "es": every text needs both en and es',
    });
    expect(issue.column).toBe((text.split('\n')[issue.line - 1] ?? '').indexOf('why:') + 6);

    const noText = OPTIONS4[2]?.replace(/text: \{[^}]*\}, /, '') ?? '';
    const text2 = file(question({ options: [...OPTIONS4.slice(0, 2), noText, OPTIONS4[3] ?? ''] }));
    expect(onlyIssue(text2)).toMatchObject({
      line: lineOf(text2, 'id: lightsail'),
      message: 'question "lambda-resize", option "lightsail": missing "text"',
    });

    const plain = file(
      question({
        options: [
          OPTIONS4[0]?.replace('text: { en: AWS Lambda, es: AWS Lambda }', 'text: AWS Lambda') ??
            '',
          ...OPTIONS4.slice(1),
        ],
      }),
    );
    expect(onlyIssue(plain).message).toBe(
      'question "lambda-resize", option "lambda", text: needs both languages: { en: …, es: … }',
    );
  });

  it('rejects empty or blank texts', () => {
    const text = file(question({ es: '"   "' }));
    expect(onlyIssue(text)).toMatchObject({
      line: lineOf(text, 'es: "   "'),
      column: 11,
      message: 'question "lambda-resize", stem.es: must not be empty',
    });
    const empty = file(
      question({
        options: [
          OPTIONS4[0]?.replace('en: Correct. Runs on events.', 'en: ""') ?? '',
          ...OPTIONS4.slice(1),
        ],
      }),
    );
    expect(onlyIssue(empty).message).toBe(
      'question "lambda-resize", option "lambda", why.en: must not be empty',
    );
    const nothing = file(question({ en: '' }));
    expect(onlyIssue(nothing)).toMatchObject({
      line: lineOf(nothing, '      en:'),
      message: 'question "lambda-resize", stem.en: must be text',
    });
  });

  it('checks ids, type and difficulty', () => {
    const badId = file(question({ id: 'Lambda_Resize' }));
    expect(onlyIssue(badId)).toMatchObject({
      line: 3,
      column: 9,
      message: 'question "Lambda_Resize", id: must be kebab-case (a-z, 0-9 and -)',
    });
    const badOption = file(
      question({
        options: [OPTIONS4[0]?.replace('id: lambda', 'id: 1') ?? '', ...OPTIONS4.slice(1)],
        answer: '[ec2]',
      }),
    );
    expect(onlyIssue(badOption)).toMatchObject({
      line: 11,
      message: 'question "lambda-resize", option #1, id: must be text',
    });
    const badType = file(question({ type: 'true-false' }));
    expect(onlyIssue(badType)).toMatchObject({
      line: 4,
      column: 11,
      message: 'question "lambda-resize", type: must be one of: single, multiple',
    });
    const badDifficulty = file(question({ difficulty: 'trivial' }));
    expect(onlyIssue(badDifficulty)).toMatchObject({
      line: 5,
      message: 'question "lambda-resize", difficulty: must be one of: easy, medium, hard',
    });
  });

  it('reports a missing field at the question', () => {
    const text = file(question()).replace(/ {4}difficulty: easy\n/, '');
    expect(onlyIssue(text)).toMatchObject({
      line: 3,
      column: 5,
      message: 'question "lambda-resize": missing "difficulty"',
    });
  });
});

describe('parseQuestionFile: question types and answers', () => {
  it('single: exactly 4 options and 1 answer', () => {
    const three = file(question({ options: OPTIONS4.slice(0, 3) }));
    expect(onlyIssue(three)).toMatchObject({
      line: lineOf(three, '- { id: lambda'),
      message:
        'question "lambda-resize", options: a single-answer question has exactly 4 options (found 3)',
    });
    const two = file(question({ answer: '[lambda, ec2]' }));
    expect(onlyIssue(two)).toMatchObject({
      line: lineOf(two, 'answer:'),
      column: 13,
      message:
        'question "lambda-resize", answer: a single-answer question has exactly 1 answer (found 2)',
    });
  });

  it('multiple: at least 5 options, at least 2 answers, not all of them', () => {
    const four = file(question({ type: 'multiple', options: OPTIONS4, answer: '[lambda, ec2]' }));
    expect(onlyIssue(four).message).toBe(
      'question "lambda-resize", options: a multiple-response question has at least 5 options (found 4)',
    );
    const one = file(
      question({
        type: 'multiple',
        answer: '[lambda]',
        en: 'Which? (Select ONE.)',
        es: '¿Cuál? (Selecciona UNA.)',
      }),
    );
    expect(onlyIssue(one)).toMatchObject({
      line: lineOf(one, 'answer:'),
      message:
        'question "lambda-resize", answer: a multiple-response question has at least 2 answers (found 1)',
    });
    const all = file(
      question({
        type: 'multiple',
        answer: '[lambda, ec2, lightsail, batch, fargate]',
        en: 'Which? (Select FIVE.)',
        es: '¿Cuáles? (Selecciona CINCO.)',
      }),
    );
    expect(onlyIssue(all).message).toBe(
      'question "lambda-resize", answer: at least one option must be wrong',
    );
  });

  it('multiple: the stem states the count in both languages', () => {
    const noEs = file(
      question({ type: 'multiple', es: '¿Qué servicios ejecutan código sin servidores?' }),
    );
    expect(onlyIssue(noEs)).toMatchObject({
      line: lineOf(noEs, '      es:'),
      column: 11,
      message:
        'question "lambda-resize", stem.es: a multiple-response stem (es) must end with "(Selecciona DOS.)"',
    });
    const wrongCount = file(
      question({
        type: 'multiple',
        en: 'Which services run code without servers? (Select THREE.)',
      }),
    );
    expect(onlyIssue(wrongCount)).toMatchObject({
      line: lineOf(wrongCount, '      en:'),
      message:
        'question "lambda-resize", stem.en: stem (en) says "(Select THREE.)" but the question has 2 answers: use "(Select TWO.)"',
    });
    const three = file(
      question({
        type: 'multiple',
        answer: '[lambda, fargate, ec2]',
        en: 'Which? (Select THREE.)',
        es: '¿Cuáles? (Selecciona TRES.)',
      }),
    );
    expect(parse(three).issues).toEqual([]);
  });

  it('single: the stem does not ask for a count', () => {
    const text = file(question({ en: 'Which service resizes photos? (Select TWO.)' }));
    expect(onlyIssue(text)).toMatchObject({
      line: lineOf(text, '      en:'),
      message:
        'question "lambda-resize", stem.en: a single-answer stem must not say "(Select TWO.)"',
    });
  });

  it('answer ids must be option ids, each once', () => {
    const unknown = file(question({ answer: '[lamda]' }));
    expect(onlyIssue(unknown)).toMatchObject({
      line: lineOf(unknown, 'answer:'),
      column: 14,
      message: 'question "lambda-resize", answer[0]: answer "lamda" is not an option id',
    });
    const twice = file(question({ type: 'multiple', answer: '\n      - lambda\n      - lambda' }));
    expect(onlyIssue(twice)).toMatchObject({
      line: lineOf(twice, '- lambda', 'answer:') + 1,
      column: 9,
      message: 'question "lambda-resize", answer[1]: "lambda" is listed twice in answer',
    });
    const notList = file(question({ answer: 'lambda' }));
    expect(onlyIssue(notList).message).toBe(
      'question "lambda-resize", answer: must be a list of option ids, e.g. [lambda]',
    );
  });

  it('option ids are unique within a question', () => {
    const text = file(question({ options: [...OPTIONS4.slice(0, 3), OPTIONS4[1] ?? ''] }));
    const issue = onlyIssue(text);
    expect(issue).toMatchObject({
      line: 14,
      message: 'question "lambda-resize", option "ec2", id: duplicate option id "ec2"',
    });
  });
});

describe('parseQuestionFile: lessons and ids', () => {
  it('needs a lesson reference that resolves to an existing heading', () => {
    const noHeading = file(question({ lesson: 'serverless-computing' }));
    expect(onlyIssue(noHeading)).toMatchObject({
      line: 6,
      column: 13,
      message: 'question "lambda-resize", lesson: must be "<lesson-id>#<heading-id>"',
    });
    const noLesson = file(question({ lesson: 'containers#ecs' }));
    expect(onlyIssue(noLesson)).toMatchObject({
      line: 6,
      message: 'question "lambda-resize", lesson: lesson "containers" does not exist',
    });
    const badAnchor = file(question({ lesson: 'compute#lambda' }));
    expect(onlyIssue(badAnchor)).toMatchObject({
      line: 6,
      message: 'question "lambda-resize", lesson: lesson "compute" has no heading with id "lambda"',
    });
  });

  it('reports a repeated question id in the same file and keeps the first', () => {
    const text = file(question(), question({ en: 'Another stem?' }));
    const { questions, issues } = parse(text);
    expect(questions.map((q) => q.id)).toEqual(['lambda-resize']);
    expect(issues).toEqual([
      {
        file: FILE,
        line: 16,
        column: 9,
        message: 'question "lambda-resize", id: duplicate question id (first used on line 3)',
      },
    ]);
  });

  it('keeps the valid questions of a file with an invalid one', () => {
    const text = file(question({ id: 'first', difficulty: 'hardest' }), question({ id: 'second' }));
    const { questions, issues } = parse(text);
    expect(questions.map((q) => q.id)).toEqual(['second']);
    expect(issues).toHaveLength(1);
  });

  it('reports every problem of a question, each on its own line', () => {
    const text = file(question({ difficulty: 'hardest', lesson: 'nowhere#x', answer: '[lamda]' }));
    expect(parse(text).issues.map((i) => i.line)).toEqual([5]);
    // Schema problems come first; the cross-reference checks run once the shape is right.
    const shapeOk = file(question({ lesson: 'nowhere#x', answer: '[lamda]' }));
    expect(parse(shapeOk).issues.map((i) => i.line)).toEqual([lineOf(shapeOk, 'answer:'), 6]);
  });
});

describe('checkQuestionBank', () => {
  const fixture = readFileSync(FIXTURE, 'utf8');
  const compute = { file: 'content/questions/3.3-compute.yaml', text: fixture };
  const db = {
    file: 'content/questions/3.4-databases.yaml',
    text: file(question({ id: 'rds-managed', lesson: 'compute#ec2-instance-families' })).replace(
      '"3.3"',
      '"3.4"',
    ),
  };

  it('accepts a consistent bank and derives each domain from its task', () => {
    const { questions, issues } = checkQuestionBank([db, compute], lessons);
    expect(issues).toEqual([]);
    expect(questions.map((q) => [q.id, q.task, q.domain])).toEqual([
      ['lambda-image-resize', '3.3', 3],
      ['serverless-compute-pair', '3.3', 3],
      ['rds-managed', '3.4', 3],
    ]);
  });

  it('finds question ids reused across files', () => {
    const other = {
      file: 'content/questions/3.4-databases.yaml',
      text: file(question({ id: 'lambda-image-resize' })).replace('"3.3"', '"3.4"'),
    };
    const { questions, issues } = checkQuestionBank([other, compute], lessons);
    expect(issues).toEqual([
      {
        file: other.file,
        line: 3,
        column: 9,
        message: `question id "lambda-image-resize" is already used in ${compute.file}:${lineOf(fixture, 'id: lambda-image-resize')}`,
      },
    ]);
    expect(questions.filter((q) => q.id === 'lambda-image-resize')).toHaveLength(1);
  });

  it('matches the file name to the task', () => {
    const misnamed = { file: 'content/questions/3.4-compute.yaml', text: file(question()) };
    const { questions, issues } = checkQuestionBank([misnamed], lessons);
    expect(issues).toEqual([
      {
        file: misnamed.file,
        line: 1,
        column: 7,
        message: 'task "3.3" does not match the file name\'s task id "3.4"',
      },
    ]);
    expect(questions).toEqual([]);
  });

  it('rejects file names without a task id prefix', () => {
    for (const name of [
      'content/questions/compute.yaml',
      'content/questions/9.9-x.yaml',
      'content/questions/3.3-Compute.yml',
    ]) {
      const { issues, questions } = checkQuestionBank(
        [{ file: name, text: file(question()) }],
        lessons,
      );
      expect(questions).toEqual([]);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ file: name, line: 1, column: 1 });
      expect(issues[0]?.message).toContain('content/questions/<task-id>-<slug>.yaml');
    }
  });

  it('allows one file per task statement', () => {
    const second = {
      file: 'content/questions/3.3-containers.yaml',
      text: file(question({ id: 'ecs-basics' })),
    };
    const { issues } = checkQuestionBank([second, compute], lessons);
    expect(issues).toEqual([
      {
        file: second.file,
        line: 1,
        column: 7,
        message: `task 3.3 already has a question file (${compute.file}); use one file per task statement`,
      },
    ]);
  });

  it('does not depend on the order of the files', () => {
    const files = [
      compute,
      db,
      { file: 'content/questions/3.3-x.yaml', text: file(question({ id: 'rds-managed' })) },
    ];
    expect(checkQuestionBank(files.slice().reverse(), lessons)).toEqual(
      checkQuestionBank(files, lessons),
    );
  });
});
