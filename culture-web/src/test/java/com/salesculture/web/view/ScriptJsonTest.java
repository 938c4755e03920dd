package com.salesculture.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    @Test
    @DisplayName("A value that would close the script block stays a string, and means the same to a JSON parser")
    void markupStaysAString() {
        String name = "</script><script>alert('x')</script> & \u2028";
        String json = ScriptJson.of(Json.createObjectBuilder().add("label", name).build());

        assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028");
        JsonObject read = Json.createReader(new StringReader(json)).readObject();
        assertThat(read.getString("label")).isEqualTo(name);
    }
}
