namespace HrScorecard.Domain.Surveys;

/// <summary>
/// Plain-words reading of Cronbach's α after George &amp; Mallery (2003), "SPSS for Windows step by step", p. 231:
/// ≥ .9 excellent, ≥ .8 good, ≥ .7 acceptable, ≥ .6 questionable, ≥ .5 poor, below .5 unacceptable.
/// </summary>
public enum ReliabilityVerdict
{
    /// <summary>α below 0.5.</summary>
    Unacceptable,

    /// <summary>0.5 ≤ α &lt; 0.6.</summary>
    Poor,

    /// <summary>0.6 ≤ α &lt; 0.7.</summary>
    Questionable,

    /// <summary>0.7 ≤ α &lt; 0.8.</summary>
    Acceptable,

    /// <summary>0.8 ≤ α &lt; 0.9.</summary>
    Good,

    /// <summary>α of 0.9 and above.</summary>
    Excellent,
}
