namespace CrimeArchive.Import.Importing;

/// <summary>What finds captures of one piece whatever their chrome: a hash of the first paragraph of
/// the body, normalized. The newsroom's own briefs get one too, so a later capture of a brief joins it.</summary>
public static class LeadFingerprint
{
    public static string Of(string firstParagraph) => ArticleWriter.Fingerprint(firstParagraph);
}
