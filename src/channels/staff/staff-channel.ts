import type { ChannelAdapter } from '../../core/channel-adapter.js';
import { createStaffRoutes, type StaffRoutesOptions } from './staff-routes.js';

/** The staff page at `/staff` (review inbox, answer look-up, stats), served when STAFF_TOKEN is set. */
export function createStaffChannel(options: StaffRoutesOptions): ChannelAdapter {
  return { name: 'staff', routes: createStaffRoutes(options) };
}
