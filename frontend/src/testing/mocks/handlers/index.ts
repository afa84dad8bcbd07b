import { adminUserHandlers, resetAdminUsersMock } from './admin-users';
import { authHandlers, resetAuthMock } from './auth';
import { buyerHandlers, resetBuyersMock } from './buyers';
import { dashboardHandlers, resetDashboardMock } from './dashboard';
import { directoryHandlers } from './directory';
import { marketHandlers, resetMarketMock } from './market';
import { notificationHandlers, resetNotificationsMock } from './notifications';
import { officerHandlers, resetOfficersMock } from './officers';
import { registryHandlers, resetRegistryMock } from './registry';
import { resetSettlementMock, settlementHandlers } from './settlement';

export const handlers = [
  ...directoryHandlers,
  ...authHandlers,
  ...buyerHandlers,
  ...officerHandlers,
  ...adminUserHandlers,
  ...registryHandlers,
  ...marketHandlers,
  ...settlementHandlers,
  ...notificationHandlers,
  ...dashboardHandlers,
];

/** Every mock back to its seed data and no session (between tests). */
export function resetMockState() {
  resetAuthMock();
  resetBuyersMock();
  resetOfficersMock();
  resetAdminUsersMock();
  resetRegistryMock();
  resetMarketMock();
  resetSettlementMock();
  resetNotificationsMock();
  resetDashboardMock();
}
