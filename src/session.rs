//! The daily study queue, pure: which card comes next, when a failed or drilled card comes
//! back, and undo. The caller persists every answer before it calls [`Session::apply`], so the
//! session never runs ahead of what is saved.

use std::collections::{HashMap, VecDeque};

use rand::rngs::SmallRng;
use rand::{RngExt, SeedableRng};

use crate::model::{Card, Day, Grade, Sm2};
use crate::scheduler::{self, Config};

/// A repeated card comes back after this many other cards (a random number in the range, so
/// the rhythm does not become predictable), or at the end of a shorter queue.
const REQUEUE_GAP: std::ops::RangeInclusive<usize> = 3..=5;

/// One answer, as computed before it is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub card_id: i64,
    pub grade: Grade,
    pub before: Sm2,
    pub after: Sm2,
    /// The answer cleared (or tried to clear) a pending drill.
    pub drill: bool,
    pub today: Day,
}

impl Answer {
    /// The card comes back later in this session.
    pub fn repeats(&self) -> bool {
        self.after.is_due(self.today)
    }
}

/// An answer that has been saved: what undo needs to put things back.
#[derive(Debug, Clone)]
struct Done {
    answer: Answer,
    review_id: i64,
    queue_before: VecDeque<i64>,
    finished_before: usize,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Cards finished for today (answered and scheduled to a later day).
    pub finished: usize,
    /// Distinct cards in this session.
    pub total: usize,
    /// Cards waiting in the queue for another answer today (failed or drilled).
    pub repeats_left: usize,
}

/// Counts for the end-of-session summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub answers: usize,
    pub grades: [usize; 6],
    pub new_cards: usize,
    pub drills: usize,
}

pub struct Session {
    cards: HashMap<i64, Card>,
    queue: VecDeque<i64>,
    done: Vec<Done>,
    total: usize,
    finished: usize,
    rng: SmallRng,
    config: Config,
}

impl Session {
    /// `cards` in the order they should be shown: due cards (most overdue first), then new ones.
    /// `seed` drives the gap before a repeated card comes back.
    pub fn new(cards: Vec<Card>, config: Config, seed: u64) -> Session {
        let queue: VecDeque<i64> = cards.iter().map(|c| c.id).collect();
        let total = queue.len();
        Session {
            cards: cards.into_iter().map(|c| (c.id, c)).collect(),
            queue,
            done: Vec::new(),
            total,
            finished: 0,
            rng: SmallRng::seed_from_u64(seed),
            config,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The card to show now, if any is left.
    pub fn current(&self) -> Option<&Card> {
        self.queue.front().and_then(|id| self.cards.get(id))
    }

    pub fn progress(&self) -> Progress {
        let answered: std::collections::HashSet<i64> =
            self.done.iter().map(|d| d.answer.card_id).collect();
        let repeats_left = self.queue.iter().filter(|id| answered.contains(id)).count();
        Progress {
            finished: self.finished,
            total: self.total,
            repeats_left,
        }
    }

    /// Work out what `grade` does to the current card, without changing the session.
    pub fn grade(&self, grade: Grade, today: Day) -> Option<Answer> {
        let card = self.current()?;
        let before = card.sched;
        let after = scheduler::answer(&before, grade, today, &self.config);
        Some(Answer {
            card_id: card.id,
            grade,
            before,
            after,
            drill: before.drill,
            today,
        })
    }

    /// Record a saved answer: update the card and put it back in the queue if it repeats.
    pub fn apply(&mut self, answer: Answer, review_id: i64) {
        let queue_before = self.queue.clone();
        let finished_before = self.finished;
        if self.queue.front() == Some(&answer.card_id) {
            self.queue.pop_front();
        } else {
            self.queue.retain(|&id| id != answer.card_id);
        }
        if let Some(card) = self.cards.get_mut(&answer.card_id) {
            card.sched = answer.after;
        }
        if answer.repeats() {
            let gap = self.rng.random_range(REQUEUE_GAP).min(self.queue.len());
            self.queue.insert(gap, answer.card_id);
        } else {
            self.finished += 1;
        }
        self.done.push(Done {
            answer,
            review_id,
            queue_before,
            finished_before,
        });
    }

    /// The last saved answer and its review-log id, which undo would take back.
    pub fn last_answer(&self) -> Option<(&Answer, i64)> {
        self.done.last().map(|d| (&d.answer, d.review_id))
    }

    /// Take back the last answer (after the caller has undone it in storage): the card gets
    /// its previous state and is shown again.
    pub fn undo(&mut self) -> Option<Answer> {
        let done = self.done.pop()?;
        if let Some(card) = self.cards.get_mut(&done.answer.card_id) {
            card.sched = done.answer.before;
        }
        self.queue = done.queue_before;
        self.finished = done.finished_before;
        Some(done.answer)
    }

    /// Drop the current card from today's queue (the caller has suspended it).
    pub fn skip_current(&mut self) -> Option<i64> {
        let id = self.queue.pop_front()?;
        self.total = self.total.saturating_sub(1);
        // Undo history for a card that has left the session would resurrect it; forget it.
        self.done.retain(|d| d.answer.card_id != id);
        Some(id)
    }

    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for d in &self.done {
            tally.answers += 1;
            tally.grades[usize::from(d.answer.grade.value())] += 1;
            if d.answer.before.is_new() {
                tally.new_cards += 1;
            }
            if d.answer.drill {
                tally.drills += 1;
            }
        }
        tally
    }

    /// Whether any answer has been given in this session.
    pub fn answered_any(&self) -> bool {
        !self.done.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(id: i64, sched: Sm2) -> Card {
        Card {
            id,
            key: format!("k{id}"),
            deck: "D".into(),
            front: format!("front {id}"),
            back: format!("back {id}"),
            answer: format!("back {id}"),
            tags: vec![],
            source: None,
            context: None,
            sched,
            suspended: false,
        }
    }

    fn new_cards(n: i64) -> Vec<Card> {
        (1..=n).map(|id| card(id, Sm2::NEW)).collect()
    }

    fn answer(s: &mut Session, q: u8, today: Day) -> Answer {
        let a = s.grade(Grade::new(q).unwrap(), today).unwrap();
        s.apply(a.clone(), 0);
        a
    }

    fn order(s: &Session) -> Vec<i64> {
        s.queue.iter().copied().collect()
    }

    #[test]
    fn shows_cards_in_the_given_order_and_finishes_them() {
        let today = Day(10);
        let mut s = Session::new(new_cards(2), Config::default(), 1);
        assert_eq!(s.current().unwrap().id, 1);
        let a = answer(&mut s, 5, today);
        assert_eq!(a.after.due, Some(Day(11)));
        assert_eq!(s.current().unwrap().id, 2);
        answer(&mut s, 4, today);
        assert!(s.current().is_none());
        assert_eq!(
            s.progress(),
            Progress {
                finished: 2,
                total: 2,
                repeats_left: 0
            }
        );
    }

    #[test]
    fn a_failed_card_comes_back_after_a_few_others() {
        let today = Day(10);
        let mut s = Session::new(new_cards(8), Config::default(), 7);
        answer(&mut s, 1, today);
        let pos = order(&s).iter().position(|&id| id == 1).unwrap();
        assert!((3..=5).contains(&pos), "came back at {pos}");
        assert_eq!(s.progress().repeats_left, 1);
        assert_eq!(s.progress().finished, 0);
    }

    #[test]
    fn a_failed_card_alone_comes_back_at_once_until_it_is_passed() {
        let today = Day(10);
        let mut s = Session::new(new_cards(1), Config::default(), 7);
        answer(&mut s, 0, today);
        assert_eq!(s.current().unwrap().id, 1);
        answer(&mut s, 3, today); // success, but a drill
        assert_eq!(s.current().unwrap().id, 1);
        assert!(s.current().unwrap().sched.drill);
        answer(&mut s, 2, today); // a drill below 4 changes nothing
        assert_eq!(s.current().unwrap().id, 1);
        let last = answer(&mut s, 4, today);
        assert!(last.drill);
        assert_eq!(last.after.due, Some(Day(11)));
        assert!(s.current().is_none());
        assert_eq!(
            s.tally(),
            Tally {
                answers: 4,
                grades: [1, 0, 1, 1, 1, 0],
                new_cards: 1,
                drills: 2
            }
        );
    }

    #[test]
    fn undo_restores_state_queue_and_progress() {
        let today = Day(10);
        let mut s = Session::new(new_cards(5), Config::default(), 3);
        answer(&mut s, 5, today);
        answer(&mut s, 1, today);
        let queue = order(&s);
        let undone = s.undo().unwrap();
        assert_eq!(undone.card_id, 2);
        assert_eq!(s.current().unwrap().id, 2);
        assert_eq!(s.current().unwrap().sched, Sm2::NEW);
        assert_ne!(order(&s), queue);
        assert_eq!(order(&s), vec![2, 3, 4, 5]);
        let undone = s.undo().unwrap();
        assert_eq!(undone.card_id, 1);
        assert_eq!(s.progress().finished, 0);
        assert_eq!(order(&s), vec![1, 2, 3, 4, 5]);
        assert!(s.undo().is_none());
    }

    #[test]
    fn skipping_removes_the_card_and_its_undo_history() {
        let today = Day(10);
        let mut s = Session::new(new_cards(1), Config::default(), 3);
        answer(&mut s, 1, today);
        assert_eq!(s.skip_current(), Some(1));
        assert!(s.current().is_none());
        assert!(s.last_answer().is_none());
        assert_eq!(s.progress().total, 0);
    }

    #[test]
    fn same_seed_same_order() {
        let today = Day(10);
        let run = |seed| {
            let mut s = Session::new(new_cards(20), Config::default(), seed);
            for _ in 0..6 {
                answer(&mut s, 1, today);
            }
            order(&s)
        };
        assert_eq!(run(42), run(42));
    }
}
