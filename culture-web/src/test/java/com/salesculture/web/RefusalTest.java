package com.salesculture.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.domain.model.shared.ConflictException;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The one reading of a failure that pages and the API share, whatever wraps it on its way. */
class RefusalTest {

    @Test
    void readsTheRefusalThroughTheWrappersOfContainerAndExpressionLanguage() {
        Refusal invalid = Refusal.of(faces(new InvalidInputException("name", "program.name.required"))).orElseThrow();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("name");
            assertThat(error.message().key()).isEqualTo("program.name.required");
        });
        assertThat(Refusal.of(faces(new NotFoundException("task.notFound", "t-1"))).orElseThrow().status()).isEqualTo(404);
        assertThat(Refusal.of(faces(new ConflictException("task.claimedBy", "leo"))).orElseThrow().status()).isEqualTo(409);
        assertThat(Refusal.of(new EJBAccessException("role")).orElseThrow().status()).isEqualTo(403);
    }

    @Test
    void aLostOptimisticLockIsAConflictOnPagesAsInTheApi() {
        Refusal lost = Refusal.of(faces(new OptimisticLockException("row changed"))).orElseThrow();
        assertThat(lost.status()).isEqualTo(409);
        assertThat(lost.errors()).singleElement().satisfies(error ->
                assertThat(error.message().key()).isEqualTo("api.changedMeanwhile"));
    }

    @Test
    void aRaceLostAtAUniqueConstraintIsTheConflictOfItsRule() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        Refusal race = Refusal.of(new EJBException(new PersistenceException(unique))).orElseThrow();
        assertThat(race.status()).isEqualTo(409);
    }

    @Test
    void aDefectIsNoRefusal() {
        assertThat(Refusal.of(faces(new IllegalStateException("bug")))).isEmpty();
        assertThat(Refusal.of(new EJBException(new NullPointerException()))).isEmpty();
    }

    /** How an action's failure reaches the Faces exception handler. */
    private static RuntimeException faces(RuntimeException cause) {
        return new FacesException(new ELException(new EJBException(cause)));
    }
}
