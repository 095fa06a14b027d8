package com.tandem.server.sync;

/**
 * What a run did, per direction.
 *
 * @param createdInCrm items created in the CRM from Microsoft
 * @param updatedInCrm CRM items updated from Microsoft
 * @param deletedInCrm CRM items deleted because Microsoft deleted them
 * @param createdInMicrosoft items created in Microsoft from the CRM
 * @param updatedInMicrosoft Microsoft items updated from the CRM
 * @param deletedInMicrosoft Microsoft items deleted because the CRM deleted them
 * @param conflicts items changed on both sides
 * @param skipped items left alone because they could not be read or written (each logged)
 * @param held deletions held back for approval
 */
public record RunCounts(
    int createdInCrm,
    int updatedInCrm,
    int deletedInCrm,
    int createdInMicrosoft,
    int updatedInMicrosoft,
    int deletedInMicrosoft,
    int conflicts,
    int skipped,
    int held) {

  /** Nothing done. */
  public static final RunCounts NONE = new RunCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** Items created on either side. */
  public int created() {
    return createdInCrm + createdInMicrosoft;
  }

  /** Items updated on either side. */
  public int updated() {
    return updatedInCrm + updatedInMicrosoft;
  }

  /** Items deleted on either side. */
  public int deleted() {
    return deletedInCrm + deletedInMicrosoft;
  }
}
