import { useParams } from 'react-router';

import { useSession } from '@/features/auth/hooks/use-session';
import { ListingDetail, type BidderKind } from '@/features/market/components/listing-detail';

export default function ListingRoute() {
  const { id = '' } = useParams();
  const session = useSession();
  const bidder: BidderKind =
    session.status === 'anonymous'
      ? 'anonymous'
      : session.status === 'authenticated'
        ? session.hasRole('BUYER')
          ? 'buyer'
          : 'other'
        : 'pending';
  return <ListingDetail id={id} bidder={bidder} />;
}
