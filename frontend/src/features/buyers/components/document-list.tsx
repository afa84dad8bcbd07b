import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';
import { translateProblem } from '@/lib/problem-translation';

import { useDownloadBuyerDocument } from '../api/download-buyer-document';
import type { BuyerDocument } from '../types';

type DocumentListProps = {
  documents: readonly BuyerDocument[];
  /** Given for DLA admins: each document becomes a download. */
  buyerId?: string;
};

/** The supporting documents of an organisation (downloadable for DLA admins). */
export function DocumentList({ documents, buyerId }: DocumentListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const download = useDownloadBuyerDocument();

  if (documents.length === 0) return <p className="muted">{t('buyers.noDocuments')}</p>;

  return (
    <>
      <ul className="file-list" role="list">
        {documents.map((document) => (
          <li key={document.id} className="file-list__item">
            {buyerId ? (
              <button
                type="button"
                className="link-button file-list__name"
                onClick={() => download.mutate({ buyerId, document })}
                disabled={download.isPending && download.variables.document.id === document.id}
              >
                <span className="visually-hidden">{t('buyers.download')}</span> {document.fileName}
              </button>
            ) : (
              <span className="file-list__name">{document.fileName}</span>
            )}
            <span className="file-list__size">
              {document.contentType === 'application/pdf' ? 'PDF' : document.contentType.replace('image/', '').toUpperCase()}
              {' · '}
              {format.fileSize(document.size)}
            </span>
          </li>
        ))}
      </ul>
      {download.isError ? (
        <p className="field__error" role="alert">
          {t('buyers.downloadFailed')} {translateProblem(download.error, t).message}
        </p>
      ) : null}
    </>
  );
}
