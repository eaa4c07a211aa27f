package org.jrw.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jrw.i18n.Messages;
import org.jrw.model.BadInputException;
import org.jrw.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreferencesStoreTest {
    @TempDir
    Path dir;

    @Test
    void missingFileGivesDefaultsAndSavedPreferencesComeBack() {
        PreferencesStore store = new PreferencesStore(dir);
        assertThat(store.load()).isEqualTo(Preferences.defaults());
        Preferences p = new Preferences("en", 150, Preferences.Theme.HIGH_CONTRAST, "/data/ws",
                new Preferences.Identity("王某", Role.LEGAL_ADVISER, "某律师事务所"),
                Map.of("hearingThresholdUnitYuan", 100000L), Map.of());
        store.save(p);
        assertThat(store.load()).isEqualTo(p);
    }

    @Test
    void unknownFieldsAreKept() throws Exception {
        Files.writeString(dir.resolve(PreferencesStore.FILE), "{\"language\":\"zh\",\"futureOption\":{\"a\":1}}");
        PreferencesStore store = new PreferencesStore(dir);
        Preferences p = store.load();
        store.save(p.withIdentity(new Preferences.Identity("李某", Role.CHAIR, null)));
        assertThat(Files.readString(dir.resolve(PreferencesStore.FILE))).contains("futureOption");
    }

    @Test
    void badValuesAreNamedAndTheDefaultsUsed() throws Exception {
        Messages.setLanguage("zh");
        Files.writeString(dir.resolve(PreferencesStore.FILE), "{\"uiScalePercent\": 400}");
        PreferencesStore store = new PreferencesStore(dir);
        assertThatThrownBy(store::load).isInstanceOf(BadInputException.class).hasMessageContaining("uiScalePercent");
        assertThat(store.loadOrDefaults()).isEqualTo(Preferences.defaults());
        Files.writeString(dir.resolve(PreferencesStore.FILE), "{\"identity\": {\"role\": \"JUDGE\"}}");
        assertThatThrownBy(store::load).hasMessageContaining("identity.role");
    }
}
