package care.circles.card.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import care.circles.account.control.Accounts;
import care.circles.account.entity.Account;
import care.circles.account.entity.Role;
import care.circles.audit.control.AuditTrail;
import care.circles.card.entity.CardChangeRefused;
import care.circles.card.entity.CardView;
import care.circles.card.entity.DecisionView;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.payment.entity.DirectPaymentHolder;
import care.circles.payment.entity.HolderAccount;
import care.circles.payments.card.CardStatus;
import care.circles.payments.card.Cardholder;
import care.circles.payments.card.PrepaidCard;
import care.circles.payments.card.ReplacementReason;
import care.circles.platform.ListPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Pre-paid cards on direct payment accounts. The council issues a card (a virtual one unless a
 * plastic one is asked for); the holder, or the council, freezes, unfreezes and replaces it;
 * the holder sees every payment a shop asked for, declines with their plain reason. Only the
 * holder of the card's account and council staff can do anything with a card, checked here
 * whatever the page sent.
 */
@ApplicationScoped
public class Cards {

    private static final int COUNCIL_DECISIONS_SHOWN = 20;

    @Inject
    CouncilPayments payments;

    @Inject
    DirectPaymentAccounts accounts;

    @Inject
    Accounts people;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    /**
     * Issues a card on the account (the council only): enrols the person with the card issuer
     * first if they are new to it. One usable card per account; a lost one is replaced.
     */
    @Transactional
    public CardView issue(Account council, long directPaymentAccountId, boolean physical) {
        HolderAccount account = accounts.forCouncil(council, directPaymentAccountId)
                .orElseThrow(() -> new IllegalArgumentException("There is no direct payment account " + directPaymentAccountId));
        payments.requireStripe();
        return payments.withConnection(c -> {
            List<PrepaidCard> existing = payments.cards().cardsOf(c, account.id());
            if (existing.stream().anyMatch(card -> card.status() != CardStatus.CANCELLED)) {
                throw new CardChangeRefused("This account already has a card. If it is lost, stolen or damaged,"
                        + " replace it instead.");
            }
            DirectPaymentHolder holder = em.find(DirectPaymentHolder.class, account.id());
            if (holder.issuerCardholderId() == null) {
                String email = people.byId(account.personAccountId()).map(a -> a.email().value()).orElse(null);
                holder.enrolledAsCardholder(payments.cards().enrol(new Cardholder(holder.personName(), email,
                        payments.configuration().cardBillingAddress(), "circles-cardholder:" + account.id())));
            }
            PrepaidCard card = payments.cards().issue(c, account.id(), holder.issuerCardholderId(), physical,
                    "circles-card:" + account.id() + ":" + (existing.size() + 1));
            audit.record(council.id(), "CARD_ISSUED", "prepaid_card", card.id(),
                    (physical ? "plastic" : "virtual") + " card ending " + card.last4() + " on direct payment account "
                            + account.id());
            return new CardView(card);
        });
    }

    /** The holder's own cards, newest first. */
    @Transactional
    public List<CardView> cardsOf(Account holder) {
        return accounts.ofHolder(holder).map(account -> cardsOfAccount(account.id())).orElse(List.of());
    }

    /** Any account's cards, for council staff. */
    @Transactional
    public List<CardView> cardsForCouncil(Account council, long directPaymentAccountId) {
        requireCouncil(council);
        return cardsOfAccount(directPaymentAccountId);
    }

    private List<CardView> cardsOfAccount(long directPaymentAccountId) {
        return payments.withConnection(c -> payments.cards().cardsOf(c, directPaymentAccountId)).stream()
                .map(CardView::new).toList();
    }

    /** Every card payment a shop asked the holder's card for, newest first, a page at a time. */
    @Transactional
    public ListPage<DecisionView> decisionsOf(Account holder, int page, int size) {
        return accounts.ofHolder(holder).map(account -> payments.withConnection(c -> new ListPage<>(
                        payments.cards().decisions(c, account.id(), ListPage.offset(page, size), size).stream()
                                .map(DecisionView::new).toList(),
                        payments.cards().countDecisions(c, account.id()), page, size)))
                .orElse(new ListPage<>(List.of(), 0, 1, size));
    }

    /** The latest card payment decisions on any account, for council staff. */
    @Transactional
    public List<DecisionView> decisionsForCouncil(Account council, long directPaymentAccountId) {
        requireCouncil(council);
        return payments.withConnection(c -> payments.cards().decisions(c, directPaymentAccountId, 0,
                COUNCIL_DECISIONS_SHOWN)).stream().map(DecisionView::new).toList();
    }

    /** Stops the card being used until it is unfrozen. */
    @Transactional
    public CardView freeze(Account actor, long cardId) {
        return change(actor, cardId, "CARD_FROZEN", (c, card) -> {
            if (card.status() != CardStatus.ACTIVE) {
                throw new CardChangeRefused(card.status() == CardStatus.FROZEN ? "This card is already frozen"
                        : "This card has been cancelled, so it cannot be frozen");
            }
            return payments.cards().freeze(c, cardId);
        });
    }

    /** Lets a frozen card be used again. */
    @Transactional
    public CardView unfreeze(Account actor, long cardId) {
        return change(actor, cardId, "CARD_UNFROZEN", (c, card) -> {
            if (card.status() != CardStatus.FROZEN) {
                throw new CardChangeRefused(card.status() == CardStatus.ACTIVE ? "This card is not frozen"
                        : "This card has been cancelled, so it cannot be used again");
            }
            return payments.cards().unfreeze(c, cardId);
        });
    }

    /** Cancels a lost, stolen, damaged or expired card and issues its replacement. */
    @Transactional
    public CardView replace(Account actor, long cardId, ReplacementReason reason) {
        return change(actor, cardId, "CARD_REPLACED", (c, card) -> {
            if (card.status() == CardStatus.CANCELLED) {
                throw new CardChangeRefused("This card has already been replaced or cancelled");
            }
            return payments.cards().replace(c, cardId, reason,
                    "circles-card-replacement:" + cardId + ":" + reason.name());
        });
    }

    @FunctionalInterface
    private interface CardChange {
        PrepaidCard apply(Connection connection, PrepaidCard card) throws SQLException;
    }

    private CardView change(Account actor, long cardId, String action, CardChange change) {
        payments.requireStripe();
        return payments.withConnection(c -> {
            PrepaidCard card;
            try {
                card = payments.cards().card(c, cardId);
            } catch (IllegalArgumentException e) {
                throw new SecurityException("There is no such card");
            }
            requireMayChange(actor, card);
            PrepaidCard changed = change.apply(c, card);
            audit.record(actor.id(), action, "prepaid_card", card.id(), "card ending " + card.last4()
                    + (changed.id() != card.id() ? ", replaced by card " + changed.id() + " ending " + changed.last4() : ""));
            return new CardView(changed);
        });
    }

    private void requireMayChange(Account actor, PrepaidCard card) {
        if (actor.role() == Role.COUNCIL) {
            return;
        }
        boolean own = actor.role() == Role.DP_HOLDER && accounts.ofHolder(actor)
                .map(account -> account.id() == card.directPaymentAccountId()).orElse(false);
        if (!own) {
            throw new SecurityException("This card is not yours");
        }
    }

    private static void requireCouncil(Account actor) {
        if (actor.role() != Role.COUNCIL) {
            throw new SecurityException("Only council staff can do this");
        }
    }
}
