package dev.schedlab.model.profile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StackProfileTest {
    /** runtime.mcall;runtime.park_m 40, ...;schedule 60, main.main 100, main.main;main.f 300. */
    static StackProfile sample() {
        StackTrie t = new StackTrie();
        int mcall = t.path(StackTrie.ROOT, t.intern("runtime.mcall", "runtime.park_m"));
        t.add(mcall, 40);
        t.add(t.child(mcall, t.intern("runtime.schedule")), 60);
        int main = t.child(StackTrie.ROOT, t.intern("main.main"));
        t.add(main, 100);
        t.add(t.child(main, t.intern("main.f")), 200);
        t.add(t.child(main, t.intern("main.f")), 100); // the same stack again: the same node
        return t.snapshot();
    }

    @Test
    void foldedLinesAreSortedStacksWithTheirTime() {
        assertThat(sample().folded()).isEqualTo("""
                main.main 100
                main.main;main.f 300
                runtime.mcall;runtime.park_m 40
                runtime.mcall;runtime.park_m;runtime.schedule 60
                """);
    }

    @Test
    void cumulativeCountsEveryStackThroughAFunctionAndFlatOnlyItsLeaf() {
        StackProfile p = sample();
        assertThat(p.totalNs()).isEqualTo(500);
        assertThat(p.cumulativeNs("runtime.mcall")).isEqualTo(100);
        assertThat(p.cumulativeShare("runtime.mcall")).isEqualTo(0.2);
        assertThat(p.flatNs("runtime.mcall")).isZero();
        assertThat(p.flatNs("main.f")).isEqualTo(300);
        assertThat(p.cumulativeNs("main.main")).isEqualTo(400);
    }

    @Test
    void theTreeMergesStacksWithTotalsAndSelfTimes() {
        StackProfile.Node root = sample().tree();
        assertThat(root.totalNs()).isEqualTo(500);
        assertThat(root.children()).extracting(StackProfile.Node::name).containsExactlyInAnyOrder("runtime.mcall", "main.main");
        StackProfile.Node main = root.children().stream().filter(n -> n.name().equals("main.main")).findFirst().orElseThrow();
        assertThat(main.totalNs()).isEqualTo(400);
        assertThat(main.selfNs()).isEqualTo(100);
        assertThat(main.children()).extracting(StackProfile.Node::name).isEqualTo(List.of("main.f"));
    }
}
