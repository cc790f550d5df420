package care.circles.pa.boundary;

/**
 * One checkbox of the search page's filters, worked out once per page: the page reads plain
 * properties rather than calling methods for each box.
 */
public final class FilterChoice {

    private final String name;
    private final String value;
    private final String label;
    private final boolean checked;

    FilterChoice(String name, String value, String label, boolean checked) {
        this.name = name;
        this.value = value;
        this.label = label;
        this.checked = checked;
    }

    /** The request parameter, like "skills". */
    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    /** Unique on the page: the parameter and the value, like "skills-DEMENTIA". */
    public String getId() {
        return name + "-" + value;
    }

    /** As the box's label reads, with the count of results where there is one: "Dementia (12)". */
    public String getLabel() {
        return label;
    }

    public boolean isChecked() {
        return checked;
    }
}
