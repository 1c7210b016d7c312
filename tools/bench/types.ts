// Shape shared by every benchmark entry: a name to select it and the figures it prints.

export interface Figure {
  label: string;
  value: number;
  unit: string;
}

export interface Bench {
  /** Selects the entry on the command line: `npm run bench -- engine`. */
  name: string;
  title: string;
  run: () => Promise<Figure[]>;
}
