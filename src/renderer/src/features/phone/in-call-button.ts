/** How the in-call controls' buttons look on the call bar: small, outlined, light on its dark background. */
export const inCallButton = { size: 'xs', variant: 'outline', color: 'gray.3' } as const;
