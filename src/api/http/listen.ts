/** Binding the API's port. A port that is taken or not ours to bind is the user's to change (exit 1), not an internal error. */
import type { Server } from 'node:http';
import { SettingsError } from '../../config/settings.js';

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EADDRINUSE' ? 'is in use by another process' : err.code === 'EACCES' ? 'needs privileges to bind' : undefined;
      if (why === undefined) return reject(err);
      reject(new SettingsError(`port ${port} on ${host} ${why}: set PORT to a free port (e.g. PORT=${port === 65535 ? 4001 : port + 1})`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
