package dev.schedlab.views.board;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TokenAnimatorTest {
    @Test void aTokenThatChangedPlaceGlidesEasedFromWhereItWasToWhereItGoes() {
        TokenAnimator animator = new TokenAnimator();
        animator.jump(List.of(new Token(7, TokenKind.RUNNABLE, 0, 0, 10)));
        animator.retarget(List.of(new Token(7, TokenKind.RUNNING, 100, 50, 20)), 1.0, 0.5);

        assertThat(animator.tokensAt(1.0).get(0)).extracting(Token::x, Token::y).containsExactly(0.0, 0.0);
        Token half = animator.tokensAt(1.25).get(0);
        assertThat(half.x()).isCloseTo(50, within(1e-9));
        assertThat(animator.tokensAt(1.1).get(0).x()).as("eased: slow start").isLessThan(20);
        assertThat(animator.tokensAt(1.5).get(0)).extracting(Token::x, Token::y, Token::size, Token::kind)
                .containsExactly(100.0, 50.0, 20.0, TokenKind.RUNNING);
        assertThat(animator.moving(1.4)).isTrue();
        assertThat(animator.moving(1.5)).isFalse();
    }

    @Test void aRetargetMidGlideStartsFromTheDrawnPosition() {
        TokenAnimator animator = new TokenAnimator();
        animator.jump(List.of(new Token(1, TokenKind.RUNNABLE, 0, 0, 10)));
        animator.retarget(List.of(new Token(1, TokenKind.RUNNABLE, 100, 0, 10)), 0, 1);
        animator.retarget(List.of(new Token(1, TokenKind.RUNNABLE, 100, 100, 10)), 0.5, 1);

        assertThat(animator.tokensAt(0.5).get(0).x()).isCloseTo(50, within(1e-9));
    }

    @Test void aNewTokenAppearsInPlace() {
        TokenAnimator animator = new TokenAnimator();
        animator.retarget(List.of(new Token(3, TokenKind.WAITING, 40, 30, 10)), 2, 1);

        assertThat(animator.tokensAt(2).get(0)).extracting(Token::x, Token::y).containsExactly(40.0, 30.0);
    }
}
