import { tParts } from '@/wording/i18n';

// The on/off switch for Crosscheck on one site: a real checkbox with the switch role, so keyboards and
// screen readers handle it like any switch.

interface Props {
  site: string;
  on: boolean;
  onChange: (on: boolean) => void;
}

export function SiteSwitch({ site, on, onChange }: Props) {
  return (
    <label class="site-switch">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="site-switch-track" aria-hidden="true" />
      <span>{tParts('siteSwitch', <strong>{site}</strong>)}</span>
    </label>
  );
}
