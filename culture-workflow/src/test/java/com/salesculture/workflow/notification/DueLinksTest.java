package com.salesculture.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesculture.domain.model.customer.CustomerLanguage;
import com.salesculture.domain.model.survey.InvitationMail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DueLinksTest {

    @Test
    @DisplayName("First every due invitation, then every due reminder, each once; then nothing, without asking again")
    void invitationsThenReminders() {
        Table table = new Table(ids(1, 12), new TreeSet<>(List.of(3L, 5L, 7L)), Set.of());
        DueLinks due = new DueLinks(table, 5);

        assertThat(ids(due.next())).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(ids(due.next())).containsExactly(6L, 7L, 8L, 9L, 10L);
        assertThat(ids(due.next())).containsExactly(11L, 12L);
        InvitationMailBatch.Batch reminders = due.next();
        assertThat(ids(reminders)).containsExactly(3L, 5L, 7L);
        assertThat(reminders.mails()).allSatisfy(mail -> assertThat(mail.mail().reminder()).isTrue());
        assertThat(due.next()).isNull();
        int claims = table.claims;
        assertThat(due.next()).isNull();
        assertThat(table.claims).as("a finished dispatch claims nothing more").isEqualTo(claims);
    }

    @Test
    @DisplayName("A batch that another node took first does not end the run: the next one after it is claimed")
    void batchHeldElsewhere() {
        Table table = new Table(ids(1, 10), new TreeSet<>(), Set.of(1L, 2L, 3L, 4L, 5L));
        DueLinks due = new DueLinks(table, 5);

        assertThat(ids(due.next())).containsExactly(6L, 7L, 8L, 9L, 10L);
        assertThat(due.next()).isNull();
    }

    @Test
    @DisplayName("Senders at once each get runs of consecutive invitations, apart from one another, and all of them once")
    void sendersAtOnce() throws Exception {
        Table table = new Table(ids(1, 1_000), new TreeSet<>(), Set.of());
        DueLinks due = new DueLinks(table, 50);
        List<List<Long>> batches = Collections.synchronizedList(new ArrayList<>());
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                running.add(senders.submit(() -> {
                    for (InvitationMailBatch.Batch batch; (batch = due.next()) != null; ) {
                        batches.add(ids(batch));
                    }
                }));
            }
            for (Future<?> sender : running) {
                sender.get();
            }
        } finally {
            senders.shutdown();
        }

        assertThat(batches).hasSize(20).allSatisfy(batch -> assertThat(batch.get(batch.size() - 1) - batch.get(0))
                .as("consecutive").isEqualTo(batch.size() - 1));
        assertThat(batches.stream().flatMap(List::stream).sorted().toList()).isEqualTo(ids(1, 1_000).stream().toList());
    }

    /** Due invitations and reminders as the database keeps them: a claimed one is no longer due. */
    private static final class Table implements DueLinks.Claim {

        private final SortedSet<Long> invitations;
        private final SortedSet<Long> reminders;
        private final Set<Long> takenByAnotherNode;
        private int claims;

        Table(SortedSet<Long> invitations, SortedSet<Long> reminders, Set<Long> takenByAnotherNode) {
            this.invitations = invitations;
            this.reminders = reminders;
            this.takenByAnotherNode = takenByAnotherNode;
        }

        @Override
        public synchronized InvitationMailBatch.Batch claim(boolean reminder, long afterId, int limit) {
            claims++;
            SortedSet<Long> due = (reminder ? reminders : invitations).tailSet(afterId + 1);
            List<Long> page = due.stream().limit(limit).toList();
            page.forEach(due::remove);
            List<InvitationMailBatch.LinkMail> held = page.stream().filter(id -> !takenByAnotherNode.contains(id))
                    .map(id -> new InvitationMailBatch.LinkMail(new InvitationMail(id, reminder, "c" + id + "@example.com",
                            "Customer", CustomerLanguage.EN, "Seller", Instant.EPOCH), "token-" + id)).toList();
            return new InvitationMailBatch.Batch(held, page.size() < limit ? 0 : page.get(page.size() - 1));
        }
    }

    private static SortedSet<Long> ids(long from, long to) {
        return new TreeSet<>(LongStream.rangeClosed(from, to).boxed().toList());
    }

    private static List<Long> ids(InvitationMailBatch.Batch batch) {
        return batch.mails().stream().map(mail -> mail.mail().invitationId()).toList();
    }
}
