namespace HrScorecard.Domain;

/// <summary>
/// Input the HR Scorecard method cannot work with. The message says what is wrong in words a user can act on;
/// <see cref="Field"/> says where, as a path relative to the object that was validated (e.g. <c>[2][0]</c> or
/// <c>target</c>), so callers can prefix their own location and show the message next to the right field.
/// </summary>
public sealed class DomainValidationException : Exception
{
    /// <summary>A problem described by <paramref name="message"/>, located at <paramref name="field"/>.</summary>
    public DomainValidationException(string message, string? field = null)
        : base(message) => Field = field;

    /// <summary>Where the problem is, relative to the validated object; null when it concerns the whole object.</summary>
    public string? Field { get; }

    /// <summary>The same problem, located one level further out (e.g. <c>"matrix"</c> + <c>"[2][0]"</c>).</summary>
    public DomainValidationException Under(string prefix) =>
        new(Message, Field is null ? prefix : Field.StartsWith('[') ? prefix + Field : $"{prefix}.{Field}");
}
