#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


struct Task_524b1a4a
{
    wp::int32 duration;
    wp::int32 priority;
    wp::int32 deadline;
    wp::int32 remaining;
    wp::int32 done_at;


    Task_524b1a4a() = default;
    CUDA_CALLABLE Task_524b1a4a(wp::int32 const& duration,
    wp::int32 const& priority = {},
    wp::int32 const& deadline = {},
    wp::int32 const& remaining = {},
    wp::int32 const& done_at = {})
        : duration{duration}
        , priority{priority}
        , deadline{deadline}
        , remaining{remaining}
        , done_at{done_at}

    {
    }

    CUDA_CALLABLE Task_524b1a4a& operator += (const Task_524b1a4a& rhs)
    {    duration += rhs.duration;
    priority += rhs.priority;
    deadline += rhs.deadline;
    remaining += rhs.remaining;
    done_at += rhs.done_at;

        return *this;}

};

static CUDA_CALLABLE void adj_Task_524b1a4a(wp::int32 const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::int32 const&,
    wp::int32 & adj_duration,
    wp::int32 & adj_priority,
    wp::int32 & adj_deadline,
    wp::int32 & adj_remaining,
    wp::int32 & adj_done_at,
    Task_524b1a4a & adj_ret)
{
    adj_duration += adj_ret.duration;
    adj_priority += adj_ret.priority;
    adj_deadline += adj_ret.deadline;
    adj_remaining += adj_ret.remaining;
    adj_done_at += adj_ret.done_at;
}

// Required when compiling adjoints.
CUDA_CALLABLE Task_524b1a4a add(const Task_524b1a4a& a, const Task_524b1a4a& b)
{
    return Task_524b1a4a();
}

CUDA_CALLABLE void adj_atomic_add(Task_524b1a4a* p, Task_524b1a4a t)
{
    wp::adj_atomic_add(&p->duration, t.duration);
    wp::adj_atomic_add(&p->priority, t.priority);
    wp::adj_atomic_add(&p->deadline, t.deadline);
    wp::adj_atomic_add(&p->remaining, t.remaining);
    wp::adj_atomic_add(&p->done_at, t.done_at);
}




// corpus/116_nested_control_scheduler.py:16
static wp::int32 pick_next_0(
    wp::array_t<Task_524b1a4a> var_tasks,
    wp::int32 var_w,
    wp::int32 var_now)
{
    //---------
    // primal vars
    const wp::int32 var_0 = -1;
    wp::int32 var_1;
    const wp::int32 var_2 = 1000000000;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    Task_524b1a4a* var_10;
    Task_524b1a4a var_11;
    Task_524b1a4a var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32* var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 3;
    wp::int32 var_24;
    wp::int32* var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    bool var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    //---------
    // forward
    // def pick_next(tasks: wp.array2d(dtype=Task), w: int, now: int) -> int:                 <L 17>
    // best = int(-1)                                                                         <L 18>
    var_1 = wp::int(var_0);
    // best_score = int(1000000000)                                                           <L 19>
    var_3 = wp::int(var_2);
    // for t in range(tasks.shape[1]):                                                        <L 20>
    var_4 = &(var_tasks.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
        // task = tasks[w, t]                                                                 <L 21>
        var_10 = wp::address(var_tasks, var_w, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if task.remaining <= 0:                                                            <L 22>
        var_13 = &((var_11).remaining);
        var_16 = wp::load(var_13);
        var_15 = (var_16 <= var_14);
        if (var_15) {
            // continue                                                                       <L 23>
            goto start_for_0;
        }
        // slack = task.deadline - now - task.remaining                                       <L 24>
        var_17 = &((var_11).deadline);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_now);
        var_20 = &((var_11).remaining);
        var_22 = wp::load(var_20);
        var_21 = wp::sub(var_18, var_22);
        // score = slack * PRIORITY_LEVELS + task.priority                                    <L 25>
        var_24 = wp::mul(var_21, var_23);
        var_25 = &((var_11).priority);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_24, var_27);
        // if score < best_score:                                                             <L 26>
        var_28 = (var_26 < var_3);
        if (var_28) {
            // best_score = score                                                             <L 27>
            var_29 = wp::copy(var_26);
            // best = t                                                                       <L 28>
            var_30 = wp::copy(var_9);
        }
        var_31 = wp::where(var_28, var_30, var_1);
        var_32 = wp::where(var_28, var_29, var_3);
        wp::assign(var_1, var_31);
        wp::assign(var_3, var_32);
        goto start_for_0;
    end_for_0:;
    // return best                                                                            <L 29>
    return var_1;
}


// corpus/116_nested_control_scheduler.py:16
static void adj_pick_next_0(
    wp::array_t<Task_524b1a4a> var_tasks,
    wp::int32 var_w,
    wp::int32 var_now,
    wp::array_t<Task_524b1a4a> & adj_tasks,
    wp::int32 & adj_w,
    wp::int32 & adj_now,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = -1;
    wp::int32 var_1;
    const wp::int32 var_2 = 1000000000;
    wp::int32 var_3;
    wp::shape_t* var_4;
    const wp::int32 var_5 = 1;
    wp::int32 var_6;
    wp::shape_t var_7;
    wp::range_t var_8;
    wp::int32 var_9;
    Task_524b1a4a* var_10;
    Task_524b1a4a var_11;
    Task_524b1a4a var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 0;
    bool var_15;
    wp::int32 var_16;
    wp::int32* var_17;
    wp::int32 var_18;
    wp::int32 var_19;
    wp::int32* var_20;
    wp::int32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 3;
    wp::int32 var_24;
    wp::int32* var_25;
    wp::int32 var_26;
    wp::int32 var_27;
    bool var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    wp::int32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::shape_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::shape_t adj_7 = {};
    wp::range_t adj_8 = {};
    wp::int32 adj_9 = {};
    Task_524b1a4a adj_10 = {};
    Task_524b1a4a adj_11 = {};
    Task_524b1a4a adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    //---------
    // forward
    // def pick_next(tasks: wp.array2d(dtype=Task), w: int, now: int) -> int:                 <L 17>
    // best = int(-1)                                                                         <L 18>
    var_1 = wp::int(var_0);
    // best_score = int(1000000000)                                                           <L 19>
    var_3 = wp::int(var_2);
    // for t in range(tasks.shape[1]):                                                        <L 20>
    var_4 = &(var_tasks.shape);
    var_7 = wp::load(var_4);
    var_6 = wp::extract(var_7, var_5);
    var_8 = wp::range(var_6);
    // return best                                                                            <L 29>
    goto label2;
    //---------
    // reverse
    label2:;
    adj_1 += adj_ret;
    // adj: return best                                                                       <L 29>
    var_8 = wp::iter_reverse(var_8);
    start_for_0:;
        if (iter_cmp(var_8) == 0) goto end_for_0;
        var_9 = wp::iter_next(var_8);
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
    	adj_21 = {};
    	adj_22 = {};
    	adj_23 = {};
    	adj_24 = {};
    	adj_25 = {};
    	adj_26 = {};
    	adj_27 = {};
    	adj_28 = {};
    	adj_29 = {};
    	adj_30 = {};
    	adj_31 = {};
    	adj_32 = {};
        // task = tasks[w, t]                                                                 <L 21>
        var_10 = wp::address(var_tasks, var_w, var_9);
        var_12 = wp::load(var_10);
        var_11 = wp::copy(var_12);
        // if task.remaining <= 0:                                                            <L 22>
        var_13 = &((var_11).remaining);
        var_16 = wp::load(var_13);
        var_15 = (var_16 <= var_14);
        if (var_15) {
            // continue                                                                       <L 23>
            goto start_for_0;
        }
        // slack = task.deadline - now - task.remaining                                       <L 24>
        var_17 = &((var_11).deadline);
        var_19 = wp::load(var_17);
        var_18 = wp::sub(var_19, var_now);
        var_20 = &((var_11).remaining);
        var_22 = wp::load(var_20);
        var_21 = wp::sub(var_18, var_22);
        // score = slack * PRIORITY_LEVELS + task.priority                                    <L 25>
        var_24 = wp::mul(var_21, var_23);
        var_25 = &((var_11).priority);
        var_27 = wp::load(var_25);
        var_26 = wp::add(var_24, var_27);
        // if score < best_score:                                                             <L 26>
        var_28 = (var_26 < var_3);
        if (var_28) {
            // best_score = score                                                             <L 27>
            var_29 = wp::copy(var_26);
            // best = t                                                                       <L 28>
            var_30 = wp::copy(var_9);
        }
        var_31 = wp::where(var_28, var_30, var_1);
        var_32 = wp::where(var_28, var_29, var_3);
        wp::assign(var_1, var_31);
        wp::assign(var_3, var_32);
        wp::adj_assign(var_3, var_32, adj_3, adj_32);
        wp::adj_assign(var_1, var_31, adj_1, adj_31);
        wp::adj_where(var_28, var_29, var_3, adj_28, adj_29, adj_3, adj_32);
        wp::adj_where(var_28, var_30, var_1, adj_28, adj_30, adj_1, adj_31);
        if (var_28) {
            wp::adj_copy(var_9, adj_9, adj_30);
            // adj: best = t                                                                  <L 28>
            wp::adj_copy(var_26, adj_26, adj_29);
            // adj: best_score = score                                                        <L 27>
        }
        // adj: if score < best_score:                                                        <L 26>
        wp::adj_add(var_24, var_27, adj_24, adj_25, adj_26);
        adj_11.priority = adj_25;
        wp::adj_mul(var_21, var_23, adj_21, adj_23, adj_24);
        // adj: score = slack * PRIORITY_LEVELS + task.priority                               <L 25>
        wp::adj_sub(var_18, var_22, adj_18, adj_20, adj_21);
        adj_11.remaining = adj_20;
        wp::adj_sub(var_19, var_now, adj_17, adj_now, adj_18);
        adj_11.deadline = adj_17;
        // adj: slack = task.deadline - now - task.remaining                                  <L 24>
        if (var_15) {
            // adj: continue                                                                  <L 23>
        }
        adj_11.remaining = adj_13;
        // adj: if task.remaining <= 0:                                                       <L 22>
        wp::adj_copy(var_12, adj_10, adj_11);
        wp::adj_address(var_tasks, var_w, var_9, adj_tasks, adj_w, adj_9, adj_10);
        // adj: task = tasks[w, t]                                                            <L 21>
    	goto start_for_0;
    end_for_0:;
    adj_tasks.shape = adj_4;
    // adj: for t in range(tasks.shape[1]):                                                   <L 20>
    // adj: best_score = int(1000000000)                                                      <L 19>
    // adj: best = int(-1)                                                                    <L 18>
    // adj: def pick_next(tasks: wp.array2d(dtype=Task), w: int, now: int) -> int:            <L 17>
    return;
}

struct wp_args_simulate_workers_e3719627 {
    wp::array_t<Task_524b1a4a> tasks;
    wp::int32 quantum;
    wp::array_t<wp::int32> makespan;
    wp::array_t<wp::int32> late;
    wp::array_t<wp::int32> idle_rounds;
};


void simulate_workers_e3719627_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_simulate_workers_e3719627 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Task_524b1a4a> var_tasks = _wp_args->tasks;
    wp::int32 var_quantum = _wp_args->quantum;
    wp::array_t<wp::int32> var_makespan = _wp_args->makespan;
    wp::array_t<wp::int32> var_late = _wp_args->late;
    wp::array_t<wp::int32> var_idle_rounds = _wp_args->idle_rounds;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    bool var_13;
    bool var_14;
    const wp::int32 var_15 = 64;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    Task_524b1a4a* var_26;
    Task_524b1a4a var_27;
    Task_524b1a4a var_28;
    wp::range_t var_29;
    wp::int32 var_30;
    wp::int32* var_31;
    const wp::int32 var_32 = 0;
    bool var_33;
    wp::int32 var_34;
    wp::int32* var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    wp::int32 var_38;
    wp::int32* var_39;
    const wp::int32 var_40 = 2;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::int32* var_43;
    const wp::int32 var_44 = 1;
    bool var_45;
    wp::int32 var_46;
    wp::int32* var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::int32 var_50;
    const wp::int32 var_51 = 2;
    wp::int32 var_52;
    const wp::int32 var_53 = 0;
    bool var_54;
    wp::int32* var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::int32* var_66;
    const wp::int32 var_67 = 0;
    bool var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    wp::int32* var_73;
    bool var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 0;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    wp::int32 var_79;
    //---------
    // forward
    // def simulate_workers(tasks: wp.array2d(dtype=Task), quantum: int, makespan: wp.array(dtype=int), late: wp.array(dtype=int), idle_rounds: wp.array(dtype=int)):       <L 33>
    // w = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // now = int(0)                                                                           <L 35>
    var_2 = wp::int(var_1);
    // rounds = int(0)                                                                        <L 36>
    var_4 = wp::int(var_3);
    // idle = int(0)                                                                          <L 37>
    var_6 = wp::int(var_5);
    // finished = int(0)                                                                      <L 38>
    var_8 = wp::int(var_7);
    // n = tasks.shape[1]                                                                     <L 39>
    var_9 = &(var_tasks.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    // while finished < n and rounds < MAX_ROUNDS:                                            <L 40>
    start_while_0:;
    var_14 = (var_8 < var_11);
    var_13 = var_14;
    if (var_13) {
        var_16 = (var_4 < var_15);
        var_13 = var_13 && var_16;
    }
    if ((var_13) == false) goto end_while_0;
        // rounds += 1                                                                        <L 41>
        var_18 = wp::add(var_4, var_17);
        // t = pick_next(tasks, w, now)                                                       <L 42>
        var_19 = pick_next_0(var_tasks, var_0, var_2);
        // if t < 0:                                                                          <L 43>
        var_21 = (var_19 < var_20);
        if (var_21) {
            // idle += 1                                                                      <L 44>
            var_23 = wp::add(var_6, var_22);
            // now += quantum                                                                 <L 45>
            var_24 = wp::add(var_2, var_quantum);
            // continue                                                                       <L 46>
            wp::assign(var_2, var_24);
            wp::assign(var_4, var_18);
            wp::assign(var_6, var_23);
            goto start_while_0;
        }
        var_25 = wp::where(var_21, var_4, var_18);
        // task = tasks[w, t]                                                                 <L 47>
        var_26 = wp::address(var_tasks, var_0, var_19);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // for q in range(quantum):                                                           <L 48>
        var_29 = wp::range(var_quantum);
        start_for_2:;
            if (iter_cmp(var_29) == 0) goto end_for_2;
            var_30 = wp::iter_next(var_29);
            // if task.remaining <= 0:                                                        <L 49>
            var_31 = &((var_27).remaining);
            var_34 = wp::load(var_31);
            var_33 = (var_34 <= var_32);
            if (var_33) {
                // break                                                                      <L 50>
                goto end_for_2;
            }
            // if task.priority == 0:                                                         <L 51>
            var_35 = &((var_27).priority);
            var_38 = wp::load(var_35);
            var_37 = (var_38 == var_36);
            if (var_37) {
                // task.remaining = task.remaining - 2                                        <L 53>
                var_39 = &((var_27).remaining);
                var_42 = wp::load(var_39);
                var_41 = wp::sub(var_42, var_40);
                var_27.remaining = var_41;
            }
            if (!var_37) {
                // elif task.priority == 1:                                                   <L 54>
                var_43 = &((var_27).priority);
                var_46 = wp::load(var_43);
                var_45 = (var_46 == var_44);
                if (var_45) {
                    // task.remaining = task.remaining - 1                                    <L 55>
                    var_47 = &((var_27).remaining);
                    var_50 = wp::load(var_47);
                    var_49 = wp::sub(var_50, var_48);
                    var_27.remaining = var_49;
                }
                if (!var_45) {
                    // if q % 2 == 0:                                                         <L 57>
                    var_52 = wp::mod(var_30, var_51);
                    var_54 = (var_52 == var_53);
                    if (var_54) {
                        // task.remaining = task.remaining - 1                                <L 58>
                        var_55 = &((var_27).remaining);
                        var_58 = wp::load(var_55);
                        var_57 = wp::sub(var_58, var_56);
                        var_27.remaining = var_57;
                    }
                    if (!var_54) {
                        // now += 0                                                           <L 60>
                        var_60 = wp::add(var_2, var_59);
                    }
                    var_61 = wp::where(var_54, var_2, var_60);
                }
                var_62 = wp::where(var_45, var_2, var_61);
            }
            var_63 = wp::where(var_37, var_2, var_62);
            // now += 1                                                                       <L 61>
            var_65 = wp::add(var_63, var_64);
            wp::assign(var_2, var_65);
            goto start_for_2;
        end_for_2:;
        // if task.remaining <= 0:                                                            <L 62>
        var_66 = &((var_27).remaining);
        var_69 = wp::load(var_66);
        var_68 = (var_69 <= var_67);
        if (var_68) {
            // task.remaining = 0                                                             <L 63>
            var_27.remaining = var_70;
            // task.done_at = now                                                             <L 64>
            var_27.done_at = var_2;
            // finished += 1                                                                  <L 65>
            var_72 = wp::add(var_8, var_71);
            // if now > task.deadline:                                                        <L 66>
            var_73 = &((var_27).deadline);
            var_75 = wp::load(var_73);
            var_74 = (var_2 > var_75);
            if (var_74) {
                // wp.atomic_add(late, 0, 1)                                                  <L 67>
                var_78 = wp::atomic_add(var_late, var_76, var_77);
            }
        }
        var_79 = wp::where(var_68, var_72, var_8);
        // tasks[w, t] = task                                                                 <L 68>
        wp::array_store(var_tasks, var_0, var_19, var_27);
        wp::assign(var_4, var_25);
        wp::assign(var_8, var_79);
    goto start_while_0;
    end_while_0:;
    // makespan[w] = now                                                                      <L 69>
    wp::array_store(var_makespan, var_0, var_2);
    // idle_rounds[w] = idle                                                                  <L 70>
    wp::array_store(var_idle_rounds, var_0, var_6);
}



void simulate_workers_e3719627_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_simulate_workers_e3719627 *_wp_args,
    wp_args_simulate_workers_e3719627 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Task_524b1a4a> var_tasks = _wp_args->tasks;
    wp::int32 var_quantum = _wp_args->quantum;
    wp::array_t<wp::int32> var_makespan = _wp_args->makespan;
    wp::array_t<wp::int32> var_late = _wp_args->late;
    wp::array_t<wp::int32> var_idle_rounds = _wp_args->idle_rounds;
    wp::array_t<Task_524b1a4a> adj_tasks = _wp_adj_args->tasks;
    wp::int32 adj_quantum = _wp_adj_args->quantum;
    wp::array_t<wp::int32> adj_makespan = _wp_adj_args->makespan;
    wp::array_t<wp::int32> adj_late = _wp_adj_args->late;
    wp::array_t<wp::int32> adj_idle_rounds = _wp_adj_args->idle_rounds;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    const wp::int32 var_3 = 0;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    wp::int32 var_8;
    wp::shape_t* var_9;
    const wp::int32 var_10 = 1;
    wp::int32 var_11;
    wp::shape_t var_12;
    bool var_13;
    bool var_14;
    const wp::int32 var_15 = 64;
    bool var_16;
    const wp::int32 var_17 = 1;
    wp::int32 var_18;
    wp::int32 var_19;
    const wp::int32 var_20 = 0;
    bool var_21;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::int32 var_24;
    wp::int32 var_25;
    Task_524b1a4a* var_26;
    Task_524b1a4a var_27;
    Task_524b1a4a var_28;
    wp::range_t var_29;
    wp::int32 var_30;
    wp::int32* var_31;
    const wp::int32 var_32 = 0;
    bool var_33;
    wp::int32 var_34;
    wp::int32* var_35;
    const wp::int32 var_36 = 0;
    bool var_37;
    wp::int32 var_38;
    wp::int32* var_39;
    const wp::int32 var_40 = 2;
    wp::int32 var_41;
    wp::int32 var_42;
    wp::int32* var_43;
    const wp::int32 var_44 = 1;
    bool var_45;
    wp::int32 var_46;
    wp::int32* var_47;
    const wp::int32 var_48 = 1;
    wp::int32 var_49;
    wp::int32 var_50;
    const wp::int32 var_51 = 2;
    wp::int32 var_52;
    const wp::int32 var_53 = 0;
    bool var_54;
    wp::int32* var_55;
    const wp::int32 var_56 = 1;
    wp::int32 var_57;
    wp::int32 var_58;
    const wp::int32 var_59 = 0;
    wp::int32 var_60;
    wp::int32 var_61;
    wp::int32 var_62;
    wp::int32 var_63;
    const wp::int32 var_64 = 1;
    wp::int32 var_65;
    wp::int32* var_66;
    const wp::int32 var_67 = 0;
    bool var_68;
    wp::int32 var_69;
    const wp::int32 var_70 = 0;
    const wp::int32 var_71 = 1;
    wp::int32 var_72;
    wp::int32* var_73;
    bool var_74;
    wp::int32 var_75;
    const wp::int32 var_76 = 0;
    const wp::int32 var_77 = 1;
    wp::int32 var_78;
    wp::int32 var_79;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::shape_t adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::shape_t adj_12 = {};
    bool adj_13 = {};
    bool adj_14 = {};
    wp::int32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    bool adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    Task_524b1a4a adj_26 = {};
    Task_524b1a4a adj_27 = {};
    Task_524b1a4a adj_28 = {};
    wp::range_t adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    bool adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::int32 adj_36 = {};
    bool adj_37 = {};
    wp::int32 adj_38 = {};
    wp::int32 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::int32 adj_43 = {};
    wp::int32 adj_44 = {};
    bool adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::int32 adj_48 = {};
    wp::int32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::int32 adj_53 = {};
    bool adj_54 = {};
    wp::int32 adj_55 = {};
    wp::int32 adj_56 = {};
    wp::int32 adj_57 = {};
    wp::int32 adj_58 = {};
    wp::int32 adj_59 = {};
    wp::int32 adj_60 = {};
    wp::int32 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::int32 adj_63 = {};
    wp::int32 adj_64 = {};
    wp::int32 adj_65 = {};
    wp::int32 adj_66 = {};
    wp::int32 adj_67 = {};
    bool adj_68 = {};
    wp::int32 adj_69 = {};
    wp::int32 adj_70 = {};
    wp::int32 adj_71 = {};
    wp::int32 adj_72 = {};
    wp::int32 adj_73 = {};
    bool adj_74 = {};
    wp::int32 adj_75 = {};
    wp::int32 adj_76 = {};
    wp::int32 adj_77 = {};
    wp::int32 adj_78 = {};
    wp::int32 adj_79 = {};
    //---------
    // forward
    // def simulate_workers(tasks: wp.array2d(dtype=Task), quantum: int, makespan: wp.array(dtype=int), late: wp.array(dtype=int), idle_rounds: wp.array(dtype=int)):       <L 33>
    // w = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // now = int(0)                                                                           <L 35>
    var_2 = wp::int(var_1);
    // rounds = int(0)                                                                        <L 36>
    var_4 = wp::int(var_3);
    // idle = int(0)                                                                          <L 37>
    var_6 = wp::int(var_5);
    // finished = int(0)                                                                      <L 38>
    var_8 = wp::int(var_7);
    // n = tasks.shape[1]                                                                     <L 39>
    var_9 = &(var_tasks.shape);
    var_12 = wp::load(var_9);
    var_11 = wp::extract(var_12, var_10);
    // while finished < n and rounds < MAX_ROUNDS:                                            <L 40>
    // makespan[w] = now                                                                      <L 69>
    // wp::array_store(var_makespan, var_0, var_2);
    // idle_rounds[w] = idle                                                                  <L 70>
    // wp::array_store(var_idle_rounds, var_0, var_6);
    //---------
    // reverse
    wp::adj_array_store(var_idle_rounds, var_0, var_6, adj_idle_rounds, adj_0, adj_6);
    // adj: idle_rounds[w] = idle                                                             <L 70>
    wp::adj_array_store(var_makespan, var_0, var_2, adj_makespan, adj_0, adj_2);
    // adj: makespan[w] = now                                                                 <L 69>
    start_while_0:;
    var_14 = (var_8 < var_11);
    var_13 = var_14;
    if (var_13) {
        var_16 = (var_4 < var_15);
        var_13 = var_13 && var_16;
    }
    if ((var_13) == false) goto end_while_0;
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_23 = {};
    adj_24 = {};
    adj_25 = {};
    adj_26 = {};
    adj_27 = {};
    adj_28 = {};
    adj_29 = {};
    adj_66 = {};
    adj_67 = {};
    adj_68 = {};
    adj_69 = {};
    adj_70 = {};
    adj_71 = {};
    adj_72 = {};
    adj_73 = {};
    adj_74 = {};
    adj_75 = {};
    adj_76 = {};
    adj_77 = {};
    adj_78 = {};
    adj_79 = {};
        // rounds += 1                                                                        <L 41>
        var_18 = wp::add(var_4, var_17);
        // t = pick_next(tasks, w, now)                                                       <L 42>
        var_19 = pick_next_0(var_tasks, var_0, var_2);
        // if t < 0:                                                                          <L 43>
        var_21 = (var_19 < var_20);
        if (var_21) {
            // idle += 1                                                                      <L 44>
            var_23 = wp::add(var_6, var_22);
            // now += quantum                                                                 <L 45>
            var_24 = wp::add(var_2, var_quantum);
            // continue                                                                       <L 46>
            wp::assign(var_2, var_24);
            wp::assign(var_4, var_18);
            wp::assign(var_6, var_23);
            goto start_while_0;
        }
        var_25 = wp::where(var_21, var_4, var_18);
        // task = tasks[w, t]                                                                 <L 47>
        var_26 = wp::address(var_tasks, var_0, var_19);
        var_28 = wp::load(var_26);
        var_27 = wp::copy(var_28);
        // for q in range(quantum):                                                           <L 48>
        var_29 = wp::range(var_quantum);
        // if task.remaining <= 0:                                                            <L 62>
        var_66 = &((var_27).remaining);
        var_69 = wp::load(var_66);
        var_68 = (var_69 <= var_67);
        if (var_68) {
            // task.remaining = 0                                                             <L 63>
            var_27.remaining = var_70;
            // task.done_at = now                                                             <L 64>
            var_27.done_at = var_2;
            // finished += 1                                                                  <L 65>
            var_72 = wp::add(var_8, var_71);
            // if now > task.deadline:                                                        <L 66>
            var_73 = &((var_27).deadline);
            var_75 = wp::load(var_73);
            var_74 = (var_2 > var_75);
            if (var_74) {
                // wp.atomic_add(late, 0, 1)                                                  <L 67>
                // var_78 = wp::atomic_add(var_late, var_76, var_77);
            }
        }
        var_79 = wp::where(var_68, var_72, var_8);
        // tasks[w, t] = task                                                                 <L 68>
        // wp::array_store(var_tasks, var_0, var_19, var_27);
        wp::assign(var_4, var_25);
        wp::assign(var_8, var_79);
        wp::adj_assign(var_8, var_79, adj_8, adj_79);
        wp::adj_assign(var_4, var_25, adj_4, adj_25);
        wp::adj_array_store(var_tasks, var_0, var_19, var_27, adj_tasks, adj_0, adj_19, adj_27);
        // adj: tasks[w, t] = task                                                            <L 68>
        wp::adj_where(var_68, var_72, var_8, adj_68, adj_72, adj_8, adj_79);
        if (var_68) {
            if (var_74) {
                wp::adj_atomic_add(var_late, var_76, var_77, adj_late, adj_76, adj_77, adj_78);
                // adj: wp.atomic_add(late, 0, 1)                                             <L 67>
            }
            adj_27.deadline = adj_73;
            // adj: if now > task.deadline:                                                   <L 66>
            wp::adj_add(var_8, var_71, adj_8, adj_71, adj_72);
            // adj: finished += 1                                                             <L 65>
            adj_27.done_at = {};
            // adj: task.done_at = now                                                        <L 64>
            adj_27.remaining = {};
            // adj: task.remaining = 0                                                        <L 63>
        }
        adj_27.remaining = adj_66;
        // adj: if task.remaining <= 0:                                                       <L 62>
        var_29 = wp::iter_reverse(var_29);
        start_for_2:;
            if (iter_cmp(var_29) == 0) goto end_for_2;
            var_30 = wp::iter_next(var_29);
        	adj_31 = {};
        	adj_32 = {};
        	adj_33 = {};
        	adj_34 = {};
        	adj_35 = {};
        	adj_36 = {};
        	adj_37 = {};
        	adj_38 = {};
        	adj_39 = {};
        	adj_40 = {};
        	adj_41 = {};
        	adj_42 = {};
        	adj_43 = {};
        	adj_44 = {};
        	adj_45 = {};
        	adj_46 = {};
        	adj_47 = {};
        	adj_48 = {};
        	adj_49 = {};
        	adj_50 = {};
        	adj_51 = {};
        	adj_52 = {};
        	adj_53 = {};
        	adj_54 = {};
        	adj_55 = {};
        	adj_56 = {};
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
            // if task.remaining <= 0:                                                        <L 49>
            var_31 = &((var_27).remaining);
            var_34 = wp::load(var_31);
            var_33 = (var_34 <= var_32);
            if (var_33) {
                // break                                                                      <L 50>
                goto end_for_2;
            }
            // if task.priority == 0:                                                         <L 51>
            var_35 = &((var_27).priority);
            var_38 = wp::load(var_35);
            var_37 = (var_38 == var_36);
            if (var_37) {
                // task.remaining = task.remaining - 2                                        <L 53>
                var_39 = &((var_27).remaining);
                var_42 = wp::load(var_39);
                var_41 = wp::sub(var_42, var_40);
                var_27.remaining = var_41;
            }
            if (!var_37) {
                // elif task.priority == 1:                                                   <L 54>
                var_43 = &((var_27).priority);
                var_46 = wp::load(var_43);
                var_45 = (var_46 == var_44);
                if (var_45) {
                    // task.remaining = task.remaining - 1                                    <L 55>
                    var_47 = &((var_27).remaining);
                    var_50 = wp::load(var_47);
                    var_49 = wp::sub(var_50, var_48);
                    var_27.remaining = var_49;
                }
                if (!var_45) {
                    // if q % 2 == 0:                                                         <L 57>
                    var_52 = wp::mod(var_30, var_51);
                    var_54 = (var_52 == var_53);
                    if (var_54) {
                        // task.remaining = task.remaining - 1                                <L 58>
                        var_55 = &((var_27).remaining);
                        var_58 = wp::load(var_55);
                        var_57 = wp::sub(var_58, var_56);
                        var_27.remaining = var_57;
                    }
                    if (!var_54) {
                        // now += 0                                                           <L 60>
                        var_60 = wp::add(var_2, var_59);
                    }
                    var_61 = wp::where(var_54, var_2, var_60);
                }
                var_62 = wp::where(var_45, var_2, var_61);
            }
            var_63 = wp::where(var_37, var_2, var_62);
            // now += 1                                                                       <L 61>
            var_65 = wp::add(var_63, var_64);
            wp::assign(var_2, var_65);
            wp::adj_assign(var_2, var_65, adj_2, adj_65);
            wp::adj_add(var_63, var_64, adj_63, adj_64, adj_65);
            // adj: now += 1                                                                  <L 61>
            wp::adj_where(var_37, var_2, var_62, adj_37, adj_2, adj_62, adj_63);
            if (!var_37) {
                wp::adj_where(var_45, var_2, var_61, adj_45, adj_2, adj_61, adj_62);
                if (!var_45) {
                    wp::adj_where(var_54, var_2, var_60, adj_54, adj_2, adj_60, adj_61);
                    if (!var_54) {
                        wp::adj_add(var_2, var_59, adj_2, adj_59, adj_60);
                        // adj: now += 0                                                      <L 60>
                    }
                    if (var_54) {
                        adj_27.remaining = {};
                        wp::adj_sub(var_58, var_56, adj_55, adj_56, adj_57);
                        adj_27.remaining = adj_55;
                        // adj: task.remaining = task.remaining - 1                           <L 58>
                    }
                    wp::adj_mod(var_30, var_51, adj_30, adj_51, adj_52);
                    // adj: if q % 2 == 0:                                                    <L 57>
                }
                if (var_45) {
                    adj_27.remaining = {};
                    wp::adj_sub(var_50, var_48, adj_47, adj_48, adj_49);
                    adj_27.remaining = adj_47;
                    // adj: task.remaining = task.remaining - 1                               <L 55>
                }
                adj_27.priority = adj_43;
                // adj: elif task.priority == 1:                                              <L 54>
            }
            if (var_37) {
                adj_27.remaining = {};
                wp::adj_sub(var_42, var_40, adj_39, adj_40, adj_41);
                adj_27.remaining = adj_39;
                // adj: task.remaining = task.remaining - 2                                   <L 53>
            }
            adj_27.priority = adj_35;
            // adj: if task.priority == 0:                                                    <L 51>
            if (var_33) {
                // adj: break                                                                 <L 50>
            }
            adj_27.remaining = adj_31;
            // adj: if task.remaining <= 0:                                                   <L 49>
        	goto start_for_2;
        end_for_2:;
        // adj: for q in range(quantum):                                                      <L 48>
        wp::adj_copy(var_28, adj_26, adj_27);
        wp::adj_address(var_tasks, var_0, var_19, adj_tasks, adj_0, adj_19, adj_26);
        // adj: task = tasks[w, t]                                                            <L 47>
        wp::adj_where(var_21, var_4, var_18, adj_21, adj_4, adj_18, adj_25);
        if (var_21) {
            wp::adj_assign(var_6, var_23, adj_6, adj_23);
            wp::adj_assign(var_4, var_18, adj_4, adj_18);
            wp::adj_assign(var_2, var_24, adj_2, adj_24);
            // adj: continue                                                                  <L 46>
            wp::adj_add(var_2, var_quantum, adj_2, adj_quantum, adj_24);
            // adj: now += quantum                                                            <L 45>
            wp::adj_add(var_6, var_22, adj_6, adj_22, adj_23);
            // adj: idle += 1                                                                 <L 44>
        }
        // adj: if t < 0:                                                                     <L 43>
        adj_pick_next_0(var_tasks, var_0, var_2, adj_tasks, adj_0, adj_2, adj_19);
        // adj: t = pick_next(tasks, w, now)                                                  <L 42>
        wp::adj_add(var_4, var_17, adj_4, adj_17, adj_18);
        // adj: rounds += 1                                                                   <L 41>
    goto start_while_0;
    end_while_0:;
    // adj: while finished < n and rounds < MAX_ROUNDS:                                       <L 40>
    adj_tasks.shape = adj_9;
    // adj: n = tasks.shape[1]                                                                <L 39>
    // adj: finished = int(0)                                                                 <L 38>
    // adj: idle = int(0)                                                                     <L 37>
    // adj: rounds = int(0)                                                                   <L 36>
    // adj: now = int(0)                                                                      <L 35>
    // adj: w = wp.tid()                                                                      <L 34>
    // adj: def simulate_workers(tasks: wp.array2d(dtype=Task), quantum: int, makespan: wp.array(dtype=int), late: wp.array(dtype=int), idle_rounds: wp.array(dtype=int)):  <L 33>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void simulate_workers_e3719627_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_simulate_workers_e3719627 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        simulate_workers_e3719627_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void simulate_workers_e3719627_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_simulate_workers_e3719627 *_wp_args,
    wp_args_simulate_workers_e3719627 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        simulate_workers_e3719627_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_classify_tasks_901b2ee3 {
    wp::array_t<Task_524b1a4a> tasks;
    wp::array_t<wp::int32> buckets;
};


void classify_tasks_901b2ee3_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_classify_tasks_901b2ee3 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<Task_524b1a4a> var_tasks = _wp_args->tasks;
    wp::array_t<wp::int32> var_buckets = _wp_args->buckets;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    Task_524b1a4a* var_2;
    Task_524b1a4a var_3;
    Task_524b1a4a var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 10;
    wp::int32 var_15;
    wp::int32 var_16;
    bool var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::int32* var_23;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 2;
    wp::int32 var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 3;
    wp::int32 var_32;
    //---------
    // forward
    // def classify_tasks(tasks: wp.array2d(dtype=Task), buckets: wp.array(dtype=int)):       <L 74>
    // w, t = wp.tid()                                                                        <L 75>
    builtin_tid2d(var_0, var_1);
    // task = tasks[w, t]                                                                     <L 76>
    var_2 = wp::address(var_tasks, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if task.remaining > 0:                                                                 <L 77>
    var_5 = &((var_3).remaining);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    if (var_7) {
        // buckets[0] += 1                                                                    <L 78>
        var_11 = wp::atomic_add(var_buckets, var_10, var_9);
    }
    if (!var_7) {
        // elif task.done_at <= task.deadline - 10:                                           <L 79>
        var_12 = &((var_3).done_at);
        var_13 = &((var_3).deadline);
        var_16 = wp::load(var_13);
        var_15 = wp::sub(var_16, var_14);
        var_18 = wp::load(var_12);
        var_17 = (var_18 <= var_15);
        if (var_17) {
            // buckets[1] += 1                                                                <L 80>
            var_21 = wp::atomic_add(var_buckets, var_20, var_19);
        }
        if (!var_17) {
            // elif task.done_at <= task.deadline:                                            <L 81>
            var_22 = &((var_3).done_at);
            var_23 = &((var_3).deadline);
            var_25 = wp::load(var_22);
            var_26 = wp::load(var_23);
            var_24 = (var_25 <= var_26);
            if (var_24) {
                // buckets[2] += 1                                                            <L 82>
                var_29 = wp::atomic_add(var_buckets, var_28, var_27);
            }
            if (!var_24) {
                // buckets[3] += 1                                                            <L 84>
                var_32 = wp::atomic_add(var_buckets, var_31, var_30);
            }
        }
    }
}



void classify_tasks_901b2ee3_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_classify_tasks_901b2ee3 *_wp_args,
    wp_args_classify_tasks_901b2ee3 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<Task_524b1a4a> var_tasks = _wp_args->tasks;
    wp::array_t<wp::int32> var_buckets = _wp_args->buckets;
    wp::array_t<Task_524b1a4a> adj_tasks = _wp_adj_args->tasks;
    wp::array_t<wp::int32> adj_buckets = _wp_adj_args->buckets;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    Task_524b1a4a* var_2;
    Task_524b1a4a var_3;
    Task_524b1a4a var_4;
    wp::int32* var_5;
    const wp::int32 var_6 = 0;
    bool var_7;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    const wp::int32 var_10 = 0;
    wp::int32 var_11;
    wp::int32* var_12;
    wp::int32* var_13;
    const wp::int32 var_14 = 10;
    wp::int32 var_15;
    wp::int32 var_16;
    bool var_17;
    wp::int32 var_18;
    const wp::int32 var_19 = 1;
    const wp::int32 var_20 = 1;
    wp::int32 var_21;
    wp::int32* var_22;
    wp::int32* var_23;
    bool var_24;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 1;
    const wp::int32 var_28 = 2;
    wp::int32 var_29;
    const wp::int32 var_30 = 1;
    const wp::int32 var_31 = 3;
    wp::int32 var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    Task_524b1a4a adj_2 = {};
    Task_524b1a4a adj_3 = {};
    Task_524b1a4a adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    bool adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    bool adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    bool adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    //---------
    // forward
    // def classify_tasks(tasks: wp.array2d(dtype=Task), buckets: wp.array(dtype=int)):       <L 74>
    // w, t = wp.tid()                                                                        <L 75>
    builtin_tid2d(var_0, var_1);
    // task = tasks[w, t]                                                                     <L 76>
    var_2 = wp::address(var_tasks, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // if task.remaining > 0:                                                                 <L 77>
    var_5 = &((var_3).remaining);
    var_8 = wp::load(var_5);
    var_7 = (var_8 > var_6);
    if (var_7) {
        // buckets[0] += 1                                                                    <L 78>
        // var_11 = wp::atomic_add(var_buckets, var_10, var_9);
    }
    if (!var_7) {
        // elif task.done_at <= task.deadline - 10:                                           <L 79>
        var_12 = &((var_3).done_at);
        var_13 = &((var_3).deadline);
        var_16 = wp::load(var_13);
        var_15 = wp::sub(var_16, var_14);
        var_18 = wp::load(var_12);
        var_17 = (var_18 <= var_15);
        if (var_17) {
            // buckets[1] += 1                                                                <L 80>
            // var_21 = wp::atomic_add(var_buckets, var_20, var_19);
        }
        if (!var_17) {
            // elif task.done_at <= task.deadline:                                            <L 81>
            var_22 = &((var_3).done_at);
            var_23 = &((var_3).deadline);
            var_25 = wp::load(var_22);
            var_26 = wp::load(var_23);
            var_24 = (var_25 <= var_26);
            if (var_24) {
                // buckets[2] += 1                                                            <L 82>
                // var_29 = wp::atomic_add(var_buckets, var_28, var_27);
            }
            if (!var_24) {
                // buckets[3] += 1                                                            <L 84>
                // var_32 = wp::atomic_add(var_buckets, var_31, var_30);
            }
        }
    }
    //---------
    // reverse
    if (!var_7) {
        if (!var_17) {
            if (!var_24) {
                wp::adj_atomic_add(var_buckets, var_31, var_30, adj_buckets, adj_31, adj_30, adj_32);
                // adj: buckets[3] += 1                                                       <L 84>
            }
            if (var_24) {
                wp::adj_atomic_add(var_buckets, var_28, var_27, adj_buckets, adj_28, adj_27, adj_29);
                // adj: buckets[2] += 1                                                       <L 82>
            }
            adj_3.deadline = adj_23;
            adj_3.done_at = adj_22;
            // adj: elif task.done_at <= task.deadline:                                       <L 81>
        }
        if (var_17) {
            wp::adj_atomic_add(var_buckets, var_20, var_19, adj_buckets, adj_20, adj_19, adj_21);
            // adj: buckets[1] += 1                                                           <L 80>
        }
        wp::adj_sub(var_16, var_14, adj_13, adj_14, adj_15);
        adj_3.deadline = adj_13;
        adj_3.done_at = adj_12;
        // adj: elif task.done_at <= task.deadline - 10:                                      <L 79>
    }
    if (var_7) {
        wp::adj_atomic_add(var_buckets, var_10, var_9, adj_buckets, adj_10, adj_9, adj_11);
        // adj: buckets[0] += 1                                                               <L 78>
    }
    adj_3.remaining = adj_5;
    // adj: if task.remaining > 0:                                                            <L 77>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_tasks, var_0, var_1, adj_tasks, adj_0, adj_1, adj_2);
    // adj: task = tasks[w, t]                                                                <L 76>
    // adj: w, t = wp.tid()                                                                   <L 75>
    // adj: def classify_tasks(tasks: wp.array2d(dtype=Task), buckets: wp.array(dtype=int)):  <L 74>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void classify_tasks_901b2ee3_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_classify_tasks_901b2ee3 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        classify_tasks_901b2ee3_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void classify_tasks_901b2ee3_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_classify_tasks_901b2ee3 *_wp_args,
    wp_args_classify_tasks_901b2ee3 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        classify_tasks_901b2ee3_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

struct wp_args_retry_backoff_83ea2d39 {
    wp::array_t<wp::int32> attempts;
    wp::int32 seed;
    wp::int32 max_attempts;
    wp::array_t<wp::int32> succeeded;
    wp::array_t<wp::int32> total_wait;
};


void retry_backoff_83ea2d39_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_retry_backoff_83ea2d39 *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_attempts = _wp_args->attempts;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_max_attempts = _wp_args->max_attempts;
    wp::array_t<wp::int32> var_succeeded = _wp_args->succeeded;
    wp::array_t<wp::int32> var_total_wait = _wp_args->total_wait;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3;
    bool var_13;
    const wp::int32 var_14 = 1;
    const wp::float32 var_15 = 0.6;
    bool var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 10;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::range_t var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 10000;
    bool var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 0;
    wp::int32 var_33;
    //---------
    // forward
    // def retry_backoff(attempts: wp.array(dtype=int), seed: int, max_attempts: int, succeeded: wp.array(dtype=int), total_wait: wp.array(dtype=int)):       <L 88>
    // i = wp.tid()                                                                           <L 89>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 90>
    var_1 = wp::rand_init(var_seed, var_0);
    // a = int(0)                                                                             <L 91>
    var_3 = wp::int(var_2);
    // wait = int(0)                                                                          <L 92>
    var_5 = wp::int(var_4);
    // ok = int(0)                                                                            <L 93>
    var_7 = wp::int(var_6);
    // while a < max_attempts:                                                                <L 94>
    start_while_0:;
    var_8 = (var_3 < var_max_attempts);
    if ((var_8) == false) goto end_while_0;
        // a += 1                                                                             <L 95>
        var_10 = wp::add(var_3, var_9);
        // r = wp.randf(state)                                                                <L 96>
        var_11 = wp::randf(var_1);
        // if r < 0.3:                                                                        <L 97>
        var_13 = (var_11 < var_12);
        if (var_13) {
            // ok = 1                                                                         <L 98>
            // break                                                                          <L 99>
            wp::assign(var_3, var_10);
            wp::assign(var_7, var_14);
            goto end_while_0;
        }
        if (!var_13) {
            // elif r < 0.6:                                                                  <L 100>
            var_16 = (var_11 < var_15);
            if (var_16) {
                // wait += 1 << wp.min(a, 10)                                                 <L 101>
                var_19 = wp::min(var_10, var_18);
                var_20 = wp::lshift(var_17, var_19);
                var_21 = wp::add(var_5, var_20);
                // continue                                                                   <L 102>
                wp::assign(var_3, var_10);
                wp::assign(var_5, var_21);
                goto start_while_0;
            }
            if (!var_16) {
                // for k in range(a):                                                         <L 104>
                var_22 = wp::range(var_10);
                start_for_2:;
                    if (iter_cmp(var_22) == 0) goto end_for_2;
                    var_23 = wp::iter_next(var_22);
                    // wait += k + 1                                                          <L 105>
                    var_25 = wp::add(var_23, var_24);
                    var_26 = wp::add(var_5, var_25);
                    // if wait > 10000:                                                       <L 106>
                    var_28 = (var_26 > var_27);
                    if (var_28) {
                        // break                                                              <L 107>
                        wp::assign(var_5, var_26);
                        goto end_for_2;
                    }
                    var_29 = wp::where(var_28, var_5, var_26);
                    wp::assign(var_5, var_29);
                    goto start_for_2;
                end_for_2:;
            }
            var_30 = wp::where(var_16, var_3, var_10);
        }
        var_31 = wp::where(var_13, var_3, var_30);
        wp::assign(var_3, var_31);
    goto start_while_0;
    end_while_0:;
    // attempts[i] = a                                                                        <L 108>
    wp::array_store(var_attempts, var_0, var_3);
    // succeeded[i] = ok                                                                      <L 109>
    wp::array_store(var_succeeded, var_0, var_7);
    // wp.atomic_add(total_wait, 0, wait)                                                     <L 110>
    var_33 = wp::atomic_add(var_total_wait, var_32, var_5);
}



void retry_backoff_83ea2d39_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_retry_backoff_83ea2d39 *_wp_args,
    wp_args_retry_backoff_83ea2d39 *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::int32> var_attempts = _wp_args->attempts;
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_max_attempts = _wp_args->max_attempts;
    wp::array_t<wp::int32> var_succeeded = _wp_args->succeeded;
    wp::array_t<wp::int32> var_total_wait = _wp_args->total_wait;
    wp::array_t<wp::int32> adj_attempts = _wp_adj_args->attempts;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_max_attempts = _wp_adj_args->max_attempts;
    wp::array_t<wp::int32> adj_succeeded = _wp_adj_args->succeeded;
    wp::array_t<wp::int32> adj_total_wait = _wp_adj_args->total_wait;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::uint32 var_1;
    const wp::int32 var_2 = 0;
    wp::int32 var_3;
    const wp::int32 var_4 = 0;
    wp::int32 var_5;
    const wp::int32 var_6 = 0;
    wp::int32 var_7;
    bool var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::float32 var_11;
    const wp::float32 var_12 = 0.3;
    bool var_13;
    const wp::int32 var_14 = 1;
    const wp::float32 var_15 = 0.6;
    bool var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 10;
    wp::int32 var_19;
    wp::int32 var_20;
    wp::int32 var_21;
    wp::range_t var_22;
    wp::int32 var_23;
    const wp::int32 var_24 = 1;
    wp::int32 var_25;
    wp::int32 var_26;
    const wp::int32 var_27 = 10000;
    bool var_28;
    wp::int32 var_29;
    wp::int32 var_30;
    wp::int32 var_31;
    const wp::int32 var_32 = 0;
    wp::int32 var_33;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::uint32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    bool adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    bool adj_13 = {};
    wp::int32 adj_14 = {};
    wp::float32 adj_15 = {};
    bool adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::int32 adj_21 = {};
    wp::range_t adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    bool adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    //---------
    // forward
    // def retry_backoff(attempts: wp.array(dtype=int), seed: int, max_attempts: int, succeeded: wp.array(dtype=int), total_wait: wp.array(dtype=int)):       <L 88>
    // i = wp.tid()                                                                           <L 89>
    var_0 = builtin_tid1d();
    // state = wp.rand_init(seed, i)                                                          <L 90>
    var_1 = wp::rand_init(var_seed, var_0);
    // a = int(0)                                                                             <L 91>
    var_3 = wp::int(var_2);
    // wait = int(0)                                                                          <L 92>
    var_5 = wp::int(var_4);
    // ok = int(0)                                                                            <L 93>
    var_7 = wp::int(var_6);
    // while a < max_attempts:                                                                <L 94>
    // attempts[i] = a                                                                        <L 108>
    // wp::array_store(var_attempts, var_0, var_3);
    // succeeded[i] = ok                                                                      <L 109>
    // wp::array_store(var_succeeded, var_0, var_7);
    // wp.atomic_add(total_wait, 0, wait)                                                     <L 110>
    // var_33 = wp::atomic_add(var_total_wait, var_32, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_total_wait, var_32, var_5, adj_total_wait, adj_32, adj_5, adj_33);
    // adj: wp.atomic_add(total_wait, 0, wait)                                                <L 110>
    wp::adj_array_store(var_succeeded, var_0, var_7, adj_succeeded, adj_0, adj_7);
    // adj: succeeded[i] = ok                                                                 <L 109>
    wp::adj_array_store(var_attempts, var_0, var_3, adj_attempts, adj_0, adj_3);
    // adj: attempts[i] = a                                                                   <L 108>
    start_while_0:;
    var_8 = (var_3 < var_max_attempts);
    if ((var_8) == false) goto end_while_0;
    adj_9 = {};
    adj_10 = {};
    adj_11 = {};
    adj_12 = {};
    adj_13 = {};
    adj_14 = {};
    adj_15 = {};
    adj_16 = {};
    adj_17 = {};
    adj_18 = {};
    adj_19 = {};
    adj_20 = {};
    adj_21 = {};
    adj_22 = {};
    adj_30 = {};
    adj_31 = {};
        // a += 1                                                                             <L 95>
        var_10 = wp::add(var_3, var_9);
        // r = wp.randf(state)                                                                <L 96>
        var_11 = wp::randf(var_1);
        // if r < 0.3:                                                                        <L 97>
        var_13 = (var_11 < var_12);
        if (var_13) {
            // ok = 1                                                                         <L 98>
            // break                                                                          <L 99>
            wp::assign(var_3, var_10);
            wp::assign(var_7, var_14);
            goto end_while_0;
        }
        if (!var_13) {
            // elif r < 0.6:                                                                  <L 100>
            var_16 = (var_11 < var_15);
            if (var_16) {
                // wait += 1 << wp.min(a, 10)                                                 <L 101>
                var_19 = wp::min(var_10, var_18);
                var_20 = wp::lshift(var_17, var_19);
                var_21 = wp::add(var_5, var_20);
                // continue                                                                   <L 102>
                wp::assign(var_3, var_10);
                wp::assign(var_5, var_21);
                goto start_while_0;
            }
            if (!var_16) {
                // for k in range(a):                                                         <L 104>
                var_22 = wp::range(var_10);
            }
            var_30 = wp::where(var_16, var_3, var_10);
        }
        var_31 = wp::where(var_13, var_3, var_30);
        wp::assign(var_3, var_31);
        wp::adj_assign(var_3, var_31, adj_3, adj_31);
        wp::adj_where(var_13, var_3, var_30, adj_13, adj_3, adj_30, adj_31);
        if (!var_13) {
            wp::adj_where(var_16, var_3, var_10, adj_16, adj_3, adj_10, adj_30);
            if (!var_16) {
                var_22 = wp::iter_reverse(var_22);
                start_for_2:;
                    if (iter_cmp(var_22) == 0) goto end_for_2;
                    var_23 = wp::iter_next(var_22);
                	adj_24 = {};
                	adj_25 = {};
                	adj_26 = {};
                	adj_27 = {};
                	adj_28 = {};
                	adj_29 = {};
                    // wait += k + 1                                                          <L 105>
                    var_25 = wp::add(var_23, var_24);
                    var_26 = wp::add(var_5, var_25);
                    // if wait > 10000:                                                       <L 106>
                    var_28 = (var_26 > var_27);
                    if (var_28) {
                        // break                                                              <L 107>
                        wp::assign(var_5, var_26);
                        goto end_for_2;
                    }
                    var_29 = wp::where(var_28, var_5, var_26);
                    wp::assign(var_5, var_29);
                    wp::adj_assign(var_5, var_29, adj_5, adj_29);
                    wp::adj_where(var_28, var_5, var_26, adj_28, adj_5, adj_26, adj_29);
                    if (var_28) {
                        wp::adj_assign(var_5, var_26, adj_5, adj_26);
                        // adj: break                                                         <L 107>
                    }
                    // adj: if wait > 10000:                                                  <L 106>
                    wp::adj_add(var_5, var_25, adj_5, adj_25, adj_26);
                    wp::adj_add(var_23, var_24, adj_23, adj_24, adj_25);
                    // adj: wait += k + 1                                                     <L 105>
                	goto start_for_2;
                end_for_2:;
                // adj: for k in range(a):                                                    <L 104>
            }
            if (var_16) {
                wp::adj_assign(var_5, var_21, adj_5, adj_21);
                wp::adj_assign(var_3, var_10, adj_3, adj_10);
                // adj: continue                                                              <L 102>
                wp::adj_add(var_5, var_20, adj_5, adj_20, adj_21);
                wp::adj_min(var_10, var_18, adj_10, adj_18, adj_19);
                // adj: wait += 1 << wp.min(a, 10)                                            <L 101>
            }
            // adj: elif r < 0.6:                                                             <L 100>
        }
        if (var_13) {
            wp::adj_assign(var_7, var_14, adj_7, adj_14);
            wp::adj_assign(var_3, var_10, adj_3, adj_10);
            // adj: break                                                                     <L 99>
            // adj: ok = 1                                                                    <L 98>
        }
        // adj: if r < 0.3:                                                                   <L 97>
        // adj: r = wp.randf(state)                                                           <L 96>
        wp::adj_add(var_3, var_9, adj_3, adj_9, adj_10);
        // adj: a += 1                                                                        <L 95>
    goto start_while_0;
    end_while_0:;
    // adj: while a < max_attempts:                                                           <L 94>
    // adj: ok = int(0)                                                                       <L 93>
    // adj: wait = int(0)                                                                     <L 92>
    // adj: a = int(0)                                                                        <L 91>
    // adj: state = wp.rand_init(seed, i)                                                     <L 90>
    // adj: i = wp.tid()                                                                      <L 89>
    // adj: def retry_backoff(attempts: wp.array(dtype=int), seed: int, max_attempts: int, succeeded: wp.array(dtype=int), total_wait: wp.array(dtype=int)):  <L 88>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void retry_backoff_83ea2d39_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_retry_backoff_83ea2d39 *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        retry_backoff_83ea2d39_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void retry_backoff_83ea2d39_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_retry_backoff_83ea2d39 *_wp_args,
    wp_args_retry_backoff_83ea2d39 *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        retry_backoff_83ea2d39_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

