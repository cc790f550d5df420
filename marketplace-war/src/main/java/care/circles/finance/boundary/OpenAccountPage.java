package care.circles.finance.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.payment.control.CouncilPayments;
import care.circles.payment.control.DirectPaymentAccounts;
import care.circles.payment.entity.AccountOpening;
import care.circles.payment.entity.HolderAccount;
import care.circles.place.control.Gazetteer;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The council opens a direct payment account (/council/finance-open.xhtml). */
@Named
@RequestScoped
public class OpenAccountPage {

    @Inject
    DirectPaymentAccounts accounts;

    @Inject
    CouncilPayments payments;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    Gazetteer gazetteer;

    private String holderEmail;
    private String personName;
    private String representativeName;
    private String fourWeekly;
    private String firstLoadDay;
    private String firstLoadMonth;
    private String firstLoadYear;
    private String loadEveryDays;
    private String homeTown;

    public String open() {
        try {
            HolderAccount opened = accounts.open(current.require(), AccountOpening.of(holderEmail, personName,
                    representativeName, fourWeekly, firstLoadDay, firstLoadMonth, firstLoadYear, getLoadEveryDays(),
                    homeTown, gazetteer::find, payments.today()));
            return "/council/finance-account.xhtml?faces-redirect=true&done=opened&id=" + opened.id();
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
            return null;
        }
    }

    public String getHolderEmail() {
        return holderEmail;
    }

    public void setHolderEmail(String holderEmail) {
        this.holderEmail = holderEmail;
    }

    public String getPersonName() {
        return personName;
    }

    public void setPersonName(String personName) {
        this.personName = personName;
    }

    public String getRepresentativeName() {
        return representativeName;
    }

    public void setRepresentativeName(String representativeName) {
        this.representativeName = representativeName;
    }

    public String getFourWeekly() {
        return fourWeekly;
    }

    public void setFourWeekly(String fourWeekly) {
        this.fourWeekly = fourWeekly;
    }

    public String getFirstLoadDay() {
        return firstLoadDay;
    }

    public void setFirstLoadDay(String firstLoadDay) {
        this.firstLoadDay = firstLoadDay;
    }

    public String getFirstLoadMonth() {
        return firstLoadMonth;
    }

    public void setFirstLoadMonth(String firstLoadMonth) {
        this.firstLoadMonth = firstLoadMonth;
    }

    public String getFirstLoadYear() {
        return firstLoadYear;
    }

    public void setFirstLoadYear(String firstLoadYear) {
        this.firstLoadYear = firstLoadYear;
    }

    /** Every 4 weeks unless the council's setting or the officer says otherwise. */
    public String getLoadEveryDays() {
        return loadEveryDays == null ? Integer.toString(payments.configuration().loadEveryDays()) : loadEveryDays;
    }

    public void setLoadEveryDays(String loadEveryDays) {
        this.loadEveryDays = loadEveryDays;
    }

    public String getHomeTown() {
        return homeTown;
    }

    public void setHomeTown(String homeTown) {
        this.homeTown = homeTown;
    }
}
