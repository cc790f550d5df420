package care.circles.shortlist.boundary;

import java.util.List;
import java.util.Optional;

import care.circles.account.control.CurrentAccount;
import care.circles.shortlist.control.Shortlist;
import care.circles.shortlist.entity.ShortlistedPa;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The shortlist page: the PAs kept, "Undo" after a removal, and the choice of whom to compare. */
@Named
@RequestScoped
public class ShortlistPage {

    @Inject
    Shortlist shortlist;

    @Inject
    CurrentAccount current;

    @Inject
    FacesContext faces;

    private String removed;
    private List<ShortlistedPa> entries;
    private Optional<ShortlistedPa> justRemoved;

    public List<ShortlistedPa> getEntries() {
        if (entries == null) {
            entries = shortlist.entries(current.require());
        }
        return entries;
    }

    /** Those who can be compared: still on the register. */
    public List<ShortlistedPa> getComparable() {
        return getEntries().stream().filter(ShortlistedPa::onRegister).toList();
    }

    public ShortlistedPa getJustRemoved() {
        if (justRemoved == null) {
            justRemoved = parsedRemoved().flatMap(id -> shortlist.removed(current.require(), id));
        }
        return justRemoved.orElse(null);
    }

    public String getProblem() {
        Object problem = faces.getExternalContext().getFlash().get(ShortlistButtons.PROBLEM);
        return problem == null ? null : problem.toString();
    }

    private Optional<Long> parsedRemoved() {
        try {
            return removed == null ? Optional.empty() : Optional.of(Long.parseLong(removed.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String getRemoved() {
        return removed;
    }

    public void setRemoved(String removed) {
        this.removed = removed;
    }
}
