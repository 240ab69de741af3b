using HrScorecard.Domain.Scoring;
using Microsoft.AspNetCore.Identity;

namespace HrScorecard.Web.Data;

public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The UI culture the user chose ("en-US", "id-ID"); null follows the browser's language.</summary>
    public string? PreferredCulture { get; set; }
}

/// <summary>Entities two people may edit at once: <see cref="Version"/> changes on every save (optimistic concurrency).</summary>
public interface IVersioned
{
    Guid Version { get; set; }
}

public enum ScorecardStatus { Draft, Active, Archived }

public sealed class Scorecard : IVersioned
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string OrganisationUnit { get; set; } = "";
    public string? Description { get; set; }
    public double YellowFrom { get; set; } = 60;
    public double GreenFrom { get; set; } = 80;
    public double? ScoreCap { get; set; }
    public ScorecardStatus Status { get; set; } = ScorecardStatus.Draft;
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }

    /// <summary>
    /// Counts the saved changes to anything the scorecard's figures are computed from (its nodes, KPIs, periods,
    /// targets, actuals, weights, actions): renewed with every audited change, so a cached evaluation keyed by it is
    /// never stale on any instance. Not a concurrency token: editing a KPI must not conflict with the scorecard form.
    /// </summary>
    public long DataRevision { get; set; }
    public List<ScorecardNode> Nodes { get; set; } = [];
    public List<ReportingPeriod> Periods { get; set; } = [];
}

/// <summary>A reporting period such as "2022" or "2023 Q1". Locked once its report is published.</summary>
public sealed class ReportingPeriod : IVersioned
{
    public int Id { get; set; }
    public int ScorecardId { get; set; }
    public Scorecard? Scorecard { get; set; }
    public string Name { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public bool IsLocked { get; set; }
    public Guid Version { get; set; }
}

/// <summary>
/// A node of the scorecard tree: the root is the goal, below it perspectives, objectives, programmes; leaves carry a
/// <see cref="Kpi"/>. Siblings are ordered by <see cref="Position"/>.
/// </summary>
public sealed class ScorecardNode : IVersioned
{
    public int Id { get; set; }
    public int ScorecardId { get; set; }
    public Scorecard? Scorecard { get; set; }
    public int? ParentId { get; set; }
    public ScorecardNode? Parent { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int Position { get; set; }
    public Guid Version { get; set; }
    public Kpi? Kpi { get; set; }
    public List<ScorecardNode> Children { get; set; } = [];
}

public enum IndicatorType { Lag, Lead }

/// <summary>The KPI definition of a leaf node (1:1, keyed by the node).</summary>
public sealed class Kpi : IVersioned
{
    public int NodeId { get; set; }
    public ScorecardNode? Node { get; set; }
    public int ScorecardId { get; set; }
    public Scorecard? Scorecard { get; set; }
    public string Code { get; set; } = "";
    public string Unit { get; set; } = "";
    public ScoringMethod Method { get; set; }
    public IndicatorType IndicatorType { get; set; }
    public string? DataSource { get; set; }
    public double? YellowFrom { get; set; }
    public double? GreenFrom { get; set; }
    /// <summary>OMAX ladder, levels 0–10; empty unless <see cref="Method"/> is OMAX.</summary>
    public List<double> OmaxLevels { get; set; } = [];
    /// <summary>Where the actual comes from: typed per period, or computed from <see cref="SubPeriodValue"/>s.</summary>
    public KpiFeed Feed { get; set; }
    /// <summary>Aggregation of the single sub-period value, or of the numerator of a ratio; null for a direct feed.</summary>
    public SubPeriodAggregation? Aggregation { get; set; }
    public SubPeriodAggregation? DenominatorAggregation { get; set; }
    /// <summary>Ratio = numerator / denominator × factor (100 for a percentage).</summary>
    public double? RatioFactor { get; set; }
    public string? NumeratorName { get; set; }
    public string? DenominatorName { get; set; }
    public Guid Version { get; set; }
}

public enum KpiFeed { Direct, SubPeriods, Ratio }

public enum SubPeriodComponent { Value, Numerator, Denominator }

/// <summary>
/// One value of one sub-period (month 1 = the period's first month) of a KPI fed by sub-periods. The KPI's
/// <see cref="KpiActual"/> for the period holds their aggregate, so scoring reads actuals only.
/// </summary>
public sealed class SubPeriodValue
{
    public int Id { get; set; }
    public int KpiNodeId { get; set; }
    public Kpi? Kpi { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    public int SubPeriod { get; set; }
    public SubPeriodComponent Component { get; set; }
    public double Value { get; set; }
}

public sealed class KpiTarget : IVersioned
{
    public int Id { get; set; }
    public int KpiNodeId { get; set; }
    public Kpi? Kpi { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    public double Value { get; set; }
    public Guid Version { get; set; }
}

public sealed class KpiActual : IVersioned
{
    public int Id { get; set; }
    public int KpiNodeId { get; set; }
    public Kpi? Kpi { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    public double? Value { get; set; }
    public string? Comment { get; set; }
    public Guid Version { get; set; }
}

public enum WeightingMethod { Direct, Pairwise }

/// <summary>
/// The local weights of a parent's children, in force from <see cref="EffectiveFromPeriodId"/> on (null: from the
/// start). Versioned so that a published period keeps the weights it was reported with.
/// </summary>
public sealed class NodeWeighting : IVersioned
{
    public int Id { get; set; }
    public int ScorecardId { get; set; }
    public Scorecard? Scorecard { get; set; }
    public int ParentNodeId { get; set; }
    public ScorecardNode? ParentNode { get; set; }
    public int? EffectiveFromPeriodId { get; set; }
    public ReportingPeriod? EffectiveFromPeriod { get; set; }
    public WeightingMethod Method { get; set; }
    /// <summary>Where the weights came from, e.g. "Entered by HR" or "Weighting round 3".</summary>
    public string Source { get; set; } = "";
    public Guid Version { get; set; }
    /// <summary>Direct weights, one per child.</summary>
    public List<ChildWeight> ChildWeights { get; set; } = [];
    /// <summary>Pairwise judgments, one per pair of children (row child more important by Value).</summary>
    public List<PairwiseJudgment> Judgments { get; set; } = [];
}

public sealed class ChildWeight
{
    public int Id { get; set; }
    public int NodeWeightingId { get; set; }
    public NodeWeighting? NodeWeighting { get; set; }
    public int ChildNodeId { get; set; }
    public ScorecardNode? ChildNode { get; set; }
    public double Weight { get; set; }
}

public sealed class PairwiseJudgment
{
    public int Id { get; set; }
    public int NodeWeightingId { get; set; }
    public NodeWeighting? NodeWeighting { get; set; }
    public int RowNodeId { get; set; }
    public ScorecardNode? RowNode { get; set; }
    public int ColumnNodeId { get; set; }
    public ScorecardNode? ColumnNode { get; set; }
    public double Value { get; set; }
}

/// <summary>One recorded change: who changed what, when, from what to what. Times are UTC.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string User { get; set; } = "";
    public int? ScorecardId { get; set; }
    public int? NodeId { get; set; }
    public int? PeriodId { get; set; }
    public string Entity { get; set; } = "";
    public string Field { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
}

public enum RoundStatus { Open, Applied, Closed }

/// <summary>
/// An online weighting round: directors answer pairwise questionnaires for every parent with two or more children;
/// HR applies the aggregated weights from a chosen period on.
/// </summary>
public sealed class WeightingRound : IVersioned
{
    public int Id { get; set; }
    public int ScorecardId { get; set; }
    public Scorecard? Scorecard { get; set; }
    public string Name { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    /// <summary>Last day to answer (inclusive), if HR set one.</summary>
    public DateOnly? Deadline { get; set; }
    public RoundStatus Status { get; set; }
    public DateTime? AppliedAt { get; set; }
    public int? AppliedFromPeriodId { get; set; }
    public ReportingPeriod? AppliedFromPeriod { get; set; }
    public Guid Version { get; set; }
    public List<RoundRespondent> Respondents { get; set; } = [];
    public List<ComparisonSet> ComparisonSets { get; set; } = [];
}

/// <summary>A director invited to a round, with his weight in the group aggregation (default 1 = equal).</summary>
public sealed class RoundRespondent
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public WeightingRound? Round { get; set; }
    public string UserId { get; set; } = "";
    public ApplicationUser? User { get; set; }
    public double Weight { get; set; } = 1;
    public DateTime? LastRemindedAt { get; set; }
    public List<QuestionnaireAnswer> Answers { get; set; } = [];
}

/// <summary>One questionnaire page of a round: the children of one parent, compared pairwise, in a fixed order.</summary>
public sealed class ComparisonSet
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public WeightingRound? Round { get; set; }
    public int ParentNodeId { get; set; }
    public ScorecardNode? ParentNode { get; set; }
    /// <summary>Hierarchy order of the sets within the round.</summary>
    public int Position { get; set; }
    /// <summary>The children compared, in the order the judgments refer to (fixed when the round opens).</summary>
    public List<int> ChildNodeIds { get; set; } = [];
}

public enum AnswerStatus { NotStarted, InProgress, Submitted }

/// <summary>One director's answers to one comparison set.</summary>
public sealed class QuestionnaireAnswer : IVersioned
{
    public int Id { get; set; }
    public int RespondentId { get; set; }
    public RoundRespondent? Respondent { get; set; }
    public int ComparisonSetId { get; set; }
    public ComparisonSet? ComparisonSet { get; set; }
    public AnswerStatus Status { get; set; }
    /// <summary>Upper-triangle judgments in <see cref="ComparisonSet.ChildNodeIds"/> order; null = not answered yet.</summary>
    public List<double?> Judgments { get; set; } = [];
    public double? ConsistencyRatio { get; set; }
    /// <summary>True when the director submitted although CR exceeded 0.10 and confirmed it.</summary>
    public bool SubmittedInconsistent { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>An in-app notice to one user (e.g. a reminder to answer a weighting round).</summary>
public sealed class Notice
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public string Message { get; set; } = "";
    public string? Link { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

public enum ActionStatus { Planned, InProgress, Done }

/// <summary>Why a KPI is red or yellow in a period (the "recommendation" step of the method).</summary>
public sealed class RootCause : IVersioned
{
    public int Id { get; set; }
    public int KpiNodeId { get; set; }
    public Kpi? Kpi { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    public string Text { get; set; } = "";
    public Guid Version { get; set; }
}

/// <summary>An improvement action for a KPI: what, who, by when, how far.</summary>
public sealed class ImprovementAction : IVersioned
{
    public int Id { get; set; }
    public int KpiNodeId { get; set; }
    public Kpi? Kpi { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    public string Description { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly? DueDate { get; set; }
    public ActionStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>
/// The per-respondent answers of a Likert survey uploaded for a survey KPI and period (one per KPI and period; a new
/// upload replaces it). Its <see cref="Mean"/> was written as the KPI's actual in the same transaction.
/// </summary>
public sealed class SurveyUpload
{
    public int Id { get; set; }
    public int KpiNodeId { get; set; }
    public Kpi? Kpi { get; set; }
    public int PeriodId { get; set; }
    public ReportingPeriod? Period { get; set; }
    public string FileName { get; set; } = "";
    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
    public List<string> ItemNames { get; set; } = [];
    /// <summary>Respondents × items, answers 1–5, as a JSON array of arrays.</summary>
    public string AnswersJson { get; set; } = "[]";
    public double Mean { get; set; }
}
