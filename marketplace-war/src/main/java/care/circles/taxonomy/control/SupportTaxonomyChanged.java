package care.circles.taxonomy.control;

/** A support type was added, renamed, retired or restored: search labels may need rebuilding. */
public record SupportTaxonomyChanged(String code) {
}
