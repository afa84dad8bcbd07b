package th.dla.carbon.platform.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The local-disk storage unless the deployment provides another {@link DocumentStorage}. */
@Configuration(proxyBeanMethods = false)
class DocumentStorageConfiguration {

  private static final Log log = LogFactory.getLog(DocumentStorageConfiguration.class);

  /** {@code carbon.documents.dir} empty: a throw-away temporary directory (the tests' setting). */
  @Bean
  @ConditionalOnMissingBean(DocumentStorage.class)
  LocalDiskDocumentStorage localDiskDocumentStorage(@Value("${carbon.documents.dir:}") String dir) throws IOException {
    Path root = dir.isBlank() ? Files.createTempDirectory("carbon-documents-") : Path.of(dir);
    Files.createDirectories(root);
    LocalDiskDocumentStorage storage = new LocalDiskDocumentStorage(root);
    log.info("Uploaded documents are stored in " + storage.root());
    return storage;
  }
}
