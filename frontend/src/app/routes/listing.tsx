import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { useSession } from '@/features/auth/hooks/use-session';
import { getMyOrganisationQueryOptions } from '@/features/buyers/api/get-my-organisation';
import { ListingDetail, type BidderKind } from '@/features/market/components/listing-detail';

export default function ListingRoute() {
  const { id = '' } = useParams();
  const session = useSession();
  const isBuyer = session.status === 'authenticated' && session.hasRole('BUYER');
  // A buyer whose organisation is not verified yet learns why before typing a bid (the server refuses it anyway).
  const organisation = useQuery({ ...getMyOrganisationQueryOptions(), enabled: isBuyer });
  const bidder: BidderKind =
    session.status === 'anonymous'
      ? 'anonymous'
      : session.status === 'authenticated'
        ? isBuyer
          ? organisation.data && organisation.data.status !== 'VERIFIED'
            ? 'unverified'
            : 'buyer'
          : 'other'
        : 'pending';
  return <ListingDetail id={id} bidder={bidder} />;
}
