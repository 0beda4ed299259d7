//! A run that RunMat cannot take down.
//!
//! RunMat 0.6.2's parser and bytecode compiler can recurse until the stack
//! overflows on valid code (a process abort, not a panic). Compiling every
//! file of every run in worker processes would cost a process start per run,
//! so the common path compiles in this process and pays one `fork` instead:
//! [`supervise`] runs the command in a child while the parent waits. Each of
//! RunMat's stages notes the file it works on in a page shared with the parent
//! ([`enter`]). A child killed by a signal before the script started running
//! ([`executing`]) lost nothing the user saw, so the parent runs it once more
//! with every compile in worker processes ([`isolated`]), where a crashing
//! file is reported and left out like any file that does not compile. A crash
//! after the script started is reported by file and stage, and the command
//! exits 1: never a signal death of the command itself.

use std::sync::atomic::{AtomicBool, AtomicI32, AtomicPtr, AtomicU32, AtomicUsize, Ordering};

/// `off` runs the command in this process (a crash then takes it down).
pub const SUPERVISE_ENV: &str = "RMSNAP_SUPERVISE";

/// Threads that can note work at once; one more thread's work goes unnoted.
const SLOTS: usize = 64;
const PATH_BYTES: usize = 1000;

#[repr(C)]
struct Slot {
    /// Bytes of `path` in use; 0 when the slot's thread is not in RunMat.
    len: AtomicU32,
    stage: AtomicU32,
    path: [u8; PATH_BYTES],
}

#[repr(C)]
struct Journal {
    executing: AtomicU32,
    slots: [Slot; SLOTS],
}

/// The page shared with the supervisor; null when unsupervised.
static JOURNAL: AtomicPtr<Journal> = AtomicPtr::new(std::ptr::null_mut());
/// This process is the retry: every compile runs in worker processes.
static ISOLATED: AtomicBool = AtomicBool::new(false);
static NEXT_SLOT: AtomicUsize = AtomicUsize::new(0);
/// The child the supervisor waits for, for its signal forwarder.
static CHILD: AtomicI32 = AtomicI32::new(0);

const STAGES: [&str; 7] = ["parse", "lower", "mir", "compile", "encode", "number", "run"];

fn stage_code(stage: &str) -> u32 {
    STAGES.iter().position(|s| *s == stage).map_or(u32::MAX, |i| i as u32)
}

thread_local! {
    static SLOT: Option<usize> = {
        let i = NEXT_SLOT.fetch_add(1, Ordering::Relaxed);
        (i < SLOTS).then_some(i)
    };
}

/// Whether this attempt compiles every file in a worker process (the retry
/// after a crash).
pub fn isolated() -> bool {
    ISOLATED.load(Ordering::Relaxed)
}

/// Whether RunMat's work on a file must run in a worker process now: in the
/// retry after a crash, and once the script runs (a crash can no longer be
/// retried), when supervised.
pub fn compile_elsewhere() -> bool {
    isolated() || journal().is_some_and(|j| j.executing.load(Ordering::Relaxed) != 0)
}

/// Makes every compile of this process run in a worker process first: for a
/// long session (the REPL) that a crash must not end and no retry can replay.
pub fn isolate_everything() {
    ISOLATED.store(true, Ordering::Relaxed);
}

/// Marks that the script has started running: from here a crash cannot be
/// retried without repeating what it did.
pub fn executing() {
    if let Some(j) = journal() {
        j.executing.store(1, Ordering::Release);
    }
}

fn journal() -> Option<&'static Journal> {
    let p = JOURNAL.load(Ordering::Relaxed);
    // SAFETY: set once to a shared mapping that is never unmapped.
    (!p.is_null()).then(|| unsafe { &*p })
}

/// Set in a worker process: each stage is written to stderr, whose end its
/// parent keeps, so a worker RunMat kills is reported with the stage.
static MARK_STAGES: AtomicBool = AtomicBool::new(false);
/// The line a worker writes before each of RunMat's stages.
pub const STAGE_MARK: &str = "rmsnap worker stage: ";

/// Called by a worker process before its first job.
pub fn mark_stages() {
    MARK_STAGES.store(true, Ordering::Relaxed);
}

fn mark(stage: &str) {
    if MARK_STAGES.load(Ordering::Relaxed) {
        eprintln!("{STAGE_MARK}{stage}");
    }
}

/// The stage a dead worker's stderr names last, and that stderr without the
/// marks; `cut`: the text is the end of a longer stderr (its first line is partial).
pub fn last_stage(stderr: &str, cut: bool) -> (Option<String>, String) {
    let stage = stderr.rfind(STAGE_MARK).map(|at| stderr[at + STAGE_MARK.len()..].lines().next().unwrap_or("").to_string());
    let rest: Vec<&str> = stderr.lines().skip(usize::from(cut)).filter(|l| !l.contains(STAGE_MARK)).collect();
    (stage, rest.join("\n"))
}

/// This thread's note that RunMat works on `path`, cleared when dropped.
pub struct Entered {
    slot: Option<&'static Slot>,
}

impl Entered {
    /// The stage RunMat moves on to, for the same file.
    pub fn stage(&self, stage: &str) {
        mark(stage);
        if let Some(s) = self.slot {
            s.stage.store(stage_code(stage), Ordering::Release);
        }
    }
}

impl Drop for Entered {
    fn drop(&mut self) {
        if let Some(s) = self.slot {
            s.len.store(0, Ordering::Release);
        }
    }
}

/// Notes that this thread runs RunMat's `stage` on `path`. A note already
/// open on this thread (a parse inside a compile) stays as it is.
pub fn enter(path: &str, stage: &str) -> Entered {
    mark(stage);
    let Some(j) = journal() else { return Entered { slot: None } };
    let Some(i) = SLOT.with(|s| *s) else { return Entered { slot: None } };
    let slot = &j.slots[i];
    if slot.len.load(Ordering::Acquire) != 0 {
        return Entered { slot: None };
    }
    let bytes = path.as_bytes();
    let n = bytes.len().min(PATH_BYTES);
    // SAFETY: only this thread writes its slot, and the reader (the
    // supervisor) reads it only after this process has died.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), slot.path.as_ptr() as *mut u8, n) };
    slot.stage.store(stage_code(stage), Ordering::Release);
    slot.len.store(n.max(1) as u32, Ordering::Release);
    Entered { slot: Some(slot) }
}

/// What the journal says a dead child was doing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Crash {
    pub signal: i32,
    /// (path, stage) of each file RunMat was working on.
    pub working_on: Vec<(String, String)>,
    pub executing: bool,
}

impl std::fmt::Display for Crash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RunMat crashed ({})", signal_name(self.signal))?;
        match self.working_on.as_slice() {
            [] if self.executing => write!(f, " while running the script"),
            [] => Ok(()),
            files => {
                let files: Vec<String> = files.iter().map(|(p, s)| format!("{p} (stage: {s})")).collect();
                write!(f, " while compiling {}", files.join(", "))
            }
        }
    }
}

fn signal_name(sig: i32) -> String {
    let name = match sig {
        libc::SIGSEGV => "SIGSEGV, a stack overflow or invalid memory access",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGILL => "SIGILL",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL, perhaps out of memory",
        libc::SIGTRAP => "SIGTRAP",
        _ => return format!("signal {sig}"),
    };
    name.to_string()
}

impl Journal {
    fn reset(&self) {
        self.executing.store(0, Ordering::Relaxed);
        for s in &self.slots {
            s.len.store(0, Ordering::Relaxed);
        }
    }

    fn read(&self, signal: i32) -> Crash {
        let working_on = self
            .slots
            .iter()
            .filter_map(|s| {
                let n = s.len.load(Ordering::Acquire) as usize;
                (n != 0).then(|| {
                    let path = String::from_utf8_lossy(&s.path[..n.min(PATH_BYTES)]).into_owned();
                    let stage = STAGES.get(s.stage.load(Ordering::Acquire) as usize).copied().unwrap_or("?");
                    (path, stage.to_string())
                })
            })
            .collect();
        Crash { signal, working_on, executing: self.executing.load(Ordering::Acquire) != 0 }
    }
}

/// How the supervised command ended, for the parent to act on.
enum Outcome {
    /// The child exited with this code.
    Exited(u8),
    /// The child died from a signal the parent must pass on (an interrupt, a kill).
    Interrupted(i32),
    /// The child crashed.
    Crashed(Crash),
}

/// Runs the rest of the command in a supervised child. Returns `None` in the
/// child (go on with the command) and when supervision is off or unavailable;
/// `Some(code)` in the parent once the command is over. `report` prints a
/// crash that could not be retried. Call it while this process has one thread.
pub fn supervise(report: impl Fn(&Crash)) -> Option<u8> {
    if std::env::var(SUPERVISE_ENV).is_ok_and(|v| v == "off" || v == "0") {
        return None;
    }
    let journal = map_journal()?;
    let mut retried = false;
    loop {
        journal.reset();
        let outcome = match fork_and_wait(journal) {
            ForkResult::Child => return None,
            ForkResult::Failed => {
                // No child: run here, unsupervised.
                JOURNAL.store(std::ptr::null_mut(), Ordering::Relaxed);
                return None;
            }
            ForkResult::Parent(o) => o,
        };
        match outcome {
            Outcome::Exited(code) => return Some(code),
            Outcome::Interrupted(sig) => {
                // SAFETY: restoring the default action and raising it ends this process as the child ended.
                unsafe {
                    libc::signal(sig, libc::SIG_DFL);
                    libc::raise(sig);
                }
                return Some(128u8.wrapping_add(sig as u8));
            }
            Outcome::Crashed(crash) if !crash.executing && !retried => {
                // Nothing ran yet: again, with every compile in a worker process.
                retried = true;
                ISOLATED.store(true, Ordering::Relaxed);
            }
            Outcome::Crashed(crash) => {
                report(&crash);
                return Some(1);
            }
        }
    }
}

enum ForkResult {
    Child,
    Failed,
    Parent(Outcome),
}

fn map_journal() -> Option<&'static Journal> {
    let existing = journal();
    if existing.is_some() {
        return existing;
    }
    let size = std::mem::size_of::<Journal>();
    // SAFETY: a fresh anonymous shared mapping, zeroed by the kernel (a valid Journal).
    let p = unsafe { libc::mmap(std::ptr::null_mut(), size, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED | libc::MAP_ANONYMOUS, -1, 0) };
    if p == libc::MAP_FAILED {
        return None;
    }
    JOURNAL.store(p.cast(), Ordering::Relaxed);
    journal()
}

extern "C" fn forward(sig: libc::c_int) {
    let child = CHILD.load(Ordering::Relaxed);
    if child > 0 {
        // SAFETY: kill is async-signal-safe.
        unsafe { libc::kill(child, sig) };
    }
}

extern "C" fn quiet_crash(sig: libc::c_int) {
    // SAFETY: async-signal-safe; the faulting instruction runs again and the
    // default action ends the process without Rust's "overflowed its stack"
    // message (the supervisor reports the file instead).
    unsafe { libc::signal(sig, libc::SIG_DFL) };
}

fn fork_and_wait(journal: &Journal) -> ForkResult {
    let parent = unsafe { libc::getpid() };
    // SAFETY: called while the process has one thread (see `supervise`).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return ForkResult::Failed;
    }
    if pid == 0 {
        // SAFETY: plain syscalls in the new child.
        unsafe {
            // The child must not outlive a supervisor killed outright.
            libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
            if libc::getppid() != parent {
                libc::_exit(1);
            }
            for sig in [libc::SIGSEGV, libc::SIGBUS] {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = quiet_crash as extern "C" fn(libc::c_int) as libc::sighandler_t;
                action.sa_flags = libc::SA_ONSTACK;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(sig, &action, std::ptr::null_mut());
            }
            for sig in [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGHUP] {
                libc::signal(sig, libc::SIG_DFL);
            }
        }
        return ForkResult::Child;
    }
    CHILD.store(pid, Ordering::Relaxed);
    // SAFETY: installing handlers in this single-threaded parent. An
    // interrupt from the terminal reaches the child too; one sent to the
    // parent alone is passed on to it.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_IGN);
        libc::signal(libc::SIGQUIT, libc::SIG_IGN);
        for sig in [libc::SIGTERM, libc::SIGHUP] {
            libc::signal(sig, forward as extern "C" fn(libc::c_int) as libc::sighandler_t);
        }
    }
    let mut status = 0;
    loop {
        // SAFETY: waiting for our own child.
        let r = unsafe { libc::waitpid(pid, &mut status, 0) };
        if r == pid {
            break;
        }
        if r < 0 && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return ForkResult::Parent(Outcome::Exited(70));
        }
    }
    CHILD.store(0, Ordering::Relaxed);
    unsafe {
        for sig in [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGHUP] {
            libc::signal(sig, libc::SIG_DFL);
        }
    }
    let outcome = if libc::WIFEXITED(status) {
        Outcome::Exited(libc::WEXITSTATUS(status) as u8)
    } else {
        let sig = libc::WTERMSIG(status);
        let crash = journal.read(sig);
        let external =
            [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGHUP, libc::SIGPIPE].contains(&sig) || (sig == libc::SIGKILL && crash.working_on.is_empty());
        if external {
            Outcome::Interrupted(sig)
        } else {
            Outcome::Crashed(crash)
        }
    };
    ForkResult::Parent(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_crash_names_each_file_and_stage() {
        let c = Crash { signal: libc::SIGSEGV, working_on: vec![("lib/pick.m".into(), "compile".into())], executing: false };
        assert_eq!(c.to_string(), "RunMat crashed (SIGSEGV, a stack overflow or invalid memory access) while compiling lib/pick.m (stage: compile)");
        let c = Crash { signal: libc::SIGABRT, working_on: vec![], executing: true };
        assert_eq!(c.to_string(), "RunMat crashed (SIGABRT) while running the script");
    }

    #[test]
    fn a_workers_last_stage_is_read_from_its_stderr() {
        let err = format!("{STAGE_MARK}parse\n{STAGE_MARK}lower\n{STAGE_MARK}mir\nthread 'x' has overflowed its stack\n");
        assert_eq!(last_stage(&err, false), (Some("mir".to_string()), "thread 'x' has overflowed its stack".to_string()));
        assert_eq!(last_stage("nothing", false), (None, "nothing".to_string()));
        // The end of a longer stderr: its first line is partial.
        assert_eq!(last_stage(&format!("ge: lower\n{STAGE_MARK}compile\nboom\n"), true), (Some("compile".to_string()), "boom".to_string()));
    }

    #[test]
    fn stages_round_trip_through_their_codes() {
        for s in STAGES {
            assert_eq!(STAGES[stage_code(s) as usize], s);
        }
        assert_eq!(stage_code("nonsense"), u32::MAX);
    }
}
