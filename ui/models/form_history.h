// FormHistory: makes a settings form's edits undoable. The form reads its whole state as a
// QVariantMap and applies one; each user edit becomes a step on a QUndoStack that holds the
// state before and after, so undo shows exactly what was there. Used by the Train and Tune pages.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUndoStack>
#include <QVariantMap>

#include <functional>

namespace mlwb::ui {

class FormHistory : public QObject {
    Q_OBJECT
public:
    using Read = std::function<QVariantMap()>;
    using Apply = std::function<void(const QVariantMap&)>;

    // `form` owns the history; `read` and `apply` are its state's two directions.
    FormHistory(QObject* form, Read read, Apply apply);

    // Where the steps go; null (the default) keeps no history, e.g. a panel on its own.
    void setStack(QUndoStack* stack) { m_stack = stack; }
    QUndoStack* stack() const { return m_stack; }

    // After a user edit of `field`: one step from the last state to the current one (none
    // when nothing changed). `step` marks an arrow or wheel step: a run of steps of the
    // same field merges into one undo step.
    void commit(const QString& field, const QString& text, bool step = false);
    // Takes the current state as the starting point without a step: for changes that are
    // not edits of the form, such as a new dataset.
    void reset();
    // True while the form is applying a step or rebuilding itself: the widgets' signals then
    // are not user edits and commit() ignores them.
    bool isQuiet() const { return m_quiet > 0; }

    // Holds the history quiet for the lifetime of the guard.
    class Quiet {
    public:
        explicit Quiet(FormHistory& history) : m_history(history) { ++m_history.m_quiet; }
        ~Quiet() { --m_history.m_quiet; }
        Quiet(const Quiet&) = delete;
        Quiet& operator=(const Quiet&) = delete;

    private:
        FormHistory& m_history;
    };

    // Used by the steps on the stack.
    void applyState(const QVariantMap& state);

signals:
    // The form's state moved: a user edit, an undo or a redo (not a reset). A result or an
    // error shown for the earlier settings is stale from here on.
    void changed();

private:
    Read m_read;
    Apply m_apply;
    QPointer<QUndoStack> m_stack;
    QVariantMap m_last;
    int m_quiet = 0;
};

}  // namespace mlwb::ui
