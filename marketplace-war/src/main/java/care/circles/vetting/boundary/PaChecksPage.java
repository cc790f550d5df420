package care.circles.vetting.boundary;

import java.time.LocalDate;
import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Account;
import care.circles.files.control.FileStore;
import care.circles.files.entity.StoredFile;
import care.circles.vetting.control.VettingChecks;
import care.circles.vetting.entity.CheckSlot;
import care.circles.vetting.entity.VettingProgress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The signed-in PA's checks: what is verified, waiting or refused, and what is still needed. */
@Named
@RequestScoped
public class PaChecksPage {

    @Inject
    VettingChecks vetting;

    @Inject
    FileStore files;

    @Inject
    CurrentAccount current;

    private String sent;
    private LocalDate today;
    private VettingProgress progress;

    @PostConstruct
    void load() {
        Account pa = current.require();
        today = vetting.today();
        progress = vetting.progressFor(pa, pa.id(), today);
    }

    public List<CheckView> getChecks() {
        return progress.current().stream().map(c -> new CheckView(c, null, today)).toList();
    }

    public List<CheckSlot> getMissing() {
        return progress.missing();
    }

    public boolean maySendAgain(CheckView check) {
        return progress.maySubmit(check.check().slot());
    }

    public String evidenceText(CheckView check) {
        return files.find(check.evidenceFileId()).map(StoredFile::kind)
                .map(kind -> kind.label()).orElse("file");
    }

    /** The confirmation after sending a check, from the redirect's ?sent=checkId; only the PA's own checks count. */
    public String getConfirmation() {
        return getChecks().stream()
                .filter(c -> String.valueOf(c.id()).equals(sent) && c.isWaiting())
                .findFirst()
                .map(c -> "Thank you. Your " + c.inSentence() + " has been sent to the council. "
                        + "This page shows when they have checked it.")
                .orElse(null);
    }

    public String getSent() {
        return sent;
    }

    public void setSent(String sent) {
        this.sent = sent;
    }
}
