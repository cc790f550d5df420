package care.circles.finance.boundary;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import care.circles.account.control.CurrentAccount;
import care.circles.card.control.Cards;
import care.circles.card.entity.CardChangeRefused;
import care.circles.card.entity.CardView;
import care.circles.card.entity.DecisionView;
import care.circles.careaccount.control.CareAccount;
import care.circles.careaccount.entity.MeterView;
import care.circles.finance.control.FinanceAudit;
import care.circles.finance.entity.AccountLine;
import care.circles.payment.boundary.RequestForms;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.payment.control.PaymentsNotSetUp;
import care.circles.payment.entity.AmountTyped;
import care.circles.payment.entity.HolderAccount;
import care.circles.payment.entity.MoneyOverview;
import care.circles.payment.entity.StatementPeriod;
import care.circles.payments.card.CardIssuerException;
import care.circles.payments.directpayment.SpendResult;
import care.circles.payments.directpayment.Statement;
import care.circles.payments.ledger.Overdraft;
import care.circles.payments.Money;
import care.circles.platform.FieldProblem;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.platform.Platform;
import care.circles.platform.SpokenDate;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One direct payment account for council finance (/council/finance-account.xhtml?id=…): what
 * it holds and how it has been used, and the council's actions on it (a one-off payment, a
 * clawback, a card, a care account correction). View scoped: each action's key is made once
 * per page view, so a double-click acts once.
 */
@Named
@ViewScoped
public class FinanceAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FinanceAudit finance;

    @Inject
    DirectPaymentAccounts accounts;

    @Inject
    Cards cards;

    @Inject
    CareAccount careAccount;

    @Inject
    CouncilPayments payments;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private final String formKey = UUID.randomUUID().toString();
    private String id;
    private String done;
    private String refusal;
    private String oneOffAmount;
    private String oneOffDescription;
    private String clawbackAmount;
    private String clawbackReason;
    private String careChange;
    private String careReason;
    private transient AccountLine line;
    private transient HolderAccount account;
    private transient List<CardView> cardList;
    private transient List<Overdraft> overdrafts;
    private transient List<DecisionView> decisions;
    private transient MeterView meter;
    private transient Statement statement;

    public void load() throws IOException {
        if (getAccount() == null) {
            faces.getExternalContext().responseSendError(404, "There is no such direct payment account");
            faces.responseComplete();
        }
    }

    public String payOneOff() {
        return act(() -> {
            Money amount = amount(() -> AmountTyped.positive("oneOffAmount", oneOffAmount, "the amount to pay"),
                    DirectPaymentAccounts.problemWithDescription(oneOffDescription));
            accounts.payOneOff(current.require(), accountId(), amount, oneOffDescription,
                    "one-off:" + accountId() + ":" + formKey);
            return "paid";
        });
    }

    public String clawback() {
        return act(() -> {
            Money amount = amount(() -> AmountTyped.positive("clawbackAmount", clawbackAmount, "the amount to take back"),
                    FinanceAudit.problemWithReason(clawbackReason));
            SpendResult result = finance.clawback(current.require(), accountId(), amount, clawbackReason, formKey);
            if (result instanceof SpendResult.Refused refused) {
                throw new InvalidInputException("clawbackAmount", "Only " + refused.funds().available()
                        + " can be taken back now (card payments are holding the rest): " + refused.shortBy() + " short");
            }
            return "clawback";
        });
    }

    public String issueCard() {
        boolean physical = "plastic".equals(RequestForms.parameter(faces, "cardType"));
        return act(() -> {
            cards.issue(current.require(), accountId(), physical);
            return "card";
        });
    }

    public String freezeCard() {
        return cardChange(true);
    }

    public String unfreezeCard() {
        return cardChange(false);
    }

    private String cardChange(boolean freeze) {
        var cardId = RequestForms.id(faces, "cardId");
        if (cardId.isEmpty()) {
            RequestForms.forbidden(faces);
            return null;
        }
        return act(() -> {
            if (freeze) {
                cards.freeze(current.require(), cardId.get());
            } else {
                cards.unfreeze(current.require(), cardId.get());
            }
            return freeze ? "frozen" : "unfrozen";
        });
    }

    /** The person asked to be forgotten: their names go, the financial records stay. */
    public String pseudonymise() {
        return act(() -> {
            finance.pseudonymise(current.require(), accountId());
            return "forgotten";
        });
    }

    public String adjustCareAccount() {
        return act(() -> {
            Money change = amount(() -> AmountTyped.nonZero("careChange", careChange, "the change"),
                    CareAccount.problemWithReason(careReason));
            careAccount.adjust(current.require(), getAccount().personAccountId(), change, careReason, formKey);
            return "care";
        });
    }

    /** The amount typed, or every problem of the form at once: the amount's and the other field's. */
    private static Money amount(java.util.function.Supplier<Money> typed, java.util.Optional<FieldProblem> other) {
        java.util.List<FieldProblem> problems = new java.util.ArrayList<>();
        Money amount = null;
        try {
            amount = typed.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        other.ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return amount;
    }

    @FunctionalInterface
    private interface Action {
        String run();
    }

    private String act(Action action) {
        line = null;
        cardList = null;
        overdrafts = null;
        decisions = null;
        meter = null;
        statement = null;
        if (getAccount() == null) {
            refusal = "There is no such account.";
            return null;
        }
        try {
            String what = action.run();
            return "/council/finance-account.xhtml?faces-redirect=true&id=" + accountId() + "&done=" + what;
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (CardChangeRefused e) {
            refusal = e.getMessage();
        } catch (CardIssuerException e) {
            refusal = "The card company could not be reached, so nothing has changed. Try again in a few minutes.";
        } catch (PaymentsNotSetUp e) {
            refusal = e.getMessage();
        }
        return null;
    }

    private long accountId() {
        return getAccount().id();
    }

    public HolderAccount getAccount() {
        if (account == null && id != null && id.strip().matches("[0-9]{1,18}")) {
            account = accounts.forCouncil(current.require(), Long.parseLong(id.strip())).orElse(null);
        }
        return account;
    }

    public AccountLine getLine() {
        if (line == null && getAccount() != null) {
            line = finance.account(current.require(), accountId());
        }
        return line;
    }

    public String getNextLoads() {
        return String.join(", ", getAccount().account().loadsAfter(payments.today(), 3).stream()
                .map(SpokenDate::of).toList());
    }

    public String getSchedule() {
        var schedule = getAccount().account();
        return schedule.hasScheduledLoads()
                ? schedule.fourWeeklyAmount() + " " + MoneyOverview.scheduleOf(schedule)
                : "No regular payments: one-off payments only";
    }

    public List<Overdraft> getOverdrafts() {
        if (overdrafts == null) {
            overdrafts = finance.overdrafts(current.require(), accountId());
        }
        return overdrafts;
    }

    public String flaggedOn(Overdraft overdraft) {
        return SpokenDate.of(java.time.LocalDate.ofInstant(overdraft.flaggedAt(), Platform.UK));
    }

    public List<CardView> getCards() {
        if (cardList == null) {
            cardList = cards.cardsForCouncil(current.require(), accountId());
        }
        return cardList;
    }

    public boolean isCardInUse() {
        return getCards().stream().anyMatch(card -> !card.isCancelled());
    }

    public List<DecisionView> getDecisions() {
        if (decisions == null) {
            decisions = cards.decisionsForCouncil(current.require(), accountId());
        }
        return decisions;
    }

    public MeterView getMeter() {
        if (meter == null) {
            meter = careAccount.forCouncil(current.require(), getAccount().personAccountId());
        }
        return meter;
    }

    public Statement getStatement() {
        if (statement == null) {
            statement = accounts.statementForCouncil(current.require(), accountId(),
                    StatementPeriod.lastThreeMonths(payments.today()));
        }
        return statement;
    }

    public String spoken(java.time.LocalDate date) {
        return SpokenDate.of(date);
    }

    public String getConfirmation() {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "opened" -> "The account is open. Payments due by today have been made into it.";
            case "paid" -> "The one-off payment is in the account.";
            case "clawback" -> "The money has been taken back to the council and recorded with your reason.";
            case "card" -> "A card has been issued on this account.";
            case "frozen" -> "The card is frozen.";
            case "unfrozen" -> "The card is unfrozen.";
            case "care" -> "The care account has been adjusted and the reason recorded.";
            case "forgotten" -> "Their names are replaced. The account's money records are kept, as the law requires.";
            default -> null;
        };
    }

    public String getRefusal() {
        return refusal;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getOneOffAmount() {
        return oneOffAmount;
    }

    public void setOneOffAmount(String oneOffAmount) {
        this.oneOffAmount = oneOffAmount;
    }

    public String getOneOffDescription() {
        return oneOffDescription;
    }

    public void setOneOffDescription(String oneOffDescription) {
        this.oneOffDescription = oneOffDescription;
    }

    public String getClawbackAmount() {
        return clawbackAmount;
    }

    public void setClawbackAmount(String clawbackAmount) {
        this.clawbackAmount = clawbackAmount;
    }

    public String getClawbackReason() {
        return clawbackReason;
    }

    public void setClawbackReason(String clawbackReason) {
        this.clawbackReason = clawbackReason;
    }

    public String getCareChange() {
        return careChange;
    }

    public void setCareChange(String careChange) {
        this.careChange = careChange;
    }

    public String getCareReason() {
        return careReason;
    }

    public void setCareReason(String careReason) {
        this.careReason = careReason;
    }
}
