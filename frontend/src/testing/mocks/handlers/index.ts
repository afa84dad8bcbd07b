import { adminUserHandlers, resetAdminUsersMock } from './admin-users';
import { authHandlers, resetAuthMock } from './auth';
import { buyerHandlers, resetBuyersMock } from './buyers';
import { directoryHandlers } from './directory';
import { marketHandlers, resetMarketMock } from './market';
import { notificationHandlers, resetNotificationsMock } from './notifications';
import { officerHandlers, resetOfficersMock } from './officers';
import { resetSettlementMock, settlementHandlers } from './settlement';

export const handlers = [...directoryHandlers, ...authHandlers, ...buyerHandlers, ...officerHandlers, ...adminUserHandlers];
handlers.push(...marketHandlers);
handlers.push(...settlementHandlers);
handlers.push(...notificationHandlers);

/** Every mock back to its seed data and no session (between tests). */
export function resetMockState() {
  resetAuthMock();
  resetBuyersMock();
  resetOfficersMock();
  resetAdminUsersMock();
  resetMarketMock();
  resetSettlementMock();
  resetNotificationsMock();
}
