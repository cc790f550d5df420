package care.circles.careaccount.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.careaccount.control.CareAccount;
import care.circles.careaccount.entity.MeterView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The person's own care account (/money/care-account.xhtml): how far toward the cap, and why each line counted. */
@Named
@RequestScoped
public class CareAccountPage {

    @Inject
    CareAccount careAccount;

    @Inject
    CurrentAccount current;

    private MeterView meter;

    public MeterView getMeter() {
        if (meter == null) {
            meter = careAccount.ofHolder(current.require());
        }
        return meter;
    }
}
