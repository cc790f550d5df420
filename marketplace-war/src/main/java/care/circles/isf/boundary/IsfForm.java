package care.circles.isf.boundary;

import java.util.List;
import java.util.Map;

import care.circles.account.control.CurrentAccount;
import care.circles.account.entity.Role;
import care.circles.isf.control.Isfs;
import care.circles.isf.entity.Isf;
import care.circles.isf.entity.IsfRefused;
import care.circles.isf.entity.NewIsf;
import care.circles.place.control.Gazetteer;
import care.circles.place.entity.Place;
import care.circles.platform.FormFeedback;
import care.circles.platform.InvalidInputException;
import care.circles.provider.control.Organisations;
import care.circles.provider.entity.Organisation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A new ISF: council staff create one for any accredited holder (/council/isf-new.xhtml); a
 * provider or broker proposes one for their own organisation (/provider/isf-new.xhtml).
 */
@Named
@RequestScoped
public class IsfForm {

    private static final List<String> FIELDS = List.of(NewIsf.HOLDER, NewIsf.PERSON_NAME, NewIsf.PERSON_EMAIL,
            NewIsf.REPRESENTATIVE_EMAIL, NewIsf.BUDGET, NewIsf.OUTCOMES, NewIsf.START_DATE, NewIsf.HOME_TOWN);

    @Inject
    Isfs isfs;

    @Inject
    Organisations organisations;

    @Inject
    CurrentAccount current;

    @Inject
    FormFeedback feedback;

    @Inject
    FacesContext faces;

    @Inject
    Gazetteer gazetteer;

    private final Map<String, String> answers = new java.util.HashMap<>();
    private String refusal;

    public boolean isCouncil() {
        return current.is("COUNCIL");
    }

    /** Who may hold it: for a broker, their own organisation (if it is accredited). */
    public List<Organisation> getHolders() {
        List<Organisation> holders = isfs.holders();
        if (isCouncil()) {
            return holders;
        }
        return organisations.organisationOf(current.require())
                .filter(own -> holders.stream().anyMatch(h -> h.id().equals(own.id()))).map(List::of).orElse(List.of());
    }

    public String create() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        FIELDS.forEach(field -> answers.put(field, params.get(field)));
        Long holder = null;
        if (isCouncil()) {
            String typed = params.get(NewIsf.HOLDER);
            holder = typed != null && typed.matches("[0-9]{1,18}") ? Long.valueOf(typed) : null;
        } else {
            holder = organisations.organisationOf(current.require()).map(Organisation::id).orElse(null);
        }
        try {
            NewIsf details = NewIsf.of(holder, answers.get(NewIsf.PERSON_NAME), answers.get(NewIsf.PERSON_EMAIL),
                    answers.get(NewIsf.REPRESENTATIVE_EMAIL), answers.get(NewIsf.BUDGET), answers.get(NewIsf.OUTCOMES),
                    answers.get(NewIsf.START_DATE), answers.get(NewIsf.HOME_TOWN), isfs.today(), isfs::personAccount,
                    town -> gazetteer.find(town).map(Place::id));
            Isf isf = isfs.create(current.require(), details);
            return "/isf/fund.xhtml?faces-redirect=true&id=" + isf.id() + "&created=true";
        } catch (InvalidInputException e) {
            feedback.show(e.problems());
        } catch (IsfRefused e) {
            refusal = e.getMessage();
        }
        return null;
    }

    public String answer(String field) {
        String value = answers.get(field);
        return value == null ? "" : value;
    }

    public boolean isChosen(Organisation holder) {
        return holder.id().toString().equals(answers.get(NewIsf.HOLDER));
    }

    public String getRefusal() {
        return refusal;
    }

    public String getRole() {
        return current.require().role() == Role.COUNCIL ? "council" : "holder";
    }
}
