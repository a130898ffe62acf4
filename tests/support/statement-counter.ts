/**
 * Counts the SQL statements the application sends, at the driver adapter (the
 * last layer before PGlite or `pg`), so every statement Prisma sends is seen —
 * those of `$queryRaw`, of relation loads and inside transactions alike. A
 * transaction is counted on its own too: on PostgreSQL it also costs a BEGIN
 * and a COMMIT (or ROLLBACK) round trip, which the PGlite adapter sends
 * without passing them through here, so they are never counted as statements.
 *
 *   const counter = new StatementCounter();
 *   const client = createClient(target, undefined, counter.wrap);
 *   const { statements, transactions } = await counter.measure(() => step());
 */
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export type Measured = {
  /** Statements sent (BEGIN, COMMIT and ROLLBACK not included). */
  statements: number;
  /** Transactions opened: each adds BEGIN and COMMIT round trips on PostgreSQL. */
  transactions: number;
  /** The statements' SQL, in order, for a failing test to show. */
  sql: string[];
};

const TRANSACTION_CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK)\b/i;

export class StatementCounter {
  private sql: string[] = [];
  private transactions = 0;

  /** For createClient's `wrapAdapter`. */
  readonly wrap = (factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory =>
    intercept(factory, {
      connect: async () => this.adapter(await factory.connect()),
      connectToShadowDb: async () => this.adapter(await factory.connectToShadowDb()),
    });

  /** Runs `fn` and returns what it sent (nothing else may use the client meanwhile). */
  async measure<T>(fn: () => Promise<T>): Promise<Measured & { result: T }> {
    this.sql = [];
    this.transactions = 0;
    const result = await fn();
    return { statements: this.sql.length, transactions: this.transactions, sql: [...this.sql], result };
  }

  private record = (query: SqlQuery) => {
    if (!TRANSACTION_CONTROL.test(query.sql)) this.sql.push(query.sql.replace(/\s+/g, " ").trim());
  };

  private adapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
    return intercept(adapter, {
      queryRaw: (q: SqlQuery) => (this.record(q), adapter.queryRaw(q)),
      executeRaw: (q: SqlQuery) => (this.record(q), adapter.executeRaw(q)),
      startTransaction: async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => {
        this.transactions++;
        return this.transaction(await adapter.startTransaction(...args));
      },
    });
  }

  private transaction(tx: Transaction): Transaction {
    return intercept(tx, {
      queryRaw: (q: SqlQuery) => (this.record(q), tx.queryRaw(q)),
      executeRaw: (q: SqlQuery) => (this.record(q), tx.executeRaw(q)),
    });
  }
}

/** `target` with some methods replaced; everything else (fields, other methods) is the target's own. */
function intercept<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof T];
      const value = Reflect.get(t, prop, receiver);
      return typeof value === "function" ? value.bind(t) : value;
    },
  });
}
