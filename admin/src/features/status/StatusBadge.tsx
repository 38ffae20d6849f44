export type BadgeTone = 'ok' | 'warn' | 'bad';

const ICONS: Record<BadgeTone, string> = { ok: '✓', warn: '!', bad: '✕' };

interface StatusBadgeProps {
  tone: BadgeTone;
  /** The visible text; colour and icon only reinforce it. */
  label: string;
}

export function StatusBadge({ tone, label }: StatusBadgeProps) {
  return (
    <span className={`badge badge--${tone}`}>
      <span className="badge__icon" aria-hidden="true">
        {ICONS[tone]}
      </span>
      {label}
    </span>
  );
}
