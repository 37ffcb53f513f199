namespace CrimeArchive.Web.Editing.Profiles;

/// <summary>A section as the profile form posts it: an existing one by id, or a new one (no id).</summary>
public sealed record SectionFields(long? Id, string Heading, string Body);

/// <summary>What an editor writes in the profile form.</summary>
public sealed record ProfileFields(string Name, string? Lead, IReadOnlyList<SectionFields> Sections);

public enum ProfileSaveStatus { Saved, Invalid, Conflict, NotFound }

public sealed record ProfileSaveResult(ProfileSaveStatus Status, long Id = 0, uint Version = 0, string? Error = null, ProfileSnapshot? Current = null)
{
    public static ProfileSaveResult Invalid(string error) => new(ProfileSaveStatus.Invalid, Error: error);
}
