package care.circles.shortlist.boundary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import care.circles.account.control.CurrentAccount;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.shortlist.control.Shortlist;
import care.circles.shortlist.entity.ComparisonChoice;
import care.circles.shortlist.entity.ShortlistedPa;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Up to three PAs side by side, from /shortlist/compare.xhtml?ids=1,2,3 or the ticked boxes. */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    Shortlist shortlist;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    private Set<Long> ticked = Set.of();
    private int chosen;
    private List<ShortlistedPa> compared;

    public void load() {
        String[] sent = faces.getExternalContext().getRequestParameterValuesMap().get(ComparisonChoice.FIELD);
        ticked = ComparisonChoice.ids(sent);
        try {
            ComparisonChoice choice = ComparisonChoice.of(sent);
            chosen = choice.profileIds().size();
            compared = shortlist.compare(current.require(), choice);
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        }
    }

    public boolean isTableShown() {
        return compared != null && !compared.isEmpty();
    }

    public boolean isNoneLeft() {
        return compared != null && compared.isEmpty();
    }

    public List<ShortlistedPa> getCompared() {
        return compared;
    }

    /** How many of the chosen PAs have left the register since they were shortlisted. */
    public int getGone() {
        return compared == null ? 0 : chosen - compared.size();
    }

    public String getGoneNotice() {
        int gone = getGone();
        return (gone == 1 ? "1 of the personal assistants you chose is" : gone + " of the personal assistants you chose are")
                + " no longer on the register, so not shown here.";
    }

    public String getCaption() {
        List<String> names = compared.stream().map(ShortlistedPa::name).toList();
        String joined = names.size() == 1 ? names.get(0)
                : names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + names.get(names.size() - 1);
        return "Comparing " + joined;
    }

    /** Whether a box on the choice form is ticked: what was sent, so an error keeps the choice. */
    public boolean ticked(long profileId) {
        return ticked.contains(profileId);
    }
}
