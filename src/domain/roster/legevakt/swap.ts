/**
 * The life of a shift swap: offered by the doctor who holds the shift (to one colleague or to all), accepted by a
 * colleague, approved by the coordinator — or refused, or withdrawn. Who may take which step from which state;
 * whether the shift can really change hands (rules, the roster as it is now) is checked by the caller.
 */
export const SWAP_STATES = ['offered', 'accepted', 'approved', 'refused', 'withdrawn'] as const;
export type SwapState = (typeof SWAP_STATES)[number];
export type SwapAction = 'accept' | 'approve' | 'refuse' | 'withdraw';

/** Each step: the states it starts from and the state it leads to. */
export const SWAP_TRANSITIONS: Record<SwapAction, { from: readonly SwapState[]; to: SwapState }> = {
  accept: { from: ['offered'], to: 'accepted' },
  approve: { from: ['accepted'], to: 'approved' },
  refuse: { from: ['offered', 'accepted'], to: 'refused' },
  withdraw: { from: ['offered', 'accepted'], to: 'withdrawn' },
};

/** Who acts: the coordinator (a planner or admin), a doctor (their own doctor id), or someone who only reads. */
export type SwapActor = { kind: 'coordinator' } | { kind: 'doctor'; doctorId: number } | { kind: 'reader' };

export interface SwapParties {
  status: SwapState;
  fromDoctorId: number;
  /** The colleague it is offered to, or null: to all. */
  toDoctorId: number | null;
}

/**
 * The step's outcome: the new state, or a refusal — `forbidden` when this actor may never take the step,
 * `refused` when the swap is not in a state (or a relation) that allows it. Messages are Norwegian.
 */
export type SwapStep = { ok: true; status: SwapState } | { ok: false; refusal: 'forbidden' | 'refused'; message: string };

const STATE_TEXT: Record<SwapState, string> = {
  offered: 'Byttet er ikke i riktig fase',
  accepted: 'Byttet er ikke i riktig fase',
  approved: 'Byttet er allerede godkjent',
  refused: 'Byttet er avslått',
  withdrawn: 'Byttet er trukket tilbake',
};

const forbidden = (message: string): SwapStep => ({ ok: false, refusal: 'forbidden', message });
const refused = (message: string): SwapStep => ({ ok: false, refusal: 'refused', message });

/** Who may take `action` on a swap in its present state; does not change `swap`. */
export function swapStep(swap: SwapParties, action: SwapAction, actor: SwapActor): SwapStep {
  const step = SWAP_TRANSITIONS[action];
  const inState = step.from.includes(swap.status);
  const next: SwapStep = inState ? { ok: true, status: step.to } : refused(STATE_TEXT[swap.status]);
  const doctor = actor.kind === 'doctor' ? actor.doctorId : null;
  switch (action) {
    case 'accept':
      if (doctor === null) return forbidden('Bare en lege kan gjøre dette for seg selv');
      if (!inState) return next;
      if (doctor === swap.fromDoctorId) return refused('Du kan ikke ta imot ditt eget tilbud');
      if (swap.toDoctorId !== null && swap.toDoctorId !== doctor) return forbidden('Byttet er tilbudt en annen lege');
      return next;
    case 'approve':
      return actor.kind === 'coordinator' ? next : forbidden('Bare legevaktkoordinator (planlegger) kan godkjenne bytter');
    case 'refuse':
      return actor.kind === 'coordinator' || (doctor !== null && doctor === swap.toDoctorId) ? next : forbidden('Bare koordinator eller kollegaen byttet er tilbudt kan avslå det');
    case 'withdraw':
      return actor.kind === 'coordinator' || doctor === swap.fromDoctorId ? next : forbidden('Bare legen som tilbød vakten kan trekke tilbudet');
  }
}
