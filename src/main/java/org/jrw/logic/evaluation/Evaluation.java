package org.jrw.logic.evaluation;

import java.util.List;

/**
 * The result of evaluating one case file (案卷评查): total score, grade, whether a veto item
 * (否决项) failed it, and every item with its points, reason and basis.
 */
public record Evaluation(String caseId, String caseNumber, String modelId, int score, Grade grade, boolean vetoed,
                         List<Item> items) {

    /** The grade of a file. */
    public enum Grade {
        EXCELLENT("优秀"), PASS("合格"), FAIL("不合格");

        private final String label;

        Grade(String label) {
            this.label = label;
        }

        /** The grade as the CLI contract writes it: 优秀, 合格 or 不合格. */
        public String label() {
            return label;
        }

        public static Grade ofLabel(String s) {
            for (Grade g : values()) {
                if (g.label.equals(s) || g.name().equals(s)) {
                    return g;
                }
            }
            throw new IllegalArgumentException(s);
        }
    }

    /** Kind of item: a weighted scoring item or a veto item. */
    public enum Kind { SCORE, VETO }

    /**
     * One evaluation item. For a scoring item {@code points} of {@code maxPoints} with the
     * deductions that explain the difference; for a veto item {@code hit} says whether it failed
     * the file (points and maxPoints are 0).
     */
    public record Item(String id, Kind kind, String category, String name, int points, int maxPoints, boolean hit,
                       String reason, String basis, List<Deduction> deductions, List<String> refs) {
    }

    /**
     * One deduction or veto cause: the finding code or rule id behind it, the points taken, the
     * reason, its basis and the ids (violation, document, evidence, party) concerned.
     */
    public record Deduction(String code, int points, String reason, String basis, List<String> refs) {
    }

    public List<Item> vetoesHit() {
        return items.stream().filter(i -> i.kind() == Kind.VETO && i.hit()).toList();
    }

    public List<Item> scoringItems() {
        return items.stream().filter(i -> i.kind() == Kind.SCORE).toList();
    }
}
