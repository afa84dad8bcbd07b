/**
 * Directory (ทะเบียน อปท.): the 77 provinces, their districts, and the Local Administrative Organizations that own
 * carbon credits. Other modules use {@link th.dla.carbon.directory.Directory} to look up an LAO or a province; the
 * DLA open-data file is loaded through {@link th.dla.carbon.directory.DirectoryImport}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package th.dla.carbon.directory;
