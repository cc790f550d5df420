package care.circles.oversight.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.oversight.control.CouncilQueues;
import care.circles.oversight.entity.QueueSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The "waiting for the council" table on the council tools page. */
@Named
@RequestScoped
public class CouncilQueuesPanel {

    @Inject
    CouncilQueues queues;

    @Inject
    CurrentAccount current;

    private List<QueueSummary> summaries;

    public List<QueueSummary> getSummaries() {
        if (summaries == null) {
            summaries = queues.forCouncilUser(current.require());
        }
        return summaries;
    }
}
