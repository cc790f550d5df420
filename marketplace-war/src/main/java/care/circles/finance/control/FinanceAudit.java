package care.circles.finance.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.finance.entity.AccountLine;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.entity.DirectPaymentHolder;
import care.circles.payment.entity.WrittenReason;
import care.circles.payments.Money;
import care.circles.payments.councilaudit.AccountReview;
import care.circles.payments.directpayment.DirectPaymentAccount;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.directpayment.StatementCsv;
import care.circles.payments.ledger.Overdraft;
import care.circles.platform.FieldProblem;
import care.circles.platform.InvalidInputException;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Council finance's audit of direct payments: every account's balance, weeks of funding held
 * and last activity; surpluses above the contingency flagged; clawbacks recorded as ledger
 * entries with the reason and the officer, audited. Financial records are never deleted: when a
 * person asks to be forgotten their names are replaced and the money records stay (kept at
 * least 7 years, as councils must keep them).
 */
@ApplicationScoped
public class FinanceAudit {

    @Inject
    CouncilPayments payments;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    /** One page of the accounts, oldest first; only those with a surplus when asked. */
    @Transactional
    public ListPage<AccountLine> accounts(Account council, boolean surplusOnly, int page, int size) {
        requireCouncil(council);
        List<AccountReview> reviews = payments.withConnection(c -> payments.audit().review(c)).stream()
                .filter(review -> !surplusOnly || review.hasSurplus())
                .toList();
        int from = Math.min(ListPage.offset(page, size), reviews.size());
        List<AccountReview> shown = reviews.subList(from, Math.min(from + size, reviews.size()));
        return new ListPage<>(lines(shown), reviews.size(), page, size);
    }

    /** Every account, for the finance export. */
    @Transactional
    public List<AccountLine> all(Account council) {
        requireCouncil(council);
        return lines(payments.withConnection(c -> payments.audit().review(c)));
    }

    /** How many accounts hold more than the contingency. */
    @Transactional
    public long surplusCount(Account council) {
        requireCouncil(council);
        return payments.withConnection(c -> payments.audit().surpluses(c)).size();
    }

    /** One account. */
    @Transactional
    public AccountLine account(Account council, long directPaymentAccountId) {
        requireCouncil(council);
        AccountReview review = payments.withConnection(c -> payments.audit().review(c, directPaymentAccountId));
        return lines(List.of(review)).get(0);
    }

    /** The overdrafts flagged on the account, newest first. */
    @Transactional
    public List<Overdraft> overdrafts(Account council, long directPaymentAccountId) {
        requireCouncil(council);
        return payments.withConnection(c -> payments.ledger().overdrafts(c,
                payments.directPayments().account(c, directPaymentAccountId).ledgerAccountId()));
    }

    /**
     * Takes unspent money back to the council's funding, with the reason. Refused (nothing
     * posted) when more is asked for than is available after pending card holds; the form's key
     * makes a double-click reclaim once.
     *
     * @throws InvalidInputException naming {@code clawbackReason} without a reason
     */
    @Transactional
    public SpendResult clawback(Account council, long directPaymentAccountId, Money amount, String reason,
                                String formKey) {
        requireCouncil(council);
        problemWithReason(reason).ifPresent(problem -> {
            throw new InvalidInputException(List.of(problem));
        });
        String why = reason.strip();
        SpendResult result = payments.withConnection(c -> payments.audit().clawback(c, directPaymentAccountId, amount,
                why, council.id(), "clawback:" + directPaymentAccountId + ":" + formKey));
        if (result instanceof SpendResult.Posted) {
            audit.record(council.id(), "DP_CLAWBACK", "direct_payment_account", directPaymentAccountId,
                    amount + ": " + why);
        }
        return result;
    }

    /** What is wrong with a clawback's reason, if anything: a form checks it beside the amount. */
    public static java.util.Optional<FieldProblem> problemWithReason(String reason) {
        return WrittenReason.problem("clawbackReason", reason, 400,
                "Say why the money is being taken back, like \"Surplus above 8 weeks at the annual review\"");
    }

    /**
     * The person asked to be forgotten: their names on the account are replaced by a pseudonym;
     * balances, entries and statements stay, as financial records must.
     */
    @Transactional
    public void pseudonymise(Account council, long directPaymentAccountId) {
        requireCouncil(council);
        pseudonymiseHolder(council.id(), directPaymentAccountId);
    }

    /**
     * The same, when the person asks for their own data to be erased (inside the erasure's
     * transaction; the person is the actor in the audit log).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pseudonymiseOwn(Account person) {
        for (Object accountId : em.createNativeQuery("SELECT id FROM direct_payment_account WHERE person_account_id = ?")
                .setParameter(1, person.id()).getResultList()) {
            pseudonymiseHolder(person.id(), ((Number) accountId).longValue());
        }
    }

    private void pseudonymiseHolder(long actorId, long directPaymentAccountId) {
        DirectPaymentHolder holder = em.find(DirectPaymentHolder.class, directPaymentAccountId);
        if (holder == null || holder.isPseudonymised()) {
            return;
        }
        String pseudonym = "Former holder " + directPaymentAccountId;
        holder.pseudonymise(pseudonym, payments.clock().instant());
        payments.withConnection(c -> {
            DirectPaymentAccount account = payments.directPayments().account(c, directPaymentAccountId);
            payments.ledger().renameAccount(c, account.ledgerAccountId(), "Direct payment: " + pseudonym);
            return null;
        });
        audit.record(actorId, "DP_HOLDER_PSEUDONYMISED", "direct_payment_account", directPaymentAccountId,
                "names replaced; financial records kept");
    }

    /** Every account as CSV for finance (RFC 4180, text defused against spreadsheet formulas). */
    public static String csv(List<AccountLine> lines, LocalDate today) {
        StringBuilder csv = new StringBuilder("Account,Name,Amount every 4 weeks,Balance,Weeks of funding held,"
                + "Last activity,Contingency,Surplus,Overdrafts\r\n");
        for (AccountLine line : lines) {
            csv.append(line.id()).append(',')
                    .append(StatementCsv.textCell(line.name())).append(',')
                    .append(line.fourWeekly().toPlainPounds()).append(',')
                    .append(line.balance().toPlainPounds()).append(',')
                    .append(line.review().weeksHeld() == null ? "" : line.review().weeksHeld().toPlainString()).append(',')
                    .append(line.review().lastActivity() == null ? ""
                            : LocalDate.ofInstant(line.review().lastActivity(), care.circles.platform.Platform.UK))
                    .append(',')
                    .append(line.contingency().toPlainPounds()).append(',')
                    .append(line.surplus().toPlainPounds()).append(',')
                    .append(line.overdrafts()).append("\r\n");
        }
        return csv.toString();
    }

    private List<AccountLine> lines(List<AccountReview> reviews) {
        if (reviews.isEmpty()) {
            return List.of();
        }
        List<Long> ids = reviews.stream().map(r -> r.account().id()).toList();
        Map<Long, DirectPaymentHolder> holders = em.createQuery(
                        "SELECT h FROM DirectPaymentHolder h WHERE h.directPaymentAccountId IN :ids", DirectPaymentHolder.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(DirectPaymentHolder::directPaymentAccountId, Function.identity()));
        return payments.withConnection(c -> {
            List<AccountLine> lines = new java.util.ArrayList<>();
            for (AccountReview review : reviews) {
                int overdrafts = payments.ledger().overdrafts(c, review.account().ledgerAccountId()).size();
                lines.add(new AccountLine(review, holders.get(review.account().id()), overdrafts));
            }
            return lines;
        });
    }

    private static void requireCouncil(Account actor) {
        if (actor.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can do this");
        }
    }
}
