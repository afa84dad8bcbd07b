import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { FormAlert, FormField } from '@/components/ui/form-field';
import { checkForm, focusFirstInvalid, type FieldErrors } from '@/lib/forms';
import { useFormat } from '@/lib/i18n/use-format';

import { bidInputSchema, usePlaceBid } from '../api/place-bid';
import type { Bid, Listing } from '../types';
import { marketProblemSlug, translateMarketProblem } from '../utils/problems';

type Attempt = { key: string; quantity: number; unitPrice: string };

/** The lowest price the server will take for this listing (fixed price; auction: reserve or best + increment). */
function minimumPrice(listing: Listing): number | null {
  if (listing.mode === 'FIXED_PRICE') return Number(listing.unitPrice);
  if (listing.mode === 'AUCTION') {
    const reserve = Number(listing.reservePrice ?? listing.unitPrice);
    const next = listing.bestPrice != null ? Number(listing.bestPrice) + Number(listing.minIncrement ?? 0) : reserve;
    return Math.max(reserve, next);
  }
  return null;
}

/**
 * A verified buyer's bid: quantity and unit price, checked with zod, confirmed in a dialog, sent with an
 * `Idempotency-Key` made for this attempt (a retry of the same attempt sends the same key, so a bid that reached the
 * server before the connection dropped is not placed twice).
 */
export function BidForm({ listing, verifyHref }: { listing: Listing; verifyHref: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const placeBid = usePlaceBid();
  const min = minimumPrice(listing);
  const [quantity, setQuantity] = useState(String(Math.min(listing.minLot, listing.remaining) || 1));
  const [unitPrice, setUnitPrice] = useState(min != null ? min.toFixed(2) : '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [placed, setPlaced] = useState<Bid | null>(null);
  const [formProblem, setFormProblem] = useState<unknown>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPlaced(null);
    setFormProblem(null);
    const { data, errors: invalid } = checkForm(bidInputSchema, { quantity, unitPrice }, t, formRef.current);
    setErrors(invalid);
    if (!data) return;
    placeBid.reset();
    // A new attempt: a new key. Confirming again after a failure (a retry) reuses it.
    setAttempt({ key: crypto.randomUUID(), quantity: Number(data.quantity), unitPrice: data.unitPrice });
  };

  const confirm = () => {
    if (!attempt) return;
    placeBid.mutate(
      { listingId: listing.id, quantity: attempt.quantity, unitPrice: attempt.unitPrice, idempotencyKey: attempt.key },
      {
        onSuccess: (bid) => {
          setAttempt(null);
          setPlaced(bid);
        },
        onError: (error) => {
          const problem = translateMarketProblem(error, t);
          // Problems the buyer must fix in the form (fields, rules of the market) close the dialog.
          if (Object.keys(problem.fieldErrors).length > 0 || marketProblemSlug(error)) {
            setAttempt(null);
            setErrors(problem.fieldErrors);
            setFormProblem(error);
            requestAnimationFrame(() => focusFirstInvalid(formRef.current));
          }
        },
      },
    );
  };

  const problem = formProblem ? translateMarketProblem(formProblem, t) : null;
  const total = attempt ? format.thb((attempt.quantity * Number(attempt.unitPrice)).toFixed(2)) : '';

  return (
    <>
    <form ref={formRef} className="stack bid-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 className="section__title" id={`${id}-title`}>
        {t('market.bidForm.title')}
      </h2>
      <p className="small muted">{t(`market.bidForm.rule.${listing.mode}`)}</p>
      {placed ? (
        <p className="notice notice--success" role="status">
          {placed.tradeId
            ? t('market.bidForm.filled', { quantity: format.number(placed.filledQuantity) })
            : t('market.bidForm.placed')}
        </p>
      ) : null}
      {problem ? (
        <FormAlert title={problem.title} message={problem.message}>
          {problem.slug === 'buyer-not-verified' ? (
            <p>
              <a href={verifyHref}>{t('market.bidForm.seeOrganisation')}</a>
            </p>
          ) : null}
        </FormAlert>
      ) : null}
      <div className="form-grid">
        <FormField
          id={`${id}-quantity`}
          name="quantity"
          label={t('market.bidForm.quantity')}
          hint={t('market.bidForm.quantityHint', {
            minLot: format.number(listing.minLot),
            remaining: format.number(listing.remaining),
          })}
          error={errors.quantity}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="numeric"
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-price`}
          name="unitPrice"
          label={t('market.bidForm.unitPrice')}
          hint={min != null ? t('market.bidForm.minPrice', { price: format.thb(min.toFixed(2)) }) : t('market.bidForm.anyPrice')}
          error={errors.unitPrice}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              inputMode="decimal"
              value={unitPrice}
              onChange={(e) => setUnitPrice(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('market.bidForm.submit')}
        </button>
      </div>
    </form>
      {attempt ? (
        <ConfirmDialog
          title={t('market.bidForm.confirmTitle')}
          message={t('market.bidForm.confirmMessage', {
            quantity: format.number(attempt.quantity),
            price: format.thb(attempt.unitPrice),
            total,
            lao: listing.laoNameTh,
          })}
          confirmLabel={placeBid.isError ? t('market.bidForm.retry') : t('market.bidForm.confirm')}
          pending={placeBid.isPending}
          error={placeBid.error ?? undefined}
          onConfirm={confirm}
          onCancel={() => {
            setAttempt(null);
            placeBid.reset();
          }}
        />
      ) : null}
    </>
  );
}
