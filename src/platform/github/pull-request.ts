import { readFileSync } from 'node:fs';
import { addedLines, type ChangedLines } from '../../core/index.js';

/** The pull request a workflow run is for, read from the event payload the runner wrote. */
export interface PullRequest {
  number: number;
  /** `owner/name` of the base repository, where comments go. */
  repository: string;
  /** The head is in another repository: the token is read-only, so nothing can be written. */
  fromFork: boolean;
}

interface PullRequestEvent {
  pull_request?: { number?: number; head?: { repo?: { full_name?: string } | null } };
  repository?: { full_name?: string };
}

/**
 * The pull request of a `pull_request` or `pull_request_target` run, or undefined for other events.
 * https://docs.github.com/en/actions/writing-workflows/choosing-when-your-workflow-runs/events-that-trigger-workflows#pull_request
 */
export function pullRequestOf(env: Readonly<Record<string, string | undefined>>): PullRequest | undefined {
  if (!/^pull_request(_target)?$/.test(env.GITHUB_EVENT_NAME ?? '') || !env.GITHUB_EVENT_PATH)
    return undefined;
  const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as PullRequestEvent;
  const number = event.pull_request?.number;
  const repository = event.repository?.full_name ?? env.GITHUB_REPOSITORY;
  if (!number || !repository) return undefined;
  const head = event.pull_request?.head?.repo?.full_name;
  return { number, repository, fromFork: head !== undefined && head !== repository };
}

/** The few REST calls the actions make, on Node's fetch: no client library in the start-up path. */
export class GitHubApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.baseUrl.replace(/\/$/, '')}${path}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'portcullis',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) throw new Error(`GitHub API ${method} ${path}: HTTP ${response.status}`);
    return (await response.json()) as T;
  }

  private async all<T>(path: string): Promise<T[]> {
    const out: T[] = [];
    for (let page = 1; page <= 30; page++) {
      const items = await this.call<T[]>('GET', `${path}?per_page=100&page=${page}`);
      out.push(...items);
      if (items.length < 100) break;
    }
    return out;
  }

  /**
   * The lines the pull request adds or changes, per file, from "list pull request files".
   * A file without a patch (new, binary or too large for the API) counts as changed throughout.
   */
  async changedLines(pr: PullRequest): Promise<ChangedLines> {
    const files = await this.all<{ filename: string; status: string; patch?: string }>(
      `/repos/${pr.repository}/pulls/${pr.number}/files`,
    );
    const changed: ChangedLines = new Map();
    for (const f of files) {
      if (f.status === 'removed') continue;
      changed.set(f.filename, f.status === 'added' || f.patch === undefined ? 'all' : addedLines(f.patch));
    }
    return changed;
  }

  /** Updates the comment that carries `marker`, or creates it: one sticky comment per marker. */
  async upsertComment(pr: PullRequest, marker: string, body: string): Promise<'created' | 'updated'> {
    const comments = await this.all<{ id: number; body?: string }>(
      `/repos/${pr.repository}/issues/${pr.number}/comments`,
    );
    const mine = comments.find((c) => c.body?.includes(marker));
    if (mine) {
      await this.call('PATCH', `/repos/${pr.repository}/issues/comments/${mine.id}`, { body });
      return 'updated';
    }
    await this.call('POST', `/repos/${pr.repository}/issues/${pr.number}/comments`, { body });
    return 'created';
  }
}
