package care.circles.payment.boundary;

import java.util.List;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.card.control.Cards;
import care.circles.card.entity.CardView;
import care.circles.careaccount.control.CareAccount;
import care.circles.careaccount.entity.MeterView;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.payment.entity.MoneyOverview;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The holder's money at a glance (/money/index.xhtml): balance, next loads, requests, card, care account. */
@Named
@RequestScoped
public class MoneyPage {

    @Inject
    DirectPaymentAccounts accounts;

    @Inject
    Cards cards;

    @Inject
    CareAccount careAccount;

    @Inject
    CurrentAccount current;

    private Optional<MoneyOverview> overview;
    private List<CardView> cardList;
    private MeterView meter;

    public MoneyOverview getOverview() {
        if (overview == null) {
            overview = accounts.overview(current.require());
        }
        return overview.orElse(null);
    }

    /** The card in use (not cancelled), or null. */
    public CardView getCard() {
        if (cardList == null) {
            cardList = cards.cardsOf(current.require());
        }
        return cardList.stream().filter(card -> !card.isCancelled()).findFirst().orElse(null);
    }

    public MeterView getMeter() {
        if (meter == null) {
            meter = careAccount.ofHolder(current.require());
        }
        return meter;
    }
}
