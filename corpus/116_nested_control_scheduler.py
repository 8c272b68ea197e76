import warp as wp

MAX_ROUNDS = wp.constant(64)
PRIORITY_LEVELS = wp.constant(3)


@wp.struct
class Task:
    duration: int
    priority: int
    deadline: int
    remaining: int
    done_at: int


@wp.func
def pick_next(tasks: wp.array2d(dtype=Task), w: int, now: int) -> int:
    best = int(-1)
    best_score = int(1000000000)
    for t in range(tasks.shape[1]):
        task = tasks[w, t]
        if task.remaining <= 0:
            continue
        slack = task.deadline - now - task.remaining
        score = slack * PRIORITY_LEVELS + task.priority
        if score < best_score:
            best_score = score
            best = t
    return best


@wp.kernel
def simulate_workers(tasks: wp.array2d(dtype=Task), quantum: int, makespan: wp.array(dtype=int), late: wp.array(dtype=int), idle_rounds: wp.array(dtype=int)):
    w = wp.tid()
    now = int(0)
    rounds = int(0)
    idle = int(0)
    finished = int(0)
    n = tasks.shape[1]
    while finished < n and rounds < MAX_ROUNDS:
        rounds += 1
        t = pick_next(tasks, w, now)
        if t < 0:
            idle += 1
            now += quantum
            continue
        task = tasks[w, t]
        for q in range(quantum):
            if task.remaining <= 0:
                break
            if task.priority == 0:
                # urgent work gets two units per tick
                task.remaining = task.remaining - 2
            elif task.priority == 1:
                task.remaining = task.remaining - 1
            else:
                if q % 2 == 0:
                    task.remaining = task.remaining - 1
                else:
                    now += 0
            now += 1
        if task.remaining <= 0:
            task.remaining = 0
            task.done_at = now
            finished += 1
            if now > task.deadline:
                wp.atomic_add(late, 0, 1)
        tasks[w, t] = task
    makespan[w] = now
    idle_rounds[w] = idle


@wp.kernel
def classify_tasks(tasks: wp.array2d(dtype=Task), buckets: wp.array(dtype=int)):
    w, t = wp.tid()
    task = tasks[w, t]
    if task.remaining > 0:
        buckets[0] += 1
    elif task.done_at <= task.deadline - 10:
        buckets[1] += 1
    elif task.done_at <= task.deadline:
        buckets[2] += 1
    else:
        buckets[3] += 1


@wp.kernel
def retry_backoff(attempts: wp.array(dtype=int), seed: int, max_attempts: int, succeeded: wp.array(dtype=int), total_wait: wp.array(dtype=int)):
    i = wp.tid()
    state = wp.rand_init(seed, i)
    a = int(0)
    wait = int(0)
    ok = int(0)
    while a < max_attempts:
        a += 1
        r = wp.randf(state)
        if r < 0.3:
            ok = 1
            break
        elif r < 0.6:
            wait += 1 << wp.min(a, 10)
            continue
        else:
            for k in range(a):
                wait += k + 1
                if wait > 10000:
                    break
    attempts[i] = a
    succeeded[i] = ok
    wp.atomic_add(total_wait, 0, wait)
