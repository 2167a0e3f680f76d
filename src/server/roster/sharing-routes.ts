import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createFeed, decideSwap, feedRosters, listSwaps, myFeed, myShifts, offerSwap, openShifts, revokeFeed, takeOpenShift } from '../../app/roster/index.ts';
import { ZSwapDecision, ZSwapOffer, type TFeedResponse, type TMyShift, type TOpenShift, type TSwap } from '../../contracts/roster/index.ts';
import type { SwapAction } from '../../domain/roster/index.ts';
import type { AppDeps } from '../context.ts';
import { idParam } from '../registry/crud-routes.ts';
import { doctorIcal } from './ical.ts';
import { LEGEVAKT_BASE as B, rosterContext } from './context.ts';

const SWAP_ACTIONS: readonly SwapAction[] = ['accept', 'approve', 'refuse', 'withdraw'];

/**
 * Living with a published roster: each doctor's shifts and personal calendar feed, open shifts a doctor may take,
 * and swaps — offered by the doctor who holds the shift, accepted by a colleague, approved by the coordinator.
 */
export async function rosterSharingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = (request: FastifyRequest) => rosterContext(deps, request);

  app.get(`${B}/my/shifts`, async (request): Promise<{ items: TMyShift[] }> => myShifts(ctx(request)));
  app.get(`${B}/open-shifts`, async (request): Promise<{ items: TOpenShift[] }> => openShifts(ctx(request)));
  app.post(`${B}/open-shifts/:id/take`, async (request): Promise<TMyShift> => takeOpenShift(ctx(request), idParam(request.params)));

  app.get(`${B}/swaps`, async (request): Promise<{ items: TSwap[] }> => listSwaps(ctx(request)));
  app.post(`${B}/swaps`, { config: { body: ZSwapOffer } }, async (request, reply): Promise<TSwap> => {
    const c = ctx(request);
    const swap = await offerSwap(c, ZSwapOffer.parse(request.body));
    void reply.status(201);
    return swap;
  });
  for (const action of SWAP_ACTIONS) {
    app.post(`${B}/swaps/:id/${action}`, { config: { body: ZSwapDecision } }, async (request): Promise<TSwap> => {
      const c = ctx(request);
      return decideSwap(c, idParam(request.params), action, ZSwapDecision.parse(request.body));
    });
  }

  app.get(`${B}/my/feed`, async (request): Promise<TFeedResponse> => myFeed(ctx(request)));
  app.post(`${B}/my/feed`, async (request): Promise<TFeedResponse> => createFeed(ctx(request), `${B}/feed`));
  app.post(`${B}/my/feed/revoke`, async (request): Promise<TFeedResponse> => revokeFeed(ctx(request)));

  // The feed itself: no login (calendar apps cannot log in); the unguessable token is the credential.
  app.get(`${B}/feed/:file`, async (request, reply) => {
    const file = String((request.params as { file?: string }).file ?? '');
    const feed = await feedRosters(deps.db, file.endsWith('.ics') ? file.slice(0, -4) : file);
    void reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'no-store');
    return doctorIcal(feed.sheets, { doctorId: feed.doctorId, doctorName: feed.doctorName, now: deps.clock() });
  });
}
