package care.circles.isf.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

import javax.sql.DataSource;

import care.circles.isf.entity.Isf;
import care.circles.payments.Money;
import care.circles.payments.ledger.AccountKind;
import care.circles.payments.ledger.EntryReason;
import care.circles.payments.ledger.JournalEntry;
import care.circles.payments.ledger.Ledger;
import care.circles.payments.ledger.LedgerAccount;
import care.circles.payments.ledger.NewEntry;
import care.circles.payments.ledger.Owner;
import care.circles.platform.Council;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * ISF money in the payments ledger, inside the caller's JTA transaction (the container hands
 * the same transaction's connection to JPA and to us): the council's funding into the ISF, and
 * spending out of it to the holder's account of money paid to suppliers. Entries are keyed, so
 * a repeated command posts once, and never changed: corrections are reversing entries.
 */
@ApplicationScoped
class IsfLedger {

    @Resource(lookup = "java:app/jdbc/circles")
    DataSource dataSource;

    @Inject
    Council council;

    @Inject
    Clock clock;

    /** Opens the ISF's account and pays the annual budget into it from the council's funding. */
    @Transactional(Transactional.TxType.MANDATORY)
    long openAndFund(Isf isf, long actorId) {
        try (Connection connection = dataSource.getConnection()) {
            Ledger ledger = new Ledger(clock);
            LedgerAccount account = ledger.openAccount(connection, AccountKind.ISF, Owner.isf(isf.id()),
                    "ISF for " + isf.personName());
            LedgerAccount funding = ledger.openAccount(connection, AccountKind.COUNCIL_FUNDING, councilOwner(),
                    council.getName() + " funding");
            ledger.post(connection, NewEntry.transfer("isf-funding:" + isf.id(), EntryReason.ISF_FUNDING,
                    "Annual budget from " + council.getName(), actorId, null, funding.id(), account.id(),
                    isf.annualBudget()));
            return account.id();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not fund ISF " + isf.id(), e);
        }
    }

    /** The ISF's balance as committed, locked until the transaction ends so nobody spends it meanwhile. */
    @Transactional(Transactional.TxType.MANDATORY)
    Money lockBalance(Isf isf) {
        try (Connection connection = dataSource.getConnection()) {
            return new Ledger(clock).lockBalance(connection, isf.ledgerAccountId());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the balance of ISF " + isf.id(), e);
        }
    }

    Money balance(Isf isf) {
        if (isf.ledgerAccountId() == null) {
            return Money.ZERO;
        }
        try (Connection connection = dataSource.getConnection()) {
            return new Ledger(clock).balance(connection, isf.ledgerAccountId());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the balance of ISF " + isf.id(), e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    JournalEntry spend(Isf isf, Money amount, String key, String description, long actorId) {
        try (Connection connection = dataSource.getConnection()) {
            Ledger ledger = new Ledger(clock);
            LedgerAccount paidOut = ledger.openAccount(connection, AccountKind.ISF_SPENDING,
                    Owner.organisation(isf.holderProviderId()), "Paid out of ISFs by organisation " + isf.holderProviderId());
            return ledger.post(connection, NewEntry.transfer(key, EntryReason.ISF_SPEND, description, actorId, null,
                    isf.ledgerAccountId(), paidOut.id(), amount));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record spending from ISF " + isf.id(), e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    JournalEntry reverse(long entryId, String key, String why, long actorId) {
        try (Connection connection = dataSource.getConnection()) {
            return new Ledger(clock).reverse(connection, entryId, key, why, actorId);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reverse entry " + entryId, e);
        }
    }

    private Owner councilOwner() {
        String name = council.getName();
        return Owner.council(name.length() > 64 ? name.substring(0, 64) : name);
    }
}
