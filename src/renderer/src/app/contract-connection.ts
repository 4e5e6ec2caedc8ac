import { createContractClient } from '@shared/contract/client';
import { pickTransport } from '../ui/transport/pick-transport';

/**
 * The page's connection to main, opened while the page is still starting:
 * main.tsx imports this module first, so the browser shell's socket is made
 * before React, Mantine and the console's modules are evaluated, and is open
 * by the time the first screen asks its first questions.
 */
export const contract = createContractClient(pickTransport());
