// Feature preparation: turns table columns into the numeric design matrix and target vector
// models train on. Everything it learns (means, categories, classes) comes from the training
// rows only and is re-applied unchanged to any other rows or tables. Used by mlwb-cli train,
// evaluation and the GUI's model views.
#pragma once

#include "core/base/status.h"
#include "core/data/table.h"
#include "core/ml/matrix.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlwb::core::ml {

struct FeatureOptions {
    // Forces the task; otherwise it is detected from the target column (see detectTask()).
    std::optional<Task> task;
    // Adds a 0/1 "NAME (missing)" feature for each numeric/boolean/datetime column that has
    // missing values in the training rows, so a model can learn from missingness itself.
    bool missingIndicators = false;
    // An integer target with at most this many distinct values is treated as class labels.
    int maxIntegerClasses = 20;
    // For models that handle categories and gaps themselves (the tree kinds): a categorical
    // column becomes one column of category codes and missing values stay NaN; nothing is
    // imputed and no indicators are added.
    bool nativeEncoding = false;
};

// How one source column becomes design-matrix columns.
enum class FeatureEncoding {
    Numeric,       // Float64/Int64/DateTime (ms since epoch): missing -> training mean;
                   // Boolean (0/1): missing -> training majority, so it stays 0/1
    OneHot,        // Categorical: one 0/1 column per training category; unseen or missing -> all zeros
    CategoryCode,  // Categorical, native encoding: the index of the training category (sorted);
                   // unseen or missing -> NaN
};

struct FeatureColumn {
    std::string name;  // source column
    ColumnType type;   // its type in the training table
    FeatureEncoding encoding;
    double fillValue = 0;                 // Numeric: the training mean (majority for booleans);
                                          // NaN under the native encoding
    bool missingIndicator = false;        // Numeric: an extra "(missing)" column follows
    std::vector<std::string> categories;  // OneHot: training categories, sorted
    Eigen::Index firstOutput = 0;         // its first column in the design matrix
};

// The task the rule below gives a target column, judged on its non-missing values of the given
// rows (all rows without the argument); no value for datetime targets, which no task takes.
// The GUI offers only the model kinds of this task.
std::optional<Task> targetTask(const Column& target, int maxIntegerClasses = 20);
std::optional<Task> targetTask(const Column& target, const std::vector<size_t>& rows, int maxIntegerClasses = 20);

// The task rule, in order:
//  - text, categorical and boolean targets -> classification;
//  - integer targets with at most maxIntegerClasses distinct values (in the training
//    rows) -> classification, more -> regression;
//  - float targets -> regression; datetime targets are not supported.
// FeatureOptions::task overrides it, except that text and categorical targets cannot be
// regression targets.
class FeaturePrep {
public:
    // features empty = every column except the target. An empty target is allowed only when
    // options.task is clustering or decomposition: then every selected column is a feature.
    static Result<FeaturePrep> fit(const Table& table, std::string_view target,
                                   const std::vector<std::string>& features, const std::vector<size_t>& trainRows,
                                   const FeatureOptions& options = {});
    static Result<FeaturePrep> fit(const Table& table, std::string_view target,
                                   const std::vector<std::string>& features, const FeatureOptions& options = {});

    // The design matrix of the given rows (all rows without the argument) of any table with
    // the training columns, by name.
    Result<Matrix> transform(const Table& table, const std::vector<size_t>& rows) const;
    Result<Matrix> transform(const Table& table) const;

    // The target of the given rows: class codes 0..classCount-1 or regression values. Fails on
    // missing values and on classes the training rows did not have.
    Result<Vector> transformTarget(const Table& table, const std::vector<size_t>& rows) const;
    Result<Vector> transformTarget(const Table& table) const;

    Task task() const { return m_task; }
    const std::string& targetName() const { return m_target; }
    const std::vector<std::string>& classNames() const { return m_classNames; }
    int classCount() const { return static_cast<int>(m_classNames.size()); }
    // Design-matrix column names: "age", "age (missing)", "color=red".
    const std::vector<std::string>& featureNames() const { return m_featureNames; }
    Eigen::Index featureCount() const { return static_cast<Eigen::Index>(m_featureNames.size()); }
    // Per design-matrix column: the number of categories when it holds category codes
    // (native encoding), 0 when it is numeric.
    std::vector<int> categoryCounts() const;
    const std::vector<FeatureColumn>& columns() const { return m_columns; }
    // Columns left out and why (text, constant, all missing), for the user to see.
    const std::vector<std::string>& warnings() const { return m_warnings; }

private:
    FeaturePrep() = default;
    static Result<FeaturePrep> fitFeatures(const Table& table, const std::vector<std::string>& features,
                                           const std::vector<size_t>& trainRows, const FeatureOptions& options);
    // Learns the feature columns (the target, if any, is already set).
    Status fitColumns(const Table& table, const std::vector<std::string>& features,
                      const std::vector<size_t>& trainRows, const FeatureOptions& options);

    Task m_task = Task::Regression;
    std::string m_target;
    ColumnType m_targetType = ColumnType::Float64;
    std::vector<std::string> m_classNames;
    std::vector<double> m_classValues;  // numeric targets: the value of each class, sorted
    std::vector<FeatureColumn> m_columns;
    std::vector<std::string> m_featureNames;
    std::vector<std::string> m_warnings;
};

}  // namespace mlwb::core::ml
