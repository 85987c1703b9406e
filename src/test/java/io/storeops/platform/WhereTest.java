package io.storeops.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void matchesEveryRowWithoutConditions() {
        Where where = new Where();

        assertThat(where.sql()).isEqualTo(" where true");
        assertThat(where.params()).isEmpty();
    }

    @Test
    void joinsConditionsWithAndAndKeepsTheirParametersInOrder() {
        Where where = new Where().and("a = ?", 1).and("b > 0").and("(c = ? or d = ?)", "x", null);

        assertThat(where.sql()).isEqualTo(" where true and a = ? and b > 0 and (c = ? or d = ?)");
        assertThat(where.params()).containsExactly(1, "x", null);
        assertThat(where.paramsAnd(50)).containsExactly(1, "x", null, 50);
    }

    @Test
    void containingMatchesWildcardsLiterally() {
        assertThat(Where.containing("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
    }
}
