using System.Text;
using System.Text.Json;
using CrimeArchive.Data;

namespace CrimeArchive.Web.Editing.Profiles;

public sealed record SectionSnapshot(string Heading, string Body);

/// <summary>A profile's editable text as one revision keeps it.</summary>
public sealed record ProfileSnapshot(string Name, string Slug, string? Lead, IReadOnlyList<string> Aliases, IReadOnlyList<SectionSnapshot> Sections)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ProfileSnapshot Of(Entity e) => new(e.Name, e.Slug, e.Lead,
        [.. e.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal)],
        [.. e.Sections.OrderBy(s => s.Position).Select(s => new SectionSnapshot(s.Heading, s.BodyMarkdown))]);

    public static ProfileSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<ProfileSnapshot>(json, Json) ?? throw new JsonException("An empty profile revision");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>What differs from <paramref name="before"/>, in words for the history.</summary>
    public IReadOnlyList<string> ChangedSince(ProfileSnapshot before)
    {
        var changed = new List<string>();
        if (Name != before.Name)
            changed.Add("name");
        if (Lead != before.Lead)
            changed.Add("lead");
        changed.AddRange(Aliases.Except(before.Aliases).Select(a => $"alias '{a}' added"));
        changed.AddRange(before.Aliases.Except(Aliases).Select(a => $"alias '{a}' removed"));
        foreach (var section in Sections)
        {
            var old = before.Sections.FirstOrDefault(s => s.Heading == section.Heading);
            if (old is null)
                changed.Add($"section '{section.Heading}' added");
            else if (old.Body != section.Body)
                changed.Add($"section '{section.Heading}'");
        }
        return changed;
    }

    public string ToText()
    {
        var text = new StringBuilder();
        text.Append("name: ").Append(Name).Append('\n');
        text.Append("slug: ").Append(Slug).Append('\n');
        text.Append("aliases: ").Append(string.Join(", ", Aliases)).Append('\n');
        text.Append("[lead]\n").Append(Lead?.TrimEnd()).Append("\n\n");
        foreach (var section in Sections)
            text.Append('[').Append(section.Heading).Append("]\n").Append(section.Body.TrimEnd()).Append("\n\n");
        return text.ToString();
    }
}
