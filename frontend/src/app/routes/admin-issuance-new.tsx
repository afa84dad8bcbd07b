import { IssuanceImport } from '@/features/registry/components/issuance-form';

export default function AdminIssuanceNewRoute() {
  return <IssuanceImport />;
}
