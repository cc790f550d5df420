package care.circles.pa.boundary;

import care.circles.account.control.CurrentAccount;
import care.circles.audit.control.AuditTrail;
import care.circles.pa.control.PaSearchIndex;
import care.circles.pa.control.RebuildProgress;
import care.circles.platform.FormFeedback;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/** Council page for rebuilding the PA search index. /council/* is restricted to council staff. */
@Named
@RequestScoped
public class PaIndexAdministration {

    @Inject
    PaSearchIndex index;

    @Inject
    CurrentAccount current;

    @Inject
    AuditTrail audit;

    @Inject
    FormFeedback feedback;

    private static final String ALREADY_RUNNING = "A rebuild is already running. Wait for it to finish.";

    @Transactional
    public String rebuild() {
        var council = current.require();
        if (council.role() != care.circles.account.entity.Role.COUNCIL) {
            throw new SecurityException("Only council staff can rebuild the search index");
        }
        if (index.progress().isRunning()) {
            feedback.show("rebuild", ALREADY_RUNNING);
            return null;
        }
        try {
            index.startRebuild();
            progress = null;
            audit.record(council.id(), "SEARCH_INDEX_REBUILD_STARTED", "search_index", 0, "pas");
        } catch (EJBException | IllegalStateException startedByAColleagueJustNow) {
            // The index bean wraps its refusal in an EJBException: both mean a rebuild is under way.
            feedback.show("rebuild", ALREADY_RUNNING);
        }
        return null;
    }

    private RebuildProgress progress;

    /** Read once per page, so the text and the bar agree. */
    public RebuildProgress getProgress() {
        if (progress == null) {
            progress = index.progress();
        }
        return progress;
    }
}
