/**
 * A local stand-in for the GitHub REST API routes the preview commands call through Octokit
 * (GITHUB_API_URL points at it): an issue's comments (list, create, update), a pull request's
 * state (`pulls.get`), and `GET /user`, which an installation token cannot read (403), so the
 * action comments as `github-actions[bot]`. Binds 127.0.0.1, never keeps a process alive, and
 * stops by itself after `maxSeconds`.
 */
import http from 'node:http';

export interface StoredComment {
  readonly id: number;
  body: string;
  readonly user: { readonly login: string };
  readonly issue: number;
}

export interface GitHubApi {
  readonly url: string;
  readonly comments: StoredComment[];
  /** Each pull request's state; a number not in it answers 404. */
  readonly pulls: Map<number, 'open' | 'closed'>;
  /** `METHOD /path` of every request, in order. */
  readonly calls: string[];
  stop(): Promise<void>;
}

const BOT = 'github-actions[bot]';

export async function startGitHubApi(
  owner: string,
  repo: string,
  maxSeconds = 600,
): Promise<GitHubApi> {
  const comments: StoredComment[] = [];
  const pulls = new Map<number, 'open' | 'closed'>();
  const calls: string[] = [];
  let nextId = 1000;
  const base = `/repos/${owner}/${repo}`;
  const server = http.createServer((req, res) => {
    let data = '';
    req.setEncoding('utf8').on('data', (d: string) => (data += d));
    req.on('end', () => {
      const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const call = `${req.method ?? ''} ${pathname}`;
      calls.push(call);
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      };
      const parsed: unknown = data === '' ? null : JSON.parse(data);
      const body =
        typeof parsed === 'object' && parsed !== null && 'body' in parsed
          ? String(parsed.body)
          : '';
      const list = new RegExp(`^${base}/issues/(\\d+)/comments$`).exec(pathname);
      const edit = new RegExp(`^${base}/issues/comments/(\\d+)$`).exec(pathname);
      const pull = new RegExp(`^${base}/pulls/(\\d+)$`).exec(pathname);
      if (call === 'GET /user')
        return send(403, { message: 'Resource not accessible by integration' });
      if (list !== null && req.method === 'GET')
        return send(
          200,
          comments.filter((c) => c.issue === Number(list[1])),
        );
      if (list !== null && req.method === 'POST') {
        const c: StoredComment = {
          id: nextId++,
          body,
          user: { login: BOT },
          issue: Number(list[1]),
        };
        comments.push(c);
        return send(201, c);
      }
      const stored = edit === null ? undefined : comments.find((c) => c.id === Number(edit[1]));
      if (stored !== undefined && req.method === 'PATCH') {
        stored.body = body;
        return send(200, stored);
      }
      const state = pull === null ? undefined : pulls.get(Number(pull[1]));
      if (state !== undefined && req.method === 'GET')
        return send(200, { number: Number(pull?.[1]), state });
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  setTimeout(() => void stop(), maxSeconds * 1000).unref();
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, comments, pulls, calls, stop };
}
