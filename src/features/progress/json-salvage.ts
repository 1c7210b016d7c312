// JSON parsing that, on damaged or truncated text, keeps every value completed before the damage.

export interface SalvagedJson {
  /** The document, or as much of it as was complete; undefined when nothing was. */
  value: unknown;
  /** Where the text stopped being valid JSON; null when it parsed whole. */
  damagedAt: number | null;
  /**
   * Arrays and objects cut short by the damage. Callers keep the containers (so the complete
   * items inside survive) but must not trust an incomplete item as a record of its own.
   */
  incomplete: WeakSet<object>;
}

/** Deep enough for any stored shape; deeper text is damage, not data. */
const MAX_DEPTH = 32;

export function parseJsonSalvaging(text: string): SalvagedJson {
  try {
    return { value: JSON.parse(text) as unknown, damagedAt: null, incomplete: new WeakSet() };
  } catch {
    return new PrefixParser(text).run();
  }
}

/**
 * Parses the value that starts at `from` (to resync on a known field after damage), adding
 * the containers it cuts short to `incomplete`.
 */
export function parseJsonPrefixAt(
  text: string,
  from: number,
  incomplete: WeakSet<object>,
): SalvagedJson {
  return new PrefixParser(text, from, incomplete).run();
}

/** Defines rather than assigns, so a "__proto__" key in the text is data, not a prototype. */
function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

class Damage extends Error {
  constructor(
    readonly at: number,
    /** The container being filled when the damage was hit, kept for its complete items. */
    readonly partial?: object,
  ) {
    super(`JSON damaged at ${at}`);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const DELIMITER = /[\s,\]}:]/;

class PrefixParser {
  private pos: number;

  constructor(
    private readonly text: string,
    from = 0,
    private readonly incomplete = new WeakSet<object>(),
  ) {
    this.pos = from;
  }

  run(): SalvagedJson {
    try {
      const value = this.value(0);
      this.skipSpace();
      const damagedAt = this.pos < this.text.length ? this.pos : null;
      return { value, damagedAt, incomplete: this.incomplete };
    } catch (error) {
      if (!(error instanceof Damage)) throw error;
      return { value: error.partial, damagedAt: error.at, incomplete: this.incomplete };
    }
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) throw new Damage(this.pos);
    this.skipSpace();
    const char = this.text[this.pos];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return this.string();
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        this.expectDelimiter();
        return literal;
      }
    }
    NUMBER.lastIndex = this.pos;
    const match = NUMBER.exec(this.text);
    if (match === null) throw new Damage(this.pos);
    this.pos += match[0].length;
    // A number cut off by the end of the text may have lost digits: it is not trusted.
    this.expectDelimiter();
    return Number(match[0]);
  }

  private expectDelimiter(): void {
    const next = this.text[this.pos];
    if (next === undefined || !DELIMITER.test(next)) throw new Damage(this.pos);
  }

  private string(): string {
    const start = this.pos;
    let i = start + 1;
    while (i < this.text.length) {
      const char = this.text[i];
      if (char === '"') break;
      i += char === '\\' ? 2 : 1;
    }
    if (i >= this.text.length) throw new Damage(start);
    try {
      const value = JSON.parse(this.text.slice(start, i + 1)) as unknown;
      if (typeof value !== 'string') throw new Damage(start);
      this.pos = i + 1;
      return value;
    } catch {
      throw new Damage(start);
    }
  }

  private array(depth: number): unknown[] {
    const items: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.child(items, depth));
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === ']') {
        this.pos++;
        return items;
      }
      if (next !== ',') this.fail(items);
      this.pos++;
    }
  }

  private object(depth: number): Record<string, unknown> {
    const entries: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return entries;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.fail(entries);
      const key = this.guard(entries, () => this.string());
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail(entries);
      this.pos++;
      const value = this.child(entries, depth, key);
      // Same rule as JSON.parse: a repeated key keeps the last value.
      setOwn(entries, key, value);
      this.skipSpace();
      const next = this.text[this.pos];
      if (next === '}') {
        this.pos++;
        return entries;
      }
      if (next !== ',') this.fail(entries);
      this.pos++;
    }
  }

  /** Parses one member; if it breaks, keeps its partial container and marks both as cut short. */
  private child(parent: unknown[] | Record<string, unknown>, depth: number, key?: string): unknown {
    try {
      return this.value(depth + 1);
    } catch (error) {
      if (!(error instanceof Damage)) throw error;
      if (error.partial !== undefined) {
        if (Array.isArray(parent)) parent.push(error.partial);
        else if (key !== undefined) setOwn(parent, key, error.partial);
      }
      this.incomplete.add(parent);
      throw new Damage(error.at, parent);
    }
  }

  private guard<T>(container: object, read: () => T): T {
    try {
      return read();
    } catch (error) {
      if (error instanceof Damage) this.fail(container);
      throw error;
    }
  }

  private fail(container: object): never {
    this.incomplete.add(container);
    throw new Damage(this.pos, container);
  }

  private skipSpace(): void {
    WHITESPACE.lastIndex = this.pos;
    WHITESPACE.exec(this.text);
    this.pos = WHITESPACE.lastIndex;
  }
}
