package org.jrw.logic.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Word files written as the enforcement system prints them (one paragraph per line). */
public final class IntakeFixtures {
    private IntakeFixtures() {
    }

    public static Path docx(Path file, List<String> paragraphs) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
        }
        return file;
    }

    public static Path docx(Path file, String text) throws IOException {
        return docx(file, text.lines().toList());
    }

    /** A decision of a fictional unit with the given fine wording. */
    public static String decision(String number, String fine) {
        return """
                渭南市某某区应急管理局
                行政处罚决定书
                %s
                被处罚单位：渭南某某建材有限公司
                统一社会信用代码：91610502MA6Y3K8T4N
                住所：渭南市某某区某某路88号
                法定代表人：刘某军
                经查，你单位未按规定对从业人员进行安全生产教育和培训，3名新入职员工未经培训即上岗作业。
                以上事实有现场检查记录、询问笔录等证据为证。
                你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定。
                依据《中华人民共和国安全生产法》第九十七条第三项的规定，决定给予你单位罚款%s的行政处罚。
                渭南市某某区应急管理局
                2024年6月20日
                """.formatted(number, fine);
    }

    public static String notice(String fine) {
        return """
                渭南市某某区应急管理局
                行政处罚告知书
                渭某应急罚告〔2024〕8号
                渭南某某建材有限公司：
                经查，你单位未按规定对从业人员进行安全生产教育和培训。
                你单位的上述行为违反了《中华人民共和国安全生产法》第二十八条第一款的规定，依据《中华人民共和国安全生产法》第九十七条第三项的规定，我局拟对你单位作出罚款%s的行政处罚。
                联系人：张某 地址：渭南市某某区政务大厦3楼
                渭南市某某区应急管理局
                2024年6月10日
                """.formatted(fine);
    }
}
