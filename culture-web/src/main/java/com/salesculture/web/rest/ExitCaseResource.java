package com.salesculture.web.rest;

import static com.salesculture.web.rest.QueryParameters.pathId;

import com.salesculture.domain.model.exit.ExitReason;
import com.salesculture.domain.model.exit.ExitStage;
import com.salesculture.domain.model.people.Role;
import com.salesculture.domain.model.shared.FieldError;
import com.salesculture.domain.model.shared.InvalidInputException;
import com.salesculture.domain.model.shared.PageRequest;
import com.salesculture.workflow.application.Evidence;
import com.salesculture.workflow.application.exit.ExitCaseService;
import com.salesculture.workflow.application.exit.ExitViews;
import com.salesculture.workflow.process.ApprovalForm;
import com.salesculture.workflow.process.ExitEvidenceForm;
import com.salesculture.workflow.process.ExitHrReviewForm;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Exit cases: propose one (with evidence attached automatically, plus documents), work its steps,
 * the offboarding checklist, closing and cancelling. Visible only to HR, the proposer, the deciding
 * executive, auditors and admins (403 for anyone else).
 */
@Path("exit-cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// ExitCaseService's roles, checked before the body is read
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.SALES_LEADER, Role.Names.HR, Role.Names.AUDITOR, Role.Names.ADMIN})
public class ExitCaseResource {

    @EJB
    private ExitCaseService exits;

    /**
     * One page of the cases the caller may see, newest first ({@code page} from 0, {@code size} up to 200), the
     * total in {@code X-Total-Count}.
     */
    @Operation(summary = "List exit cases",
            description = "One page of the cases the caller may see, newest first (`page` from 0, `size` up to 200), "
                    + "the total in `X-Total-Count`.")
    @APIResponse(responseCode = "200", description = "One page of exit cases",
            headers = @Header(name = "X-Total-Count", description = "How many cases the caller may see in all",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ExitViews.Summary.class)))
    @GET
    public Response list(@QueryParam("stage") String stage, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        String chosen = parameters.choice("stage", stage == null ? null : stage.toUpperCase(Locale.ROOT), null,
                Arrays.stream(ExitStage.values()).map(Enum::name).toArray(String[]::new));
        PageRequest request = parameters.page(page, size);
        parameters.throwIfInvalid();
        return QueryParameters.paged(exits.list(chosen == null ? null : ExitStage.valueOf(chosen), request));
    }

    /** A document sent with a proposal: its name, its type, and its bytes in base64. */
    @Schema(example = "{\"name\": \"coaching-notes.txt\", \"contentType\": \"text/plain\", "
            + "\"content\": \"Q29hY2hpbmcgbm90ZXMgb2YgMyBNYXJjaA==\"}")
    public record EncodedDocument(String name, String contentType, String content) {
    }

    /** A sales leader's exit proposal: the salesperson, INCAPABLE or UNWILLING, a statement, and documents. */
    @Schema(example = "{\"salespersonId\": 42, \"reason\": \"UNWILLING\", "
            + "\"statement\": \"Refused the agreed recovery actions twice, in writing\", \"documents\": [{\"name\": "
            + "\"coaching-notes.txt\", \"contentType\": \"text/plain\", \"content\": \"Q29hY2hpbmcgbm90ZXMgb2YgMyBNYXJjaA==\"}]}")
    public record ExitProposal(Long salespersonId, String reason, String statement, List<EncodedDocument> documents) {
    }

    /**
     * Proposes an exit ({@code reason} INCAPABLE or UNWILLING); 201 with the case. Errors of a document name
     * {@code documents[n].field}.
     */
    @Operation(summary = "Propose an exit",
            description = "Proposes an exit (`reason` INCAPABLE or UNWILLING), with the documents' bytes in base64; 201 with "
                    + "the case. Errors of a document name `documents[n].field`.")
    @APIResponse(responseCode = "201", description = "Proposed; `Location` names the case",
            content = @Content(schema = @Schema(implementation = ExitViews.Detail.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.SALES_LEADER)
    public Response propose(ExitProposal proposal) {
        ExitReason exitReason = null;
        if (proposal.reason() != null) {
            exitReason = Arrays.stream(ExitReason.values()).filter(r -> r.name().equalsIgnoreCase(proposal.reason().strip()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("reason", "exit.reason.required"));
        }
        List<EncodedDocument> parts = proposal.documents() == null ? List.of() : proposal.documents();
        List<Evidence> documents = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            EncodedDocument part = parts.get(i);
            try {
                documents.add(new Evidence(part.name(), part.contentType(),
                        part.content() == null ? null : Base64.getDecoder().decode(part.content())));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("documents[" + i + "].content", "exit.document.base64"));
            } catch (InvalidInputException e) {
                String prefix = "documents[" + i + "].";
                e.errors().forEach(error -> errors.add(new FieldError(prefix + error.field(), error.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ExitViews.Detail proposed = exits.propose(new ExitCaseService.Proposal(proposal.salespersonId(), exitReason,
                proposal.statement(), documents));
        return Response.created(UriBuilder.fromResource(ExitCaseResource.class).path("{id}")
                .build(proposed.summary().id())).entity(proposed).build();
    }

    @Operation(summary = "Read an exit case")
    @GET
    @Path("{id}")
    public ExitViews.Detail get(@PathParam("id") String id) {
        return exits.get(pathId(id));
    }

    /** A document: its bytes as the body, its type as Content-Type, its name as {@code ?name=}; 201. */
    @Operation(summary = "Add a document to an exit case",
            description = "A document: its bytes as the body, its type as Content-Type (PDF, PNG, JPEG, Word, Excel, plain "
                    + "text or CSV), its name as `?name=`. At most 10 MB; the bytes must match the type. 201.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = ExitViews.Document.class)))
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR})
    public Response addDocument(@PathParam("id") String id, @QueryParam("name") String name,
                                @HeaderParam("Content-Type") String contentType,
                                @RequestBody(content = @Content(mediaType = MediaType.WILDCARD,
                                        schema = @Schema(type = SchemaType.STRING, format = "binary")))
                                InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(exits.addDocument(pathId(id), EvidenceFiles.upload(name, contentType, body))).build();
    }

    @Operation(summary = "Download an exit case's document")
    @APIResponse(responseCode = "200", description = "The file, as the type it was added as (never rendered inline)",
            headers = @Header(name = "Content-Disposition", description = "`attachment`, with the file's name",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.WILDCARD, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return EvidenceFiles.download(exits.document(pathId(id), pathId(documentId)));
    }

    /** HR accepts, returns (for more evidence) or rejects; the latter two with a comment. */
    @Operation(summary = "Review an exit case as HR",
            description = "HR accepts, returns (for more evidence) or rejects the case; the latter two with a comment.")
    @POST
    @Path("{id}/hr-review")
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail hrReview(@PathParam("id") String id,
                                     @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                             schema = @Schema(implementation = ExitHrReviewForm.class),
                                             examples = @ExampleObject(name = "return", value = "{\"decision\": \"RETURN\", "
                                                     + "\"comment\": \"Please add the coaching notes of March\"}")))
                                     String body) {
        return exits.hrReview(pathId(id), JsonRequest.values(body));
    }

    /** The proposer, after a return: a note on what was added. */
    @Operation(summary = "Add evidence after a return",
            description = "The proposer, after a return: a note on what was added (documents go to the case).")
    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ExitViews.Detail addEvidence(@PathParam("id") String id,
                                        @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                                schema = @Schema(implementation = ExitEvidenceForm.class),
                                                examples = @ExampleObject(name = "note", value = "{\"note\": "
                                                        + "\"Added the coaching notes of March and the signed plan\"}")))
                                        String body) {
        return exits.addEvidence(pathId(id), JsonRequest.values(body));
    }

    /** An executive approves or rejects the exit; a rejection says why. */
    @Operation(summary = "Approve or reject an exit",
            description = "An executive approves or rejects the exit; a rejection says why.")
    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.EXECUTIVE)
    public ExitViews.Detail approve(@PathParam("id") String id,
                                    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                            schema = @Schema(implementation = ApprovalForm.class),
                                            examples = @ExampleObject(name = "rejection", value = "{\"decision\": \"REJECT\", "
                                                    + "\"reason\": \"The recovery plan ran for two weeks only\"}")))
                                    String body) {
        return exits.approve(pathId(id), JsonRequest.values(body));
    }

    /** An off-boarding checklist item ticked: the salesperson taking a customer on, and a note. */
    @Schema(example = "{\"newOwnerId\": 17, \"note\": \"Introduced to the customer in a joint call\"}")
    public record ChecklistTick(Long newOwnerId, String note) {
    }

    /** HR ticks an item: {@code newOwnerId} for a customer hand-over, {@code note} optional (an empty body ticks it). */
    @Operation(summary = "Tick an off-boarding checklist item",
            description = "HR ticks an item: `newOwnerId` for a customer hand-over, `note` optional (an empty body ticks it).")
    @POST
    @Path("{id}/checklist/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail tick(@PathParam("id") String id, @PathParam("itemId") String itemId, ChecklistTick tick) {
        return exits.tick(pathId(id), pathId(itemId), tick.newOwnerId(), tick.note());
    }

    @Operation(summary = "Close an exit case")
    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail close(@PathParam("id") String id) {
        return exits.close(pathId(id));
    }

    /** HR, admins, with a reason; nothing of the case is purged until the hold is released. */
    @Operation(summary = "Place a legal hold on an exit case",
            description = "HR, admins, with a reason; nothing of the case is purged until the hold is released.")
    @POST
    @Path("{id}/legal-hold")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    public ExitViews.Detail placeLegalHold(@PathParam("id") String id, Reason request) {
        return exits.placeLegalHold(pathId(id), request.reason());
    }

    @Operation(summary = "Release an exit case's legal hold", description = "HR, admins, with a reason.")
    @POST
    @Path("{id}/legal-hold/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    public ExitViews.Detail releaseLegalHold(@PathParam("id") String id, Reason request) {
        return exits.releaseLegalHold(pathId(id), request.reason());
    }

    /** With a reason, at any stage before closing. */
    @Operation(summary = "Cancel an exit case", description = "With a reason, at any stage before closing.")
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR})
    public ExitViews.Detail cancel(@PathParam("id") String id, Reason request) {
        return exits.cancel(pathId(id), request.reason());
    }
}
