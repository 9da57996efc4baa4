package org.lotuspathway.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lotuspathway.support.PathwayTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every bean the application's own diagrams (processes/) name is on {@link PathwayBeans}: a
 * delegate added tomorrow and forgotten there fails here, not in production, where the engine
 * would not resolve it.
 */
@PathwayTest
class PathwayBeansTests {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}\"");
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    /** A name that is not a member of something before it, and whether a member of it follows. */
    private static final Pattern NAME = Pattern.compile("(?<![.\\w'])([A-Za-z_][A-Za-z0-9_]*)\\s*(\\.)?");
    /** What the engine itself provides in an expression, not a bean. */
    private static final Set<String> ENGINE_NAMES = Set.of("execution", "task");

    @Autowired
    ApplicationContext context;

    @Test
    void everyBeanTheDiagramsNameIsOnTheList() throws IOException {
        List<String> offTheList = new ArrayList<>();
        Resource[] diagrams = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.{bpmn,dmn}");
        assertThat(diagrams).as("the diagrams are found").hasSizeGreaterThanOrEqualTo(3);
        for (Resource diagram : diagrams) {
            String xml = diagram.getContentAsString(StandardCharsets.UTF_8);
            Matcher delegate = DELEGATE.matcher(xml);
            while (delegate.find()) {
                if (!PathwayBeans.DELEGATES.contains(delegate.group(1))) {
                    offTheList.add(diagram.getFilename() + ": delegate " + delegate.group(1));
                }
            }
            Matcher expression = EXPRESSION.matcher(xml);
            while (expression.find()) {
                Matcher name = NAME.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
                while (name.find()) {
                    String bean = name.group(1);
                    boolean usedAsBean = name.group(2) != null || context.containsBean(bean);
                    if (usedAsBean && !ENGINE_NAMES.contains(bean) && !PathwayBeans.NAMES.contains(bean)) {
                        offTheList.add(diagram.getFilename() + ": " + expression.group());
                    }
                }
            }
        }
        assertThat(offTheList).as("names a diagram uses that are not on PathwayBeans").isEmpty();
    }

    @Test
    void everyNameOnTheListIsABeanOfTheApplication() {
        assertThat(PathwayBeans.NAMES).allSatisfy(name -> assertThat(context.containsBean(name)).as(name).isTrue());
    }
}
