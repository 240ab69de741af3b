namespace HrScorecard.Domain.Scoring;

/// <summary>The colour a score is shown in. <see cref="NoData"/> marks a KPI without an actual, never a 0 score.</summary>
public enum TrafficLight
{
    /// <summary>Below the yellow threshold: act now.</summary>
    Red,

    /// <summary>Between the thresholds: watch.</summary>
    Yellow,

    /// <summary>At or above the green threshold: on track.</summary>
    Green,

    /// <summary>No actual for the period (for a parent: none of its KPIs has one).</summary>
    NoData,
}

/// <summary>
/// Traffic-light thresholds on the % score scale: red &lt; <see cref="YellowFrom"/> ≤ yellow &lt; <see cref="GreenFrom"/> ≤ green.
/// </summary>
public sealed record Thresholds
{
    // Scores are products and quotients of doubles: 0.8 / 1 × 100 may come out as 79.99999999999999.
    private const double BoundaryTolerance = 1e-9;

    /// <summary>Thresholds on the % scale; 0 ≤ yellowFrom ≤ greenFrom.</summary>
    public Thresholds(double yellowFrom, double greenFrom)
    {
        if (!double.IsFinite(yellowFrom) || yellowFrom < 0)
            throw new DomainValidationException(Messages.Format("The yellow threshold must be a number of at least 0, but is {0}.", yellowFrom), "yellowFrom");
        if (!double.IsFinite(greenFrom) || greenFrom < yellowFrom)
            throw new DomainValidationException(
                Messages.Format("The green threshold ({0}) must be a number no lower than the yellow threshold ({1}).", greenFrom, yellowFrom), "greenFrom");
        YellowFrom = yellowFrom;
        GreenFrom = greenFrom;
    }

    /// <summary>Lowest score shown yellow.</summary>
    public double YellowFrom { get; }

    /// <summary>Lowest score shown green.</summary>
    public double GreenFrom { get; }

    /// <summary>Red &lt; 60 ≤ yellow &lt; 80 ≤ green (Putri &amp; Handayani 2015, seed 003).</summary>
    public static Thresholds Default { get; } = new(60, 80);

    /// <summary>OMAX: levels 0–3 red, 4–7 yellow, 8–10 green, i.e. 40 and 80 on the % scale (level × 10).</summary>
    public static Thresholds Omax { get; } = new(40, 80);

    /// <summary>The light of a score; <see cref="TrafficLight.NoData"/> for null.</summary>
    public TrafficLight Classify(double? score) => score switch
    {
        null => TrafficLight.NoData,
        var s when s >= GreenFrom - BoundaryTolerance => TrafficLight.Green,
        var s when s >= YellowFrom - BoundaryTolerance => TrafficLight.Yellow,
        _ => TrafficLight.Red,
    };
}
