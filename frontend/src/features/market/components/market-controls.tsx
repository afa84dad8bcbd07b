import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { FormAlert, FormField } from '@/components/ui/form-field';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n/use-format';
import { translateProblem } from '@/lib/problem-translation';

import { useFreezeMarket } from '../api/freeze-market';
import { useMarketStatus } from '../api/get-market-status';
import { useRemovePriceFloor } from '../api/remove-price-floor';
import { useSetPriceFloor } from '../api/set-price-floor';
import { useUnfreezeMarket } from '../api/unfreeze-market';

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

/** DLA's market controls: freeze / unfreeze trading (confirmed, with a reason) and price floors per project. */
export function MarketControls() {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const status = useMarketStatus();
  const freeze = useFreezeMarket();
  const unfreeze = useUnfreezeMarket();
  const setFloor = useSetPriceFloor();
  const removeFloor = useRemovePriceFloor();
  const [asking, setAsking] = useState<'freeze' | 'unfreeze' | null>(null);
  const [project, setProject] = useState('');
  const [price, setPrice] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (status.isPending) return <Spinner />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;
  const mutation = asking === 'freeze' ? freeze : unfreeze;

  const onFloor = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (!/^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$/.test(project.trim())) next.projectCode = t('market.controls.projectInvalid');
    if (!MONEY.test(price.trim()) || Number(price) <= 0) next.minUnitPrice = t('market.validation.money');
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setFloor.mutate(
      { projectCode: project.trim().toUpperCase(), minUnitPrice: price.trim() },
      {
        onSuccess: () => {
          setProject('');
          setPrice('');
        },
      },
    );
  };
  const floorProblem = setFloor.error ?? removeFloor.error;
  const ui = floorProblem ? translateProblem(floorProblem, t) : null;

  return (
    <div className="stack">
      <section className="card stack" aria-labelledby={`${id}-freeze`}>
        <h2 className="section__title" id={`${id}-freeze`}>
          {t('market.controls.tradingTitle')}
        </h2>
        <p className={`notice ${s.frozen ? 'notice--suspended' : 'notice--verified'}`} role="status">
          {s.frozen ? t('market.controls.frozen') : t('market.controls.open')}
          {s.frozen && s.reason ? ` — ${s.reason}` : ''}
          <br />
          <span className="small">{t('market.controls.changedAt', { date: format.date(s.changedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</span>
        </p>
        <div className="actions-row">
          {s.frozen ? (
            <button type="button" className="button button--primary" onClick={() => setAsking('unfreeze')}>
              {t('market.controls.unfreeze')}
            </button>
          ) : (
            <button type="button" className="button button--danger" onClick={() => setAsking('freeze')}>
              {t('market.controls.freeze')}
            </button>
          )}
        </div>
      </section>
      <section className="card stack" aria-labelledby={`${id}-floors`}>
        <h2 className="section__title" id={`${id}-floors`}>
          {t('market.controls.floorsTitle')}
        </h2>
        <p className="small muted">{t('market.controls.floorsHint')}</p>
        {Object.keys(s.priceFloors).length === 0 ? (
          <p>{t('market.controls.noFloors')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('market.controls.project')}</th>
                  <th scope="col">{t('market.controls.minUnitPrice')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('market.myBids.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(s.priceFloors).map(([code, floor]) => (
                  <tr key={code}>
                    <td data-label={t('market.controls.project')}>
                      <span className="code">{code}</span>
                    </td>
                    <td data-label={t('market.controls.minUnitPrice')}>{format.thb(floor)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--danger-outline"
                        aria-label={t('market.controls.removeFloorLabel', { project: code })}
                        onClick={() => removeFloor.mutate({ projectCode: code })}
                      >
                        {t('market.controls.removeFloor')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {ui ? <FormAlert title={ui.title} message={ui.message} /> : null}
        <form className="form-grid" onSubmit={onFloor} noValidate>
          <FormField id={`${id}-project`} name="projectCode" label={t('market.controls.project')} error={errors.projectCode} required>
            {(control) => <input {...control} className="input" placeholder="DLA-WWB" value={project} onChange={(e) => setProject(e.target.value)} />}
          </FormField>
          <FormField id={`${id}-price`} name="minUnitPrice" label={t('market.controls.minUnitPrice')} error={errors.minUnitPrice} required>
            {(control) => <input {...control} className="input" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={setFloor.isPending}>
              {t('market.controls.setFloor')}
            </button>
          </div>
        </form>
      </section>
      {asking ? (
        <ConfirmDialog
          title={asking === 'freeze' ? t('market.controls.freezeTitle') : t('market.controls.unfreezeTitle')}
          message={asking === 'freeze' ? t('market.controls.freezeMessage') : t('market.controls.unfreezeMessage')}
          confirmLabel={asking === 'freeze' ? t('market.controls.freeze') : t('market.controls.unfreeze')}
          tone={asking === 'freeze' ? 'danger' : 'primary'}
          {...(asking === 'freeze' ? { reasonLabel: t('market.controls.reason') } : {})}
          pending={mutation.isPending}
          error={mutation.error ?? undefined}
          onConfirm={(reason) =>
            asking === 'freeze'
              ? freeze.mutate({ reason }, { onSuccess: () => setAsking(null) })
              : unfreeze.mutate(undefined, { onSuccess: () => setAsking(null) })
          }
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </div>
  );
}
