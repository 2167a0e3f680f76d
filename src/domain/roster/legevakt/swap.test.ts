import { describe, expect, it } from 'vitest';
import { SWAP_STATES, SWAP_TRANSITIONS, swapStep, type SwapAction, type SwapActor, type SwapParties, type SwapState } from './swap.ts';

const OFFERER = 11;
const COLLEAGUE = 12;
const OTHER = 13;
const coordinator: SwapActor = { kind: 'coordinator' };
const doctor = (doctorId: number): SwapActor => ({ kind: 'doctor', doctorId });
const swap = (status: SwapState, toDoctorId: number | null = null): SwapParties => ({ status, fromDoctorId: OFFERER, toDoctorId });

describe('a shift swap’s states', () => {
  it('offered → accepted by a colleague → approved by the coordinator', () => {
    expect(swapStep(swap('offered'), 'accept', doctor(COLLEAGUE))).toEqual({ ok: true, status: 'accepted' });
    expect(swapStep(swap('accepted'), 'approve', coordinator)).toEqual({ ok: true, status: 'approved' });
  });

  it('every step from every state: allowed exactly from the states of its transition', () => {
    const actorFor: Record<SwapAction, SwapActor> = { accept: doctor(COLLEAGUE), approve: coordinator, refuse: coordinator, withdraw: doctor(OFFERER) };
    for (const action of Object.keys(SWAP_TRANSITIONS) as SwapAction[]) {
      for (const state of SWAP_STATES) {
        const step = swapStep(swap(state), action, actorFor[action]);
        if (SWAP_TRANSITIONS[action].from.includes(state)) expect(step, `${action} from ${state}`).toEqual({ ok: true, status: SWAP_TRANSITIONS[action].to });
        else expect(step, `${action} from ${state}`).toMatchObject({ ok: false, refusal: 'refused' });
      }
    }
    // The ends are ends: nothing leaves approved, refused or withdrawn.
    for (const end of ['approved', 'refused', 'withdrawn'] as const) expect(Object.values(SWAP_TRANSITIONS).some((t) => t.from.includes(end))).toBe(false);
  });

  it('says why a finished swap cannot be decided again', () => {
    expect(swapStep(swap('approved'), 'withdraw', doctor(OFFERER))).toEqual({ ok: false, refusal: 'refused', message: 'Byttet er allerede godkjent' });
    expect(swapStep(swap('withdrawn'), 'accept', doctor(COLLEAGUE))).toEqual({ ok: false, refusal: 'refused', message: 'Byttet er trukket tilbake' });
    expect(swapStep(swap('refused'), 'refuse', coordinator)).toEqual({ ok: false, refusal: 'refused', message: 'Byttet er avslått' });
  });

  it('accept: a doctor other than the offerer, and the one it is offered to when it is offered to one', () => {
    expect(swapStep(swap('offered'), 'accept', coordinator)).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(swapStep(swap('offered'), 'accept', { kind: 'reader' })).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(swapStep(swap('offered'), 'accept', doctor(OFFERER))).toEqual({ ok: false, refusal: 'refused', message: 'Du kan ikke ta imot ditt eget tilbud' });
    expect(swapStep(swap('offered', COLLEAGUE), 'accept', doctor(OTHER))).toEqual({ ok: false, refusal: 'forbidden', message: 'Byttet er tilbudt en annen lege' });
    expect(swapStep(swap('offered', COLLEAGUE), 'accept', doctor(COLLEAGUE))).toEqual({ ok: true, status: 'accepted' });
  });

  it('approve: the coordinator only', () => {
    for (const actor of [doctor(OFFERER), doctor(COLLEAGUE), { kind: 'reader' } as const]) expect(swapStep(swap('accepted'), 'approve', actor)).toMatchObject({ ok: false, refusal: 'forbidden' });
  });

  it('refuse: the coordinator, or the colleague it is offered to', () => {
    expect(swapStep(swap('offered', COLLEAGUE), 'refuse', doctor(COLLEAGUE))).toEqual({ ok: true, status: 'refused' });
    expect(swapStep(swap('offered', COLLEAGUE), 'refuse', doctor(OTHER))).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(swapStep(swap('offered'), 'refuse', doctor(COLLEAGUE))).toMatchObject({ ok: false, refusal: 'forbidden' });
    expect(swapStep(swap('offered'), 'refuse', { kind: 'reader' })).toMatchObject({ ok: false, refusal: 'forbidden' });
  });

  it('withdraw: the offerer or the coordinator', () => {
    expect(swapStep(swap('accepted'), 'withdraw', doctor(OFFERER))).toEqual({ ok: true, status: 'withdrawn' });
    expect(swapStep(swap('accepted'), 'withdraw', coordinator)).toEqual({ ok: true, status: 'withdrawn' });
    expect(swapStep(swap('accepted'), 'withdraw', doctor(COLLEAGUE))).toMatchObject({ ok: false, refusal: 'forbidden' });
  });

  it('does not change the swap it is asked about', () => {
    const s = swap('offered', COLLEAGUE);
    const copy = structuredClone(s);
    swapStep(s, 'accept', doctor(COLLEAGUE));
    expect(s).toEqual(copy);
  });
});
