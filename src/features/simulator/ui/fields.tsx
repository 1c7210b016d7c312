// Labelled form fields of the panel: numbers commit on blur or Enter, so typing "1" on the way to "12" does not restart a run.
import { useId, useState, type ReactNode } from 'react';

interface NumberFieldProps {
  label: string;
  value: number | null;
  min: number;
  max: number;
  step?: number | 'any';
  /** An empty field commits `null` when allowed, else it restores the value. */
  allowEmpty?: boolean;
  disabled?: boolean;
  onCommit: (value: number | null) => void;
}

function NumberInput({
  label,
  value,
  min,
  max,
  step = 1,
  allowEmpty,
  disabled,
  onCommit,
}: NumberFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  const commit = () => {
    const trimmed = draft.trim();
    if (trimmed === '') {
      if (allowEmpty) onCommit(null);
      else setDraft(value === null ? '' : String(value));
      return;
    }
    const n = Number(trimmed);
    if (!Number.isFinite(n)) {
      setDraft(value === null ? '' : String(value));
      return;
    }
    const clamped = Math.min(max, Math.max(min, n));
    if (clamped !== value) onCommit(clamped);
    else setDraft(String(clamped));
  };
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={step}
        value={draft}
        disabled={disabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}

/** Remounts when the committed value changes elsewhere (reset, preset), so the draft follows it. */
export function NumberField(props: NumberFieldProps) {
  return <NumberInput key={String(props.value)} {...props} />;
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  disabled?: boolean;
  onChange: (value: T) => void;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  disabled,
  onChange,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => {
          const next = options.find((o) => o.value === e.target.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="sim-fieldset">
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}
