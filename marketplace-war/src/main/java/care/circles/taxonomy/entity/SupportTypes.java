package care.circles.taxonomy.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The council's support taxonomy at one moment: every type, in the council's order. Inactive
 * types still have labels (old profiles keep them), but nobody can choose them any more.
 */
public final class SupportTypes {

    private final Map<String, SupportKind> byCode = new LinkedHashMap<>();

    public SupportTypes(Collection<SupportKind> kinds) {
        kinds.stream()
                .sorted(Comparator.comparingInt(SupportKind::position).thenComparing(SupportKind::label))
                .forEach(kind -> byCode.put(kind.code(), kind));
    }

    public static SupportTypes of(SupportKind... kinds) {
        return new SupportTypes(List.of(kinds));
    }

    /** Types people may choose now, in the council's order. */
    public List<SupportKind> active() {
        return byCode.values().stream().filter(SupportKind::active).toList();
    }

    public List<SupportKind> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<SupportKind> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    public boolean isChoosable(String code) {
        return find(code).map(SupportKind::active).orElse(false);
    }

    /** The label people read; a code we do not know is shown as it is. */
    public String label(String code) {
        return find(code).map(SupportKind::label).orElse(code);
    }

    public boolean needsVetting(String code) {
        return find(code).map(SupportKind::needsVetting).orElse(false);
    }

    /** Codes in the council's order, for stable display. */
    public List<String> ordered(Collection<String> codes) {
        Set<String> wanted = new TreeSet<>(codes);
        List<String> known = byCode.keySet().stream().filter(wanted::contains).toList();
        List<String> unknown = wanted.stream().filter(code -> !byCode.containsKey(code)).toList();
        return java.util.stream.Stream.concat(known.stream(), unknown.stream()).toList();
    }
}
