package care.circles.privacy.boundary;

import java.util.List;

import care.circles.account.control.CurrentAccount;
import care.circles.privacy.control.PersonalData;
import care.circles.privacy.entity.PersonalDataSection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Your data" (/account/your-data.xhtml): everything we hold about the person, readable, with the download. */
@Named
@RequestScoped
public class YourDataPage {

    @Inject
    PersonalData personalData;

    @Inject
    CurrentAccount current;

    private List<PersonalDataSection> sections;

    public List<PersonalDataSection> getSections() {
        if (sections == null) {
            sections = personalData.of(current.require());
        }
        return sections;
    }
}
