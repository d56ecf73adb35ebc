'use client';
import { useTranslations } from '@/lib/i18n/use-translations';
import { useState } from 'react';
import { deleteIndicator } from '@/lib/actions/admin-indicators';
import { type Indicator, IndicatorForm } from './indicator-form';
import { Table, TD, TH, THead, TR } from '@/components/ui/table';
import { iconButtonClass, RunStatus, secondaryButtonClass, useRun } from './use-run';
import { ConfirmDelete } from './confirm-delete';

type Props = { planId: number; editable: boolean; years: number[]; indicators: Indicator[]; sections: { id: number; label: string }[] };

export function IndicatorsEditor({ planId, editable, years, indicators, sections }: Props) {
  const t = useTranslations('admin.indicators');
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const { run, pending, error, done } = useRun();
  const sectionLabel = (id: number | null) => sections.find((s) => s.id === id)?.label.trim() ?? t('noSection');
  const others = indicators.map((i) => ({ id: i.id, name: i.name }));
  const nameOf = (id: number) => others.find((o) => o.id === id)?.name ?? '―';
  const blank: Indicator = {
    id: 0,
    code: '',
    name: '',
    aliases: [],
    sectionId: null,
    unit: 'cases',
    scale: 0,
    direction: 'higher',
    yenPrecision: 'yen',
    aggregation: 'sum',
    numeratorId: null,
    denominatorId: null,
    ratioRounding: 'half_up',
    pairKey: '',
    measure: null,
    allowNegative: false,
    values: years.map((y) => ({ fiscalYear: y, planText: '', planShown: '', priorShown: '' })),
  };

  return (
    <div className="space-y-4">
      <Table className="min-w-[44rem]" data-testid="indicators-table">
        <THead>
          <tr>
            <TH>{t('name')}</TH>
            <TH>{t('section')}</TH>
            {years.map((y) => (
              <TH key={y} numeric>
                {t('planFor', { year: y })}
              </TH>
            ))}
            <TH numeric>{t('prior')}</TH>
            {editable && (
              <TH>
                <span className="sr-only">{t('actions')}</span>
              </TH>
            )}
          </tr>
        </THead>
        <tbody>
          {indicators.map((ind) => (
            <TR key={ind.id} className="align-top">
              <TH scope="row">
                {ind.name}
                <span className="ui-sub">
                  {t(`units.${ind.unit}`)} ・ {t(`directions.${ind.direction}`)}
                  {ind.pairKey ? ` ・ ${t('pairOf', { pair: ind.pairKey, measure: t(`measures.${ind.measure ?? 'count'}`) })}` : ''}
                  {ind.aggregation === 'ratio' && ind.numeratorId !== null && ind.denominatorId !== null
                    ? ` ・ ${t('ratioOf', { numerator: nameOf(ind.numeratorId), denominator: nameOf(ind.denominatorId) })}`
                    : ''}
                </span>
                {ind.aliases.length > 0 && <span className="ui-sub">{t('aliasesShown', { aliases: ind.aliases.join('、') })}</span>}
              </TH>
              <TD className="text-slate-700">{sectionLabel(ind.sectionId)}</TD>
              {ind.values.map((v) => (
                <TD key={v.fiscalYear} numeric data-testid={`plan-${ind.code}-${v.fiscalYear}`}>
                  {v.planShown}
                </TD>
              ))}
              <TD numeric>{ind.values[0]?.priorShown}</TD>
              {editable && (
                <TD className="whitespace-nowrap">
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-expanded={editing === ind.id}
                    onClick={() => setEditing(editing === ind.id ? null : ind.id)}
                    aria-label={t('editFor', { name: ind.name })}
                  >
                    {t('edit')}
                  </button>{' '}
                  <ConfirmDelete
                    id={`indicator-${ind.id}-delete`}
                    name={ind.name}
                    label={t('delete')}
                    ariaLabel={t('deleteFor', { name: ind.name })}
                    pending={pending}
                    onConfirm={() => run(() => deleteIndicator({ id: ind.id }), { doneMessage: t('deleted', { name: ind.name }) })}
                  />
                </TD>
              )}
            </TR>
          ))}
        </tbody>
      </Table>
      <RunStatus error={error} done={done} />
      {editable && typeof editing === 'number' && (
        <IndicatorForm
          key={editing}
          planId={planId}
          sections={sections}
          others={others}
          initial={indicators.find((i) => i.id === editing)!}
          onDone={() => setEditing(null)}
        />
      )}
      {editable && editing === 'new' && (
        <IndicatorForm key="new" planId={planId} sections={sections} others={others} initial={blank} onDone={() => setEditing(null)} />
      )}
      {editable && editing !== 'new' && (
        <button type="button" className={secondaryButtonClass} onClick={() => setEditing('new')}>
          {t('add')}
        </button>
      )}
    </div>
  );
}
