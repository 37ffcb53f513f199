using System.ComponentModel.DataAnnotations;
using CrimeArchive.Data;
using CrimeArchive.Web.Editing.Articles;

namespace CrimeArchive.Web.Pages.Edit.Articles;

/// <summary>The brief form as posted. Bound, never the entity itself.</summary>
public sealed class ArticleForm
{
    [Required(ErrorMessage = "A brief needs a title."), StringLength(500)]
    public string Title { get; set; } = "";

    [StringLength(200), Display(Name = "Slug (the address; made from the title when empty)")]
    public string? Slug { get; set; }

    public ArticleKind Kind { get; set; } = ArticleKind.Brief;

    [Required, RegularExpression("^(en|es)$", ErrorMessage = "The language is English or Spanish.")]
    public string Language { get; set; } = "en";

    [StringLength(100)]
    public string? Country { get; set; }

    [StringLength(500), Display(Name = "Tags (separated by commas)")]
    public string? Tags { get; set; }

    [StringLength(200)]
    public string? Author { get; set; }

    [Display(Name = "Date of publication")]
    public DateOnly? PublishedOn { get; set; }

    [StringLength(2000)]
    public string? Lead { get; set; }

    [Required(ErrorMessage = "A brief needs a body."), StringLength(200_000), Display(Name = "Body (Markdown)")]
    public string Body { get; set; } = "";

    /// <summary>The version the form was made from: a save from an older one is a conflict.</summary>
    public uint Version { get; set; }

    [Display(Name = "Publish at (UTC)")]
    public DateTime? PublishAt { get; set; }

    public ArticleFields ToFields() => new(Title, Slug, Kind, Language, Country,
        (Tags ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Author, PublishedOn, Lead ?? "", Body);

    public static ArticleForm From(ArticleSnapshot s, uint version) => new()
    {
        Title = s.Title, Slug = s.Slug, Kind = s.Kind, Language = s.Language, Country = s.Country, Tags = string.Join(", ", s.Tags),
        Author = s.Author, PublishedOn = s.PublishedOn, Lead = s.Lead, Body = s.Body, Version = version,
        PublishAt = s.PublishAt?.UtcDateTime,
    };
}
