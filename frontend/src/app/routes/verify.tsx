import { useParams } from 'react-router';

import { CertificateVerify } from '@/features/settlement/components/certificate-verify';

export default function VerifyRoute() {
  const { certificateNo = '' } = useParams();
  return <CertificateVerify certificateNo={certificateNo} />;
}
