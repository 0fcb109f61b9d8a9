/** Payer classes a clinic can force a unit rule for (CMS 8-minute rule vs AMA midpoint rule). A plain list: no schema here. */
export const PAYER_CLASSES = ['medicare', 'medicaid', 'commercial', 'workersComp', 'selfPay'] as const;
export type PayerClass = (typeof PAYER_CLASSES)[number];
