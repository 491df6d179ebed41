import { useEffect, useState } from 'preact/hooks';
import type { ReportMeta } from '@/lib';
import {
  decisionsItem,
  exportFile,
  keyOf,
  loadDecisions,
  readStore,
  undoDecision,
  type Decision,
} from '@/settings/decisions';
import { outletName } from '@/wording/format-citation';
import { t } from '@/wording/i18n';

// The options page's list of the reader's decisions on matches, with undo for each and an export a
// team can share. Follows storage, so a decision taken in the panel shows here at once.

export const EXPORT_FILE_NAME = 'crosscheck-decisions.json';

function download(list: readonly Decision[]): void {
  const blob = new Blob([exportFile(list, new Date())], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: EXPORT_FILE_NAME });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface Props {
  reports: readonly ReportMeta[] | null;
}

export function DecisionsList({ reports }: Props) {
  const [list, setList] = useState<Decision[] | null>(null);
  useEffect(() => {
    void loadDecisions().then(setList);
    return decisionsItem.watch((value) => setList(readStore(value)));
  }, []);
  if (!list) return null;
  const outlet = (id: string) =>
    outletName(
      reports?.find((r) => r.id === id),
      id,
    );
  const group = (kind: Decision['decision'], title: string) => {
    const items = list.filter((d) => d.decision === kind);
    if (items.length === 0) return null;
    return (
      <>
        <h3>{title}</h3>
        <ul class="decisions" data-decisions={kind}>
          {items.map((d) => (
            <li key={keyOf(d)} data-decision={kind}>
              <p class="decision-page">{d.pageSentence}</p>
              <p class="decision-report">{t('decisionReportSentence', outlet(d.report), d.reportSentence)}</p>
              <button
                type="button"
                class="secondary"
                data-action="undo-decision"
                onClick={() => void undoDecision(d)}
              >
                {t('undoDecision')}
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  };
  return (
    <fieldset class="decisions-section">
      <legend>{t('decisionsTitle')}</legend>
      <p class="hint">{t('decisionsNote')}</p>
      {list.length === 0 ? (
        <p>{t('decisionsEmpty')}</p>
      ) : (
        <>
          {group('confirmed', t('decisionsConfirmed'))}
          {group('rejected', t('decisionsRejected'))}
          <button type="button" data-action="export-decisions" onClick={() => download(list)}>
            {t('exportDecisions')}
          </button>
        </>
      )}
    </fieldset>
  );
}
