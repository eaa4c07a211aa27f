package org.jrw.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records whose equality is written out by hand (CaseSummary, Dossier: their generated equals
 * cost the window's start) compare every component, as a record's generated equals does: a new
 * component left out of equals fails here.
 */
class RecordEqualityTest {
    private static Object[] components(Record r) throws Exception {
        RecordComponent[] rc = r.getClass().getRecordComponents();
        Object[] v = new Object[rc.length];
        for (int i = 0; i < rc.length; i++) {
            v[i] = rc[i].getAccessor().invoke(r);
        }
        return v;
    }

    private static Record make(Class<?> type, Object[] values) throws Exception {
        RecordComponent[] rc = type.getRecordComponents();
        Class<?>[] types = new Class<?>[rc.length];
        for (int i = 0; i < rc.length; i++) {
            types[i] = rc[i].getType();
        }
        Constructor<?> c = type.getDeclaredConstructor(types);
        return (Record) c.newInstance(values);
    }

    /** A value of the component's type that differs from {@code v}. */
    private static Object other(Class<?> type, Object v) {
        if (type == int.class) {
            return (Integer) v + 1;
        }
        if (type == String.class) {
            return v == null ? "其他" : v + "其他";
        }
        if (type == List.class) {
            List<Object> l = new ArrayList<>((List<?>) v);
            if (l.isEmpty()) {
                l.add("其他");
            } else {
                l.remove(0);
            }
            return l;
        }
        return v == null ? Extra.NONE : null; // CaseInfo, Extra: present or absent
    }

    private static void assertEveryComponentCounts(Record r) throws Exception {
        Object[] v = components(r);
        Record same = make(r.getClass(), v.clone());
        assertThat(same).isEqualTo(r).hasSameHashCodeAs(r);
        assertThat(r).isNotEqualTo(null).isNotEqualTo("text");
        RecordComponent[] rc = r.getClass().getRecordComponents();
        for (int i = 0; i < v.length; i++) {
            Object[] changed = v.clone();
            changed[i] = other(rc[i].getType(), v[i]);
            Record d = make(r.getClass(), changed);
            assertThat(d).as(rc[i].getName()).isNotEqualTo(r);
            assertThat(r).as(rc[i].getName()).isNotEqualTo(d);
        }
    }

    @Test
    void caseSummaryComparesEveryComponent() throws Exception {
        assertEveryComponentCounts(new CaseSummary("c1", "西应急罚〔2024〕37号", "标题", "已结案", "未央区", "工贸",
                "西安市应急管理局"));
        assertEveryComponentCounts(new CaseSummary(null, null, null, null, null, null, null));
    }

    @Test
    void dossierComparesEveryComponent() throws Exception {
        Dossier d = org.jrw.codec.DossierCodec.read(org.jrw.testing.TestPackages.valid("西应急罚〔2024〕1号").manifest)
                .withCaseId("c1");
        assertThat(d.parties()).isNotEmpty();
        assertEveryComponentCounts(d);
        Dossier again = org.jrw.codec.DossierCodec.read(org.jrw.testing.TestPackages.valid("西应急罚〔2024〕1号").manifest)
                .withCaseId("c1");
        assertThat(again).isEqualTo(d).hasSameHashCodeAs(d);
    }
}
