using Microsoft.AspNetCore.Identity;

namespace CrimeArchive.Data.Accounts;

/// <summary>A newsroom member's sign-in. The e-mail address is the user name; the display name is
/// what statements and revisions show as who made them.</summary>
public class EditorAccount : IdentityUser<long>
{
    public required string DisplayName { get; set; }
    /// <summary>Set when the password was handed out (by the CLI or an admin): the editor must choose
    /// their own before doing anything else.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public EditorRef AsEditor() => new() { UserId = Id, Name = DisplayName };
}
