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

    /** One page of the cases the caller may see, newest first ({@code page} from 0, {@code size} up to 200), the total in {@code X-Total-Count}. */
    @Operation(summary = "List exit cases",
            description = "One page of the cases the caller may see, newest first (`page` from 0, `size` up to 200), the total in `X-Total-Count`.")
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

    /**
     * {@code {"salespersonId", "reason": "INCAPABLE" | "UNWILLING", "statement",
     * "documents": [{"name", "contentType", "content": base64}]}}; 201 with the case.
     */
    @Operation(summary = "Propose an exit",
            description = "{@code {\"salespersonId\", \"reason\": \"INCAPABLE\" | \"UNWILLING\", \"statement\", \"documents\": [{\"name\", \"contentType\", \"content\": base64}]}}; 201 with the case.")
    @POST
    @RolesAllowed(Role.Names.SALES_LEADER)
    public Response propose(String body) {
        JsonRequest request = JsonRequest.parse(body);
        Integer salespersonId = request.wholeNumber("salespersonId");
        String reason = request.text("reason");
        String statement = request.text("statement");
        List<JsonRequest> documentParts = request.objects("documents");
        request.include(documentParts).requireReadable();
        ExitReason exitReason = null;
        if (reason != null) {
            exitReason = Arrays.stream(ExitReason.values()).filter(r -> r.name().equalsIgnoreCase(reason.strip()))
                    .findFirst().orElseThrow(() -> new InvalidInputException("reason", "exit.reason.required"));
        }
        List<Evidence> documents = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; documentParts != null && i < documentParts.size(); i++) {
            JsonRequest part = documentParts.get(i);
            try {
                String content = part.text("content");
                documents.add(new Evidence(part.text("name"), part.text("contentType"),
                        content == null ? null : Base64.getDecoder().decode(content)));
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
        ExitViews.Detail proposed = exits.propose(new ExitCaseService.Proposal(
                salespersonId == null ? null : salespersonId.longValue(), exitReason, statement, documents));
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
            description = "A document: its bytes as the body, its type as Content-Type, its name as `?name=`; 201.")
    @POST
    @Path("{id}/documents")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR})
    public Response addDocument(@PathParam("id") String id, @QueryParam("name") String name,
                                @HeaderParam("Content-Type") String contentType, InputStream body) {
        return Response.status(Response.Status.CREATED)
                .entity(exits.addDocument(pathId(id), EvidenceFiles.upload(name, contentType, body))).build();
    }

    @Operation(summary = "Download an exit case's document")
    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") String id, @PathParam("documentId") String documentId) {
        return EvidenceFiles.download(exits.document(pathId(id), pathId(documentId)));
    }

    /** HR: {@code {"decision": "ACCEPT" | "RETURN" | "REJECT", "comment"}}. */
    @Operation(summary = "Review an exit case as HR",
            description = "HR: `{\"decision\": \"ACCEPT\" | \"RETURN\" | \"REJECT\", \"comment\"}`.")
    @POST
    @Path("{id}/hr-review")
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail hrReview(@PathParam("id") String id, String body) {
        return exits.hrReview(pathId(id), JsonRequest.values(body));
    }

    /** The proposer, after a return: {@code {"note"}}. */
    @Operation(summary = "Add evidence after a return", description = "The proposer, after a return: `{\"note\"}`.")
    @POST
    @Path("{id}/evidence")
    @RolesAllowed(Role.Names.SALES_LEADER)
    public ExitViews.Detail addEvidence(@PathParam("id") String id, String body) {
        return exits.addEvidence(pathId(id), JsonRequest.values(body));
    }

    /** An executive: {@code {"decision": "APPROVE" | "REJECT", "reason"}}. */
    @Operation(summary = "Approve or reject an exit",
            description = "An executive: `{\"decision\": \"APPROVE\" | \"REJECT\", \"reason\"}`.")
    @POST
    @Path("{id}/approval")
    @RolesAllowed(Role.Names.EXECUTIVE)
    public ExitViews.Detail approve(@PathParam("id") String id, String body) {
        return exits.approve(pathId(id), JsonRequest.values(body));
    }

    /** HR ticks an item: {@code {"newOwnerId"} } for a customer hand-over, {@code "note"} optional. */
    @Operation(summary = "Tick an off-boarding checklist item",
            description = "HR ticks an item: `{\"newOwnerId\"} ` for a customer hand-over, `\"note\"` optional.")
    @POST
    @Path("{id}/checklist/{itemId}")
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail tick(@PathParam("id") String id, @PathParam("itemId") String itemId, String body) {
        JsonRequest request = JsonRequest.parse(body == null || body.isBlank() ? "{}" : body);
        Integer newOwner = request.wholeNumber("newOwnerId");
        String note = request.text("note");
        request.requireReadable();
        return exits.tick(pathId(id), pathId(itemId), newOwner == null ? null : newOwner.longValue(), note);
    }

    @Operation(summary = "Close an exit case")
    @POST
    @Path("{id}/close")
    @RolesAllowed(Role.Names.HR)
    public ExitViews.Detail close(@PathParam("id") String id) {
        return exits.close(pathId(id));
    }

    /** HR, admins: {@code {"reason"}}; nothing of the case is purged until the hold is released. */
    @Operation(summary = "Place a legal hold on an exit case",
            description = "HR, admins: `{\"reason\"}`; nothing of the case is purged until the hold is released.")
    @POST
    @Path("{id}/legal-hold")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    public ExitViews.Detail placeLegalHold(@PathParam("id") String id, String body) {
        return exits.placeLegalHold(pathId(id), JsonRequest.parse(body).text("reason"));
    }

    @Operation(summary = "Release an exit case's legal hold")
    @POST
    @Path("{id}/legal-hold/release")
    @RolesAllowed({Role.Names.HR, Role.Names.ADMIN})
    public ExitViews.Detail releaseLegalHold(@PathParam("id") String id, String body) {
        return exits.releaseLegalHold(pathId(id), JsonRequest.parse(body).text("reason"));
    }

    /** {@code {"reason"}}: at any stage before closing. */
    @Operation(summary = "Cancel an exit case", description = "`{\"reason\"}`: at any stage before closing.")
    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Role.Names.SALES_LEADER, Role.Names.HR})
    public ExitViews.Detail cancel(@PathParam("id") String id, String body) {
        return exits.cancel(pathId(id), JsonRequest.parse(body).text("reason"));
    }
}
