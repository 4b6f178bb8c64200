//! `recall study`: today's session. Every answer is saved (card and review log, one
//! transaction) before the next card is shown.

use std::io::{self, IsTerminal};
use std::time::Instant;

use anyhow::Result;

use super::Context;
use crate::answer;
use crate::cli::{StudyArgs, StudyMode};
use crate::model::Card;
use crate::scheduler::{Config, next_states};
use crate::session::Session;
use crate::store::{ReviewRecord, Store, StoreError, StudyLimits};
use crate::ui::{BackAction, CardView, FrontAction, PlainUi, StudyUi, Summary, TtyUi};

pub fn run(ctx: &Context, args: &StudyArgs) -> Result<()> {
    let mut store = ctx.open_store()?;
    let deck = store.resolve_deck_arg(args.deck.as_deref())?;
    let limits = StudyLimits {
        new: args.new,
        reviews: args.reviews,
    };
    let cards = store.study_cards(ctx.today, deck.as_deref(), limits)?;
    let seed = u64::try_from(ctx.now_ms()).unwrap_or_default();
    let session = Session::new(cards, Config::default(), seed);

    let capped = args.new.is_some() || args.reviews.is_some();
    // A "dumb" terminal (Emacs' shell, some editors' consoles) cannot move the cursor or
    // clear the screen, which the prompts do: the line protocol reads well there.
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    let interactive =
        !args.plain && !dumb && io::stdin().is_terminal() && io::stdout().is_terminal();
    if interactive {
        study(
            ctx,
            &mut store,
            session,
            deck.as_deref(),
            args.mode,
            capped,
            &mut TtyUi::new(),
        )
    } else {
        let mut ui = PlainUi::new(io::stdin().lock(), io::stdout().lock());
        study(
            ctx,
            &mut store,
            session,
            deck.as_deref(),
            args.mode,
            capped,
            &mut ui,
        )
    }
}

fn study(
    ctx: &Context,
    store: &mut Store,
    mut session: Session,
    deck: Option<&str>,
    mode: StudyMode,
    capped: bool,
    ui: &mut dyn StudyUi,
) -> Result<()> {
    let started = Instant::now();
    let today = ctx.today;
    let typing = mode == StudyMode::Type;
    if session.current().is_none() {
        let empty = store.has_no_cards()?;
        if empty {
            ui.notice(
                "The collection is empty: add cards with `recall import FILE.toml` or \
                 `recall import --examples`.",
            )?;
            return Ok(());
        }
    }
    loop {
        let Some(card) = session.current().cloned() else {
            if session.answered_any() && ui.undo_the_last()? {
                undo(store, &mut session, ui)?;
                continue;
            }
            break;
        };
        let shown_at = Instant::now();
        let view = CardView {
            card: &card,
            progress: session.progress(),
            today,
            typing,
        };
        let typed = match ui.front(&view)? {
            FrontAction::Reveal { typed } => typed,
            FrontAction::Quit => break,
            FrontAction::Undo => {
                undo(store, &mut session, ui)?;
                continue;
            }
            FrontAction::Suspend => {
                ctx.before_write(store)?;
                suspend(store, &mut session, ui, &card)?;
                continue;
            }
        };
        let verdict = typed
            .as_deref()
            .map(|t| (answer::check(t, &card.answer), t));
        let suggested =
            typing.then(|| verdict.map_or(crate::model::Grade::ALL[0], |v| v.0.suggested_grade()));
        let outcomes = next_states(&card.sched, today, session.config());
        let grade = match ui.back(&view, verdict, &outcomes, suggested)? {
            BackAction::Grade(g) => g,
            BackAction::Quit => break,
            BackAction::Undo => {
                undo(store, &mut session, ui)?;
                continue;
            }
            BackAction::Suspend => {
                ctx.before_write(store)?;
                suspend(store, &mut session, ui, &card)?;
                continue;
            }
        };
        let Some(answer) = session.grade(grade, today) else {
            break;
        };
        let elapsed = shown_at.elapsed();
        let record = ReviewRecord {
            card_id: card.id,
            answered_at_ms: ctx.now_ms() + millis(started.elapsed()),
            day: today,
            grade,
            drill: answer.drill,
            duration_ms: millis(elapsed),
            before: answer.before,
            after: answer.after,
        };
        ctx.before_write(store)?;
        match store.record_answer(&record) {
            Ok(review_id) => {
                ui.graded(&outcomes[usize::from(grade.value())])?;
                session.apply(answer, review_id);
            }
            Err(StoreError::Conflict(key)) => {
                ui.notice(&format!(
                    "Card {key} was answered in another recall session meanwhile; skipped."
                ))?;
                session.skip_current();
            }
            Err(e) => return Err(e.into()),
        }
    }
    let waiting = store.new_cards_waiting(deck, today)?;
    // Only a capped run can leave cards that today's limits allow.
    let more_today = if capped {
        store
            .study_cards(today, deck, StudyLimits::default())?
            .len()
    } else {
        0
    };
    let summary = Summary {
        tally: session.tally(),
        elapsed: started.elapsed(),
        today,
        left: session
            .progress()
            .total
            .saturating_sub(session.progress().finished),
        next_due: store.next_due_after(today, deck)?,
        new_waiting: waiting.all,
        new_ready: waiting.ready,
        more_today,
    };
    ui.summary(&summary)?;
    Ok(())
}

fn undo(store: &mut Store, session: &mut Session, ui: &mut dyn StudyUi) -> Result<()> {
    let Some((answer, review_id)) = session.last_answer() else {
        ui.notice("Nothing to undo.")?;
        return Ok(());
    };
    let card_id = answer.card_id;
    store.undo_answer(review_id)?;
    session.undo();
    let key = store.card(card_id).map(|c| c.key).unwrap_or_default();
    ui.notice(&format!("Undid the last answer (card {key})."))?;
    Ok(())
}

fn suspend(
    store: &mut Store,
    session: &mut Session,
    ui: &mut dyn StudyUi,
    card: &Card,
) -> Result<()> {
    store.set_suspended(&[card.id], true)?;
    session.skip_current();
    ui.notice(&format!(
        "Suspended card {}; `recall unsuspend {}` brings it back.",
        card.key, card.key
    ))?;
    Ok(())
}

fn millis(d: std::time::Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}
