import { createHash } from "node:crypto";
import type { Sql, TransactionOptions } from "./sql";

/**
 * An answer's record (its row and the day's counts) is statistics: a machine crash that loses the last moment's
 * records costs a few counted answers, and a click on one of those answers is told it is too old to rate. So it skips
 * the disk flush (NORMAL, see Synchronous in sql.ts) and shares the commit of the conversation turns written with it.
 * Votes (one statement each, FULL) and deletions ("forget me", FULL) are not records: they keep the flush.
 */
const RATING_WRITE: TransactionOptions = { synchronous: "normal", shareCommit: true };

export type Vote = "up" | "down";
export const VOTES: readonly Vote[] = ["up", "down"];

/**
 * How a person appears in the feedback tables: a hash of their user id ("slack:T1:U1"), never the id itself, so a
 * look at the tables does not show who voted what. It is still theirs: "forget me" deletes by it.
 */
export function personHash(userId: string): string {
  return createHash("sha256").update(`careerbot feedback person v1\0${userId}`).digest("base64url").slice(0, 32);
}

/** The UTC day of a time, as the counts are kept: "2026-05-14". */
export function utcDay(ms: number): string {
  // Every answer asks; the day changes once a day: formatted again only when the time leaves the day last formatted.
  if (ms >= lastDay.start && ms < lastDay.start + DAY_MS) return lastDay.day;
  lastDay = { start: ms - (((ms % DAY_MS) + DAY_MS) % DAY_MS), day: new Date(ms).toISOString().slice(0, 10) };
  return lastDay.day;
}
const DAY_MS = 86_400_000;
let lastDay = { start: Number.NaN, day: "" };

/** One answer that got rating buttons, as kept (see migration 7). */
export interface AnswerRow {
  id: string;
  platform: string;
  /** Slack team, Discord guild; "" where there is none (a Discord DM, the console). */
  workspace: string;
  /** The first part's intent (Answer.intent). */
  intent: string;
  /** Each part's intent, in order (one for a single question). */
  intents: string[];
  roles: string[];
  /** The not_covered topic ids of its parts. */
  topics: string[];
  /** A part was not_covered or unknown: kept until retention, rated or not. */
  unanswered: boolean;
  createdAt: number;
  /** Only with FEEDBACK_KEEP_TEXT: the question, the person who asked (hashed here) and when the text goes. */
  text?: { question: string; askerId: string; expiresAt: number };
}

/** What one answer adds to the day's counts: one per part's intent, per role, per not_covered topic. */
export interface AnswerCounts {
  day: string;
  intents: string[];
  roles: string[];
  topics: string[];
}

export interface VoteResult {
  /** `new` or `changed` when this call stored it; `same` when the person had already voted so (a replayed click). */
  stored: "new" | "changed" | "same";
  /** The answer's part intents, for the metric. */
  intents: string[];
}

export interface Retention {
  /** Unrated answers that were answered well go after this (their buttons stop counting). */
  voteWindowMs: number;
  /** Everything else goes after this. */
  retentionMs: number;
  /** FEEDBACK_KEEP_TEXT: when false, texts kept while it was on go at once. */
  textsKept: boolean;
}

const SQL = {
  insertAnswer: `INSERT INTO feedback_answers
      (id, platform, workspace, intent, intents, roles, topics, unanswered, created_at, question, asker, text_expires_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  answerIntents: "SELECT intents FROM feedback_answers WHERE id = ?",
  previousVote: "SELECT vote FROM feedback_votes WHERE answer_id = ? AND voter = ?",
  // A row comes back when the vote was inserted or changed; none for a repeat of the same vote (any replica).
  vote: `INSERT INTO feedback_votes (answer_id, voter, vote, voted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (answer_id, voter) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at
         WHERE feedback_votes.vote <> excluded.vote
         RETURNING vote`,
  forgetTexts: "UPDATE feedback_answers SET question = NULL, asker = NULL, text_expires_at = NULL WHERE asker = ?",
  forgetVotes: "DELETE FROM feedback_votes WHERE voter = ?",
  // substr rather than LIKE, as for conversations: exact ids ("slack:T1:" matches T1, not T10).
  workspaceVotes: `DELETE FROM feedback_votes WHERE answer_id IN
                     (SELECT id FROM feedback_answers WHERE substr(platform || ':' || workspace || ':', 1, ?) = ?)`,
  workspaceAnswers: "DELETE FROM feedback_answers WHERE substr(platform || ':' || workspace || ':', 1, ?) = ?",
  expireTexts: `UPDATE feedback_answers SET question = NULL, asker = NULL, text_expires_at = NULL
                WHERE text_expires_at <= ?`,
  unrated: `DELETE FROM feedback_answers WHERE created_at <= ? AND unanswered = 0
              AND NOT EXISTS (SELECT 1 FROM feedback_votes v WHERE v.answer_id = feedback_answers.id)`,
  oldVotes: "DELETE FROM feedback_votes WHERE answer_id IN (SELECT id FROM feedback_answers WHERE created_at <= ?)",
  oldAnswers: "DELETE FROM feedback_answers WHERE created_at <= ?",
  orphanVotes: `DELETE FROM feedback_votes
                WHERE NOT EXISTS (SELECT 1 FROM feedback_answers a WHERE a.id = feedback_votes.answer_id)`,
  oldCounts: "DELETE FROM feedback_counts WHERE day < ?",
  counts: `SELECT kind, name, CAST(sum(count) AS BIGINT) AS n FROM feedback_counts WHERE day >= ? AND day <= ?
           GROUP BY kind, name`,
  votes: `SELECT a.intents AS intents, v.vote AS vote, CAST(count(*) AS BIGINT) AS n
          FROM feedback_votes v JOIN feedback_answers a ON a.id = v.answer_id
          WHERE v.voted_at >= ? AND v.voted_at <= ? GROUP BY a.intents, v.vote`,
  texts: `SELECT a.intents AS intents, a.topics AS topics, a.question AS question,
            (SELECT CAST(count(*) AS BIGINT) FROM feedback_votes v WHERE v.answer_id = a.id AND v.vote = 'down') AS down
          FROM feedback_answers a
          WHERE a.question IS NOT NULL AND a.text_expires_at > ? AND a.created_at >= ? AND a.created_at <= ?
          ORDER BY a.created_at DESC LIMIT ?`,
};

/** The upsert adding `rows` counts to the day's (see recordIn); one text per number of rows, prepared once each. */
const countsSqlByRows: string[] = [];
function countsSql(rows: number): string {
  countsSqlByRows[rows] ??=
    `INSERT INTO feedback_counts (day, kind, name, count) VALUES ${Array(rows).fill("(?, ?, ?, ?)").join(", ")}
     ON CONFLICT (day, kind, name) DO UPDATE SET count = feedback_counts.count + excluded.count`;
  return countsSqlByRows[rows];
}

/** The rows a report reads: counts, votes by the answers' intents, and kept question texts. */
export interface ReportRows {
  counts: { kind: "intent" | "role" | "topic"; name: string; n: number }[];
  votes: { intents: string[]; vote: Vote; n: number }[];
  texts: { intents: string[]; topics: string[]; question: string; downvoted: boolean }[];
}

const list = (json: string): string[] => {
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
};

/** How many kept question texts a report reads at most (the newest). */
const MAX_REPORT_TEXTS = 500;

/**
 * Feedback in the shared store (SQLite or PostgreSQL). Every write is one statement or one transaction, and a vote is
 * one upsert keyed by (answer, person), so a click handled by two replicas, or replayed, counts once.
 */
export class FeedbackStore {
  constructor(private readonly sql: Sql) {}

  /** The day's counts, and the answer's row when it got buttons; in one transaction (see RATING_WRITE). */
  async record(counts: AnswerCounts, row?: AnswerRow): Promise<void> {
    await this.sql.transaction((tx) => FeedbackStore.recordIn(tx, counts, row), RATING_WRITE);
  }

  /** Whether `sql` is this store's database: a conversation turn on it can carry the record in its own commit. */
  sharesDatabase(sql: Sql): boolean {
    return sql === this.sql;
  }

  /** The record (see record) inside a transaction of the same database: a conversation turn's. */
  static async recordIn(tx: Sql, counts: AnswerCounts, row?: AnswerRow): Promise<void> {
    const increments = [
      ...tally(counts.intents).map(([name, n]) => ["intent", name, n] as const),
      ...tally(counts.roles).map(([name, n]) => ["role", name, n] as const),
      ...tally(counts.topics).map(([name, n]) => ["topic", name, n] as const),
    ];
    if (row) {
      await tx.run(SQL.insertAnswer, [
        row.id,
        row.platform,
        row.workspace,
        row.intent,
        JSON.stringify(row.intents),
        JSON.stringify(row.roles),
        JSON.stringify(row.topics),
        row.unanswered ? 1 : 0,
        row.createdAt,
        row.text?.question ?? null,
        row.text ? personHash(row.text.askerId) : null,
        row.text?.expiresAt ?? null,
      ]);
    }
    // One statement for all of them (an answer adds 2 or 3): the same rows as one upsert each, less to run. No
    // (kind, name) twice in it (tally), which PostgreSQL's upsert refuses.
    if (increments.length > 0)
      await tx.run(
        countsSql(increments.length),
        increments.flatMap(([kind, name, n]) => [counts.day, kind, name, n]),
      );
  }

  /** One person's vote on an answer; undefined when the answer is unknown (never recorded, or expired). */
  async vote(answerId: string, userId: string, vote: Vote, now = Date.now()): Promise<VoteResult | undefined> {
    const answer = await this.sql.get<{ intents: string }>(SQL.answerIntents, [answerId]);
    if (!answer) return undefined;
    const voter = personHash(userId);
    const previous = await this.sql.get<{ vote: Vote }>(SQL.previousVote, [answerId, voter]);
    const changed = await this.sql.all(SQL.vote, [answerId, voter, vote, now]);
    return {
      stored: changed.length === 0 ? "same" : previous ? "changed" : "new",
      intents: list(answer.intents),
    };
  }

  /** Deletes a person's kept question texts and their votes ("forget me"); returns how many rows changed. */
  static async forgetPerson(tx: Sql, userId: string): Promise<number> {
    const hash = personHash(userId);
    return (await tx.run(SQL.forgetTexts, [hash])) + (await tx.run(SQL.forgetVotes, [hash]));
  }

  /**
   * Deletes the answers, texts and votes of every workspace whose "platform:workspace:" starts with `prefix` (an
   * uninstalled Slack workspace: conversationKeys.slackTeam); returns how many rows.
   */
  static async forgetPrefix(tx: Sql, prefix: string): Promise<number> {
    const args = [prefix.length, prefix];
    return (await tx.run(SQL.workspaceVotes, args)) + (await tx.run(SQL.workspaceAnswers, args));
  }

  forgetPerson(userId: string): Promise<number> {
    return this.sql.transaction((tx) => FeedbackStore.forgetPerson(tx, userId));
  }

  /** Expired texts, unrated answers past the vote window, anything past retention; returns how many rows. */
  async sweep(retention: Retention, now = Date.now()): Promise<number> {
    const before = now - retention.retentionMs;
    return this.sql.transaction(async (tx) => {
      let n = await tx.run(SQL.expireTexts, [retention.textsKept ? now : Number.MAX_SAFE_INTEGER]);
      n += await tx.run(SQL.unrated, [now - retention.voteWindowMs]);
      n += await tx.run(SQL.oldVotes, [before]);
      n += await tx.run(SQL.oldAnswers, [before]);
      n += await tx.run(SQL.orphanVotes);
      n += await tx.run(SQL.oldCounts, [utcDay(before)]);
      return n;
    });
  }

  /** What a report of [since, until] reads: counts by whole UTC days, votes and texts by their time. */
  async reportRows(since: number, until: number): Promise<ReportRows> {
    const counts = await this.sql.all<{ kind: ReportRows["counts"][number]["kind"]; name: string; n: number }>(
      SQL.counts,
      [utcDay(since), utcDay(until)],
    );
    const votes = await this.sql.all<{ intents: string; vote: Vote; n: number }>(SQL.votes, [since, until]);
    const texts = await this.sql.all<{ intents: string; topics: string; question: string; down: number }>(SQL.texts, [
      until,
      since,
      until,
      MAX_REPORT_TEXTS,
    ]);
    return {
      counts: counts.map((c) => ({ ...c, n: Number(c.n) })),
      votes: votes.map((v) => ({ intents: list(v.intents), vote: v.vote, n: Number(v.n) })),
      texts: texts.map((t) => ({
        intents: list(t.intents),
        topics: list(t.topics),
        question: t.question,
        downvoted: Number(t.down) > 0,
      })),
    };
  }
}

/** Each distinct value with how often it occurs. */
function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts];
}
