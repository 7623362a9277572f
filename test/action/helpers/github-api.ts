/**
 * A local stand-in for the parts of the GitHub REST API the action uses. It keeps state (issue
 * comments, reviews, review comments), paginates with Link headers like GitHub, checks review
 * comment lines against the PR's diff like GitHub does (422 for the whole review), and answers
 * with scripted faults (403, 422, 500, rate limits). Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const BOT = "github-actions[bot]";

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | undefined;
  status: number;
}

export interface IssueComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface ReviewComment {
  id: number;
  pull_request_review_id: number;
  path: string;
  line: number;
  side: string;
  commit_id: string;
  body: string;
  user: { login: string; type: string };
}

export interface Review {
  id: number;
  user: { login: string; type: string };
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
  commit_id: string;
  body: string;
}

export interface Fault {
  method: string;
  /** Matched against the request path without the query. */
  path: RegExp;
  status: number;
  message: string;
  headers?: Record<string, string>;
  /** How many requests it answers (default 1). */
  times?: number;
  /** Never answer: the request hangs until the client gives up (status is then unused). */
  hang?: boolean;
}

export interface FakeGitHubState {
  /** What GET /user answers: a login, or null for the workflow token's 403. */
  tokenLogin: string | null;
  comments: IssueComment[];
  reviews: Review[];
  reviewComments: ReviewComment[];
  /** org/team -> active member logins. */
  teams: Record<string, string[]>;
  /** path -> lines a review comment may use (the PR diff's added lines); undefined accepts any. */
  diffLines?: Record<string, number[]>;
  /** The PR's head: a review on another commit is refused like GitHub does. */
  headSha?: string;
  /** Page size the server uses, whatever per_page asks (small, to exercise Link headers). */
  pageSize: number;
  /** Refuse every write with 403 "Resource not accessible by integration" (fork PR token). */
  readOnly: boolean;
  faults: Fault[];
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly state: FakeGitHubState;
  private server: Server | undefined;
  private nextId = 1000;

  constructor(state: Partial<FakeGitHubState> = {}) {
    this.state = {
      tokenLogin: null,
      comments: [],
      reviews: [],
      reviewComments: [],
      teams: {},
      pageSize: 2,
      readOnly: false,
      faults: [],
      ...state,
    };
  }

  get url(): string {
    const addr = this.server?.address() as AddressInfo | null;
    if (!addr) throw new Error("server not started");
    return `http://127.0.0.1:${addr.port}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((err: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: `fake server error: ${String(err)}` }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return this;
  }

  async stop(): Promise<void> {
    // Requests left hanging by a `hang` fault would keep close() waiting.
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests other than reads, as "METHOD path". */
  writes(): string[] {
    return this.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path} ${r.status}`);
  }

  addComment(login: string, body: string): IssueComment {
    const c = {
      id: this.nextId++,
      body,
      user: { login, type: login.endsWith("[bot]") ? "Bot" : "User" },
      html_url: "",
    };
    c.html_url = `https://github.com/acme/infra/pull/7#issuecomment-${c.id}`;
    this.state.comments.push(c);
    return c;
  }

  addReview(login: string, state: Review["state"], commitId: string): void {
    this.state.reviews.push({
      id: this.nextId++,
      user: { login, type: "User" },
      state,
      commit_id: commitId,
      body: "",
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body = text ? (JSON.parse(text) as unknown) : undefined;
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      authorization: req.headers.authorization,
      status: 0,
    };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
      res.end(JSON.stringify(data));
    };

    const fault = this.state.faults.find((f) => f.method === record.method && f.path.test(url.pathname));
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.state.faults.splice(this.state.faults.indexOf(fault), 1);
      if (fault.hang) {
        record.status = -1;
        return;
      }
      return send(
        fault.status,
        { message: fault.message, documentation_url: "https://docs.github.com/rest" },
        fault.headers,
      );
    }
    if (record.method !== "GET" && this.state.readOnly) {
      return send(403, {
        message: "Resource not accessible by integration",
        documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment",
        status: "403",
      });
    }
    const route = `${record.method} ${url.pathname}`;
    for (const [pattern, answer] of this.routes(url, body, send)) {
      const m = pattern.exec(route);
      if (m) return answer(m);
    }
    return send(404, { message: `Not Found (fake GitHub has no ${route})` });
  }

  /** The REST endpoints the action calls, as "METHOD path" patterns. */
  private routes(url: URL, body: unknown, send: Send): [RegExp, (m: RegExpExecArray) => void][] {
    const text = () => (body as { body: string }).body;
    return [
      [
        /^GET \/user$/,
        () =>
          this.state.tokenLogin === null
            ? send(403, { message: "Resource not accessible by integration" })
            : send(200, { login: this.state.tokenLogin, type: "User" }),
      ],
      [
        /^GET \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/,
        () => this.paginate(url, this.state.comments, send),
      ],
      [
        /^POST \/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/,
        () => send(201, this.addComment(this.state.tokenLogin ?? BOT, text())),
      ],
      [
        /^PATCH \/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
        (m) => {
          const c = this.state.comments.find((x) => x.id === Number(m[1]));
          if (!c) return send(404, { message: "Not Found" });
          c.body = text();
          send(200, c);
        },
      ],
      [
        /^GET \/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/,
        () => this.paginate(url, this.state.reviewComments, send),
      ],
      [
        /^GET \/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/,
        () => this.paginate(url, this.state.reviews, send),
      ],
      [
        /^POST \/repos\/[^/]+\/[^/]+\/pulls\/\d+\/reviews$/,
        () => this.createReview(body as CreateReview, send),
      ],
      [
        /^GET \/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/,
        (m) => {
          const members = this.state.teams[`${m[1]}/${m[2]}`.toLowerCase()];
          if (!members?.includes(decodeURIComponent(m[3]!))) return send(404, { message: "Not Found" });
          send(200, { state: "active", role: "member" });
        },
      ],
    ];
  }

  private createReview(body: CreateReview, send: Send): void {
    if (this.state.headSha && body.commit_id !== this.state.headSha) {
      send(422, { message: "Unprocessable Entity", errors: ["commit_id is not part of the pull request"] });
      return;
    }
    const lines = this.state.diffLines;
    if (lines && (body.comments ?? []).some((c) => !lines[c.path]?.includes(c.line) || c.side !== "RIGHT")) {
      // Like GitHub: one bad line refuses the whole review, without saying which.
      send(422, { message: "Unprocessable Entity", errors: ["Line could not be resolved"] });
      return;
    }
    const review: Review = {
      id: this.nextId++,
      user: { login: this.state.tokenLogin ?? BOT, type: "Bot" },
      state: "COMMENTED",
      commit_id: body.commit_id,
      body: body.body ?? "",
    };
    this.state.reviews.push(review);
    for (const c of body.comments ?? []) {
      this.state.reviewComments.push({
        id: this.nextId++,
        pull_request_review_id: review.id,
        path: c.path,
        line: c.line,
        side: c.side,
        commit_id: body.commit_id,
        body: c.body,
        user: review.user,
      });
    }
    send(200, review);
  }

  private paginate(url: URL, items: unknown[], send: Send): void {
    const perPage = Math.min(Number(url.searchParams.get("per_page") ?? 30), this.state.pageSize);
    const page = Number(url.searchParams.get("page") ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (p: number, rel: string) => {
      const u = new URL(url.toString());
      u.host = new URL(this.url).host;
      u.searchParams.set("page", String(p));
      return `<${u.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
    if (page > 1) links.push(link(1, "first"), link(page - 1, "prev"));
    send(
      200,
      items.slice((page - 1) * perPage, page * perPage),
      links.length > 0 ? { link: links.join(", ") } : {},
    );
  }
}

type Send = (status: number, data: unknown, headers?: Record<string, string>) => void;

interface CreateReview {
  commit_id: string;
  event: string;
  body?: string;
  comments?: { path: string; line: number; side: string; body: string }[];
}
