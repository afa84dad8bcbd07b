import { CertificateLookup } from '@/features/settlement/components/certificate-lookup';

export default function VerifyLookupRoute() {
  return <CertificateLookup />;
}
