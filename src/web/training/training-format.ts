const kroner = new Intl.NumberFormat('nb-NO', { style: 'currency', currency: 'NOK', maximumFractionDigits: 0 });

/** Øre as whole kroner, nb-NO ("300 000 kr"): money is integer øre everywhere but at the edge. */
export const formatKr = (ore: number): string => kroner.format(Math.round(ore / 100));
