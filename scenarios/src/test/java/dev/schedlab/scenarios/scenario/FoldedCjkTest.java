package dev.schedlab.scenarios.scenario;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FoldedCjkTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a line break inside a Chinese sentence, and after full-width punctuation
            "把 P0 的队列 偷走了一半。 然后运行。| 把 P0 的队列偷走了一半。然后运行。",
            "保留最近的 32 个， 并在下一次分配前| 保留最近的 32 个，并在下一次分配前",
            // spaces between Chinese and Latin words are the writer's
            "P0 的 runnext 槽位| P0 的 runnext 槽位",
            "它以原因 \"sleep\" 停放| 它以原因 \"sleep\" 停放",
            "English text stays as it is.| English text stays as it is.",
    })
    void removesOnlyTheSpacesFoldingPutBetweenChineseCharacters(String folded, String expected) {
        assertThat(FoldedCjk.unfold(folded)).isEqualTo(expected.strip());
    }
}
