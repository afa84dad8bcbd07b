import { IssuanceList } from '@/features/registry/components/issuance-list';

export default function AdminIssuancesRoute() {
  return <IssuanceList />;
}
