package org.lotuspathway.modeler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lotuspathway.web.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The modeler's deploy path as an API, for leads who keep the pathway in version control:
 * the same checks, 201 with the new versions, or 422 with every problem and nothing deployed.
 */
@RestController
@PreAuthorize("hasAnyRole('lead', 'camunda-admin')")
class DeploymentApiController {

    private final ModelDeployments deployments;

    DeploymentApiController(ModelDeployments deployments) {
        this.deployments = deployments;
    }

    @PostMapping(value = "/api/deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, Object>> deploy(@RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam(name = "comment", required = false) String comment, Authentication user) throws IOException {
        List<ModelFile> changed = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            changed.add(new ModelFile(ModelerNames.resourceName(file.getOriginalFilename()),
                    new String(file.getBytes(), StandardCharsets.UTF_8)));
        }
        ModelDeployments.Outcome outcome = deployments.deploy(changed, comment, user.getName());
        if (!outcome.deployed()) {
            return ResponseEntity.unprocessableEntity().body(Map.of("message",
                    "Nothing was deployed: every problem is listed", "problems", outcome.problems()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("deploymentId", outcome.deploymentId(),
                "versions", outcome.versions(), "decidedDifferently", outcome.decidedDifferently()));
    }

    /** Anything but multipart: said plainly (the JSON API's general answer would ask for JSON). */
    @PostMapping("/api/deployments")
    ResponseEntity<ApiError> notMultipart() {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(ApiError.of(415,
                "Send the files as multipart/form-data (Content-Type: multipart/form-data), each as a part named files,"
                        + " with the reason as a part named comment"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge() {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message",
                "The upload is too large: each file may be at most " + ModelSet.MAX_FILE_BYTES / 1024 / 1024
                        + " MB. Nothing was deployed."));
    }

    /** A body that says it is multipart but cannot be read as such (no boundary, cut short, garbled). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unreadable() {
        return ResponseEntity.badRequest().body(ApiError.of(400,
                "The upload could not be read as multipart/form-data: send each file as a part named files,"
                        + " and the reason as a part named comment. Nothing was deployed."));
    }
}
