namespace CrimeArchive.Data.Accounts;

/// <summary>The roles an account can hold: editors write and curate; admins also manage accounts.</summary>
public static class EditorRoles
{
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly string[] All = [Editor, Admin];
}
