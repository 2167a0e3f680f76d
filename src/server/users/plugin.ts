import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ZIdParams } from '../../contracts/common.ts';
import { AppError } from '../../contracts/errors.ts';
import { ZCreateUserRequest, ZResetSecondFactorRequest, ZUpdateUserRequest } from '../../contracts/auth/users.ts';
import { createAccount, listAccounts, resetSecondFactor, updateAccount } from '../../app/users/accounts.ts';
import type { Scope } from '../../db/scope.ts';
import type { AppDeps } from '../context.ts';
import { requireAuth } from '../auth/plugin.ts';
import { hashPassword } from '../auth/password.ts';
import { checkPasswordPolicy } from '../auth/password-policy.ts';

function requireAdmin(request: FastifyRequest): Scope {
  const auth = requireAuth(request);
  if (auth.user.role !== 'admin') throw new AppError('forbidden', 'Bare administratorer kan forvalte brukere');
  return auth.scope;
}

/** Accounts of the admin's own municipality: list, create, change role/name/doctor/password/active, reset a lost second factor. */
export async function usersPlugin(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const ctx = (scope: Scope) => ({ db: deps.db, scope, now: deps.clock().toISOString() });

  app.get('/api/users', async (request) => ({ items: await listAccounts(deps.db, requireAdmin(request)) }));

  app.post('/api/users', { config: { body: ZCreateUserRequest } }, async (request, reply) => {
    const scope = requireAdmin(request);
    const { password, ...input } = ZCreateUserRequest.parse(request.body);
    checkPasswordPolicy(password, input.username, 'password');
    void reply.status(201);
    return createAccount(ctx(scope), input, await hashPassword(password));
  });

  app.put('/api/users/:id', { config: { body: ZUpdateUserRequest } }, async (request) => {
    const scope = requireAdmin(request);
    const { id } = ZIdParams.parse(request.params);
    const { password, ...input } = ZUpdateUserRequest.parse(request.body);
    if (password !== undefined) checkPasswordPolicy(password, '', 'password');
    return updateAccount(ctx(scope), id, input, password === undefined ? null : await hashPassword(password));
  });

  app.post('/api/users/:id/second-factor/reset', { config: { body: ZResetSecondFactorRequest } }, async (request) => {
    const scope = requireAdmin(request);
    const { id } = ZIdParams.parse(request.params);
    return resetSecondFactor(ctx(scope), id, ZResetSecondFactorRequest.parse(request.body).version);
  });
}
