package dev.schedlab.scenarios.lang.check;

import dev.schedlab.scenarios.lang.syntax.Expr;
import dev.schedlab.scenarios.lang.syntax.Stmt;

import java.util.List;

/** Go's "terminating statement" rule, for "missing return". */
final class Terminating {
    private Terminating() {}

    static boolean isTerminating(Stmt s) {
        if (s instanceof Stmt.Return) return true;
        if (s instanceof Stmt.Branch b) return b.keyword().equals("goto");
        if (s instanceof Stmt.ExprStmt es) {
            return Checker.unparen(es.x()) instanceof Expr.Call c && c.fun() instanceof Expr.Ident id && id.name().equals("panic");
        }
        if (s instanceof Stmt.Block b) return endsTerminating(b.stmts());
        if (s instanceof Stmt.If i) return i.otherwise() != null && isTerminating(i.then()) && isTerminating(i.otherwise());
        if (s instanceof Stmt.For f) return f.cond() == null && !hasBreak(f.body().stmts());
        if (s instanceof Stmt.Switch sw) {
            boolean hasDefault = false;
            for (Stmt.CaseClause c : sw.clauses()) {
                hasDefault |= c.isDefault();
                if (!endsTerminating(c.body()) || hasBreak(c.body())) return false;
            }
            return hasDefault;
        }
        if (s instanceof Stmt.Labeled l) return isTerminating(l.stmt());
        return false;
    }

    private static boolean endsTerminating(List<Stmt> stmts) {
        return !stmts.isEmpty() && isTerminating(stmts.get(stmts.size() - 1));
    }

    /** An unlabeled break that targets this statement (not a nested loop or switch). */
    private static boolean hasBreak(List<Stmt> stmts) {
        for (Stmt s : stmts) if (breaks(s)) return true;
        return false;
    }

    private static boolean breaks(Stmt s) {
        if (s instanceof Stmt.Branch b) return b.keyword().equals("break");
        if (s instanceof Stmt.Block b) return hasBreak(b.stmts());
        if (s instanceof Stmt.If i) return breaks(i.then()) || (i.otherwise() != null && breaks(i.otherwise()));
        if (s instanceof Stmt.Labeled l) return breaks(l.stmt());
        return false;
    }
}
