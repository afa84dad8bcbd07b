import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

/** Public facts about the programme (DLA / TGO); see docs on the domain. */
const PROGRAMME = {
  registeredOn: '2019-07-30',
  firstSaleOn: '2023-06-21',
  firstSalePriceThb: '260.00',
  laoCount: 7849,
  provinceCount: 77,
  tco2ePerBinPerYear: '0.0452',
} as const;

export default function LandingRoute() {
  const { t } = useTranslation();
  const format = useFormat();

  const steps = [
    { title: t('landing.step1Title'), body: t('landing.step1Body') },
    { title: t('landing.step2Title'), body: t('landing.step2Body', { date: format.date(PROGRAMME.registeredOn) }) },
    {
      title: t('landing.step3Title'),
      body: t('landing.step3Body', {
        date: format.date(PROGRAMME.firstSaleOn),
        price: format.thb(PROGRAMME.firstSalePriceThb),
      }),
    },
  ];
  const facts = [
    { value: format.number(PROGRAMME.laoCount), label: t('landing.factLaos') },
    { value: format.number(PROGRAMME.provinceCount), label: t('landing.factProvinces') },
    { value: format.number(PROGRAMME.tco2ePerBinPerYear, { maximumFractionDigits: 4 }), label: t('landing.factPerBin') },
    { value: format.thb(PROGRAMME.firstSalePriceThb), label: t('landing.factFirstPrice') },
  ];

  return (
    <div className="landing">
      <title>{t('app.name')}</title>
      <section className="hero" aria-labelledby="landing-title">
        <p className="hero__eyebrow">{t('landing.eyebrow')}</p>
        <h1 className="hero__title" id="landing-title">
          {t('landing.title')}
        </h1>
        <p className="hero__lead">{t('landing.lead')}</p>
        <div className="cluster">
          <Link className="button button--primary button--large" to={paths.market.getHref()}>
            {t('landing.ctaMarket')}
          </Link>
          <Link className="button button--secondary button--large" to={paths.provinces.getHref()}>
            {t('landing.ctaProvinces')}
          </Link>
          <Link className="button button--secondary button--large" to={paths.laos.getHref()}>
            {t('landing.ctaLaos')}
          </Link>
        </div>
      </section>

      <section className="section" aria-labelledby="landing-how">
        <h2 className="section__title" id="landing-how">
          {t('landing.howTitle')}
        </h2>
        <ol className="steps">
          {steps.map((step, index) => (
            <li key={step.title} className="steps__item">
              <span className="steps__number" aria-hidden="true">
                {format.number(index + 1)}
              </span>
              <h3 className="steps__title">{step.title}</h3>
              <p>{step.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="landing-facts">
        <h2 className="section__title" id="landing-facts">
          {t('landing.factsTitle')}
        </h2>
        <dl className="facts">
          {facts.map((fact) => (
            <div key={fact.label} className="facts__item">
              <dt className="facts__label">{fact.label}</dt>
              <dd className="facts__value">{fact.value}</dd>
            </div>
          ))}
        </dl>
        <p className="muted small">{t('landing.registryNote')}</p>
      </section>
    </div>
  );
}
