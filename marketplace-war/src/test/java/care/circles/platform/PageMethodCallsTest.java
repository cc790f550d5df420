package care.circles.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;

class PageMethodCallsTest {

    private final PageMethodCalls calls = new PageMethodCalls();
    private final RecordingContext context = new RecordingContext();

    public static class Page {
        public String chosen(String name, int page) {
            return name + " on page " + page;
        }

        public String label(String code) {
            return "one " + code;
        }

        public String label(Integer code) {
            return "other " + code;
        }

        public String joined(String... parts) {
            return String.join("+", parts);
        }

        public String failing() {
            throw new IllegalStateException("not today");
        }
    }

    static class Hidden {
        public String name() {
            return "hidden";
        }
    }

    @Test
    void callsTheOneMethodWithArgumentsConvertedByThePage() {
        Object result = calls.invoke(context, new Page(), "chosen", null, new Object[] {"skills", 3L});

        assertEquals("skills on page 3", result);
        assertTrue(context.isPropertyResolved());
        assertEquals(List.of(String.class, int.class), context.convertedTo, "each argument converted to its parameter's type");
    }

    @Test
    void remembersTheMethodPerClassNameAndNumberOfArguments() {
        assertEquals(PageMethodCalls.onlyMethod(Page.class, "chosen", 2), PageMethodCalls.onlyMethod(Page.class, "chosen", 2));
        assertTrue(PageMethodCalls.onlyMethod(Page.class, "chosen", 1).isEmpty(), "no chosen with one argument");
    }

    @Test
    void leavesOverloadsVarargsAndNonPublicClassesToTheStandardResolvers() {
        assertNull(calls.invoke(context, new Page(), "label", null, new Object[] {"x"}));
        assertNull(calls.invoke(context, new Page(), "joined", null, new Object[] {"a", "b"}));
        assertNull(calls.invoke(context, new Hidden(), "name", null, new Object[0]));
        assertNull(calls.invoke(context, new Page(), "chosen", new Class<?>[] {String.class, int.class},
                new Object[] {"skills", 3}));
        assertNull(calls.invoke(context, null, "chosen", null, new Object[] {"skills", 3}));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void aFailingMethodFailsTheExpressionWithItsOwnException() {
        ELException failure = assertThrows(ELException.class, () -> calls.invoke(context, new Page(), "failing", null, null));
        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertEquals("not today", failure.getCause().getMessage());
    }

    /** Converts as the standard coercions would for these cases, and records what it was asked. */
    private static final class RecordingContext extends ELContext {
        final List<Class<?>> convertedTo = new ArrayList<>();

        @Override
        public <T> T convertToType(Object value, Class<T> type) {
            convertedTo.add(type);
            if (type == int.class) {
                @SuppressWarnings("unchecked")
                T number = (T) Integer.valueOf(((Number) value).intValue());
                return number;
            }
            return type.cast(value);
        }

        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
