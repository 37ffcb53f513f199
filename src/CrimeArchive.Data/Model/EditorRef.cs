namespace CrimeArchive.Data;

/// <summary>Who made a statement or a change: the editor's account and the name they had then.
/// Statements made before accounts existed (or by the CLI without one) keep the name alone.</summary>
public class EditorRef
{
    public long? UserId { get; set; }
    public required string Name { get; set; }

    public static EditorRef Named(string name) => new() { Name = name.Trim() };

    /// <summary>An owned value belongs to one row: each statement, revision or audit line gets its own copy.</summary>
    public EditorRef Copy() => new() { UserId = UserId, Name = Name };

    public override string ToString() => Name;
}
