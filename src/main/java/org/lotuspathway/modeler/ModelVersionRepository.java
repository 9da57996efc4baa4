package org.lotuspathway.modeler;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModelVersionRepository extends JpaRepository<ModelVersion, Long> {

    Optional<ModelVersion> findByDeploymentId(String deploymentId);
}
