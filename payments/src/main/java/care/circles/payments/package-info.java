/**
 * Money for Circles: a double-entry ledger, direct-payment accounts, pre-paid cards, Stripe,
 * the care account and the council's audit of direct payments. Amounts are {@link
 * care.circles.payments.Money} in whole pence.
 *
 * <h2>The transaction contract</h2>
 * Every operation that reads or writes the database takes a {@link java.sql.Connection} and
 * works inside the caller's transaction:
 * <ul>
 *   <li>The caller owns the transaction. Writes need a connection with auto-commit off: inside a
 *       JTA transaction (a {@code @Transactional} bean with the container's {@code DataSource})
 *       the container's connection already is; elsewhere use {@link
 *       care.circles.payments.Transactions#inLocalTransaction}. A write given an auto-commit
 *       connection is refused with {@link IllegalStateException}, because its statements would
 *       commit one by one.</li>
 *   <li>The library never commits, rolls back or closes the connection. An exception means the
 *       caller must roll back (the container does that for a runtime exception).</li>
 *   <li>A refusal that is part of the rules (not enough money, a declined card) is a result,
 *       not an exception, and writes nothing to the ledger.</li>
 *   <li>Money operations lock the accounts they check ({@code SELECT … FOR UPDATE}) until the
 *       caller's transaction ends: keep one money operation per transaction and keep it short.
 *       Operations that call Stripe over the network say so; call them outside long
 *       transactions.</li>
 *   <li>Every write is idempotent by a key the caller gives (or the issuer's own id), so a
 *       retried transaction posts once.</li>
 * </ul>
 */
package care.circles.payments;
