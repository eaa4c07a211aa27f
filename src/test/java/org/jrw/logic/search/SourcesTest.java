package org.jrw.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sources are named by publisher without the collector's notes; links only to official sites. */
class SourcesTest {
    @Test
    void publisherWithoutResearchNotesAndNoMirrorLinks() {
        assertThat(Sources.publisher("北京市朝阳区应急管理局(推定,页面称“我局”)")).isEqualTo("北京市朝阳区应急管理局");
        assertThat(Sources.publisher("江门市应急管理局(典型案例,镜像页面)")).isEqualTo("江门市应急管理局");
        assertThat(Sources.publisher("(转载)决定机关:绍兴市柯桥区应急管理局")).isEqualTo("决定机关:绍兴市柯桥区应急管理局");
        assertThat(Sources.publisher("上海市应急管理局(曝光5起特种作业典型案例);决定机关:浦东新区应急管理局"))
                .isEqualTo("上海市应急管理局(曝光5起特种作业典型案例)；决定机关:浦东新区应急管理局");
        assertThat(Sources.publisher("  ")).isNull();
        assertThat(Sources.officialUrl("http://www.qufu.gov.cn/art/2023/11/10/art_18855_2752833.html")).isNotNull();
        assertThat(Sources.officialUrl("http://www.hbjcw.com.cn/bmpd/jmsyjglj/zwgk/gzdt/content/post")).isNull();
        assertThat(Sources.officialUrl("https://hepan.com/article-58968-1.html")).isNull();
        assertThat(Sources.officialUrl("not a url")).isNull();
    }
}
