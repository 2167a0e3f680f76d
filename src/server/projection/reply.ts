import type { FastifyReply } from 'fastify';

/** Sends a file download (Excel or PDF) with its type and file name. */
export function sendFile(reply: FastifyReply, body: Buffer, kind: 'xlsx' | 'pdf', fileName: string): Buffer {
  const type = kind === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf';
  const safe = fileName.normalize('NFKD').replace(/[^\w.-]+/g, '-');
  void reply.header('content-type', type).header('content-disposition', `attachment; filename="${safe}"`);
  return body;
}
