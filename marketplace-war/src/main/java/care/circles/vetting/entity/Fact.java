package care.circles.vetting.entity;

/** One line of a check's details as a page shows it, like "Certificate number: 001234567890". */
public record Fact(String label, String value) {
}
