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


struct Particle_92ef1759
{
    wp::vec_t<3, wp::float32> x;
    wp::float32 m;


    Particle_92ef1759() = default;
    CUDA_CALLABLE Particle_92ef1759(wp::vec_t<3, wp::float32> const& x,
    wp::float32 const& m = {})
        : x{x}
        , m{m}

    {
    }

    CUDA_CALLABLE Particle_92ef1759& operator += (const Particle_92ef1759& rhs)
    {    x += rhs.x;
    m += rhs.m;

        return *this;}

};

static CUDA_CALLABLE void adj_Particle_92ef1759(wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::float32 & adj_m,
    Particle_92ef1759 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_m += adj_ret.m;
}

// Required when compiling adjoints.
CUDA_CALLABLE Particle_92ef1759 add(const Particle_92ef1759& a, const Particle_92ef1759& b)
{
    return Particle_92ef1759();
}

CUDA_CALLABLE void adj_atomic_add(Particle_92ef1759* p, Particle_92ef1759 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->m, t.m);
}




struct Holder_1126df55
{
    wp::array_t<wp::float32> data;


    Holder_1126df55() = default;
    CUDA_CALLABLE Holder_1126df55(wp::array_t<wp::float32> const& data)
        : data{data}

    {
    }

    CUDA_CALLABLE Holder_1126df55& operator += (const Holder_1126df55& rhs)
    {
        return *this;}

};

static CUDA_CALLABLE void adj_Holder_1126df55(wp::array_t<wp::float32> const&,
    wp::array_t<wp::float32> & adj_data,
    Holder_1126df55 & adj_ret)
{
    adj_data = adj_ret.data;
}

// Required when compiling adjoints.
CUDA_CALLABLE Holder_1126df55 add(const Holder_1126df55& a, const Holder_1126df55& b)
{
    return Holder_1126df55();
}

CUDA_CALLABLE void adj_atomic_add(Holder_1126df55* p, Holder_1126df55 t)
{
    wp::adj_atomic_add(&p->data, t.data);
}



struct wp_args_array_from_ptr_69ba206f {
    wp::array_t<wp::float32> arr_orig;
    wp::array_t<wp::vec_t<3, wp::float32>> vecs;
    wp::array_t<Particle_92ef1759> parts;
    Holder_1126df55 h;
    wp::array_t<wp::uint64> out;
};


void array_from_ptr_69ba206f_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_array_from_ptr_69ba206f *_wp_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_arr_orig = _wp_args->arr_orig;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vecs = _wp_args->vecs;
    wp::array_t<Particle_92ef1759> var_parts = _wp_args->parts;
    Holder_1126df55 var_h = _wp_args->h;
    wp::array_t<wp::uint64> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::uint64* var_0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::array_t<wp::float32> var_4;
    const wp::int32 var_5 = 2;
    const wp::int32 var_6 = 3;
    wp::uint64 var_7;
    const wp::float32 var_8 = 1.0;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float32* var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 2;
    wp::uint64* var_19;
    const wp::int32 var_20 = 4;
    wp::tuple_t<wp::int32> var_21;
    wp::array_t<wp::vec_t<3, wp::float32>> var_22;
    const wp::int32 var_23 = 4;
    wp::uint64 var_24;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = 2.0;
    const wp::float32 var_27 = 3.0;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 3;
    wp::uint64* var_30;
    const wp::int32 var_31 = 2;
    wp::tuple_t<wp::int32> var_32;
    wp::array_t<Particle_92ef1759> var_33;
    const wp::int32 var_34 = 2;
    wp::uint64 var_35;
    Particle_92ef1759 var_36;
    const wp::int32 var_37 = 1;
    wp::array_t<wp::float32>* var_38;
    wp::uint64* var_39;
    const wp::int32 var_40 = 2;
    const wp::int32 var_41 = 2;
    const wp::int32 var_42 = 2;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_43;
    wp::array_t<wp::float32> var_44;
    const wp::int32 var_45 = 2;
    const wp::int32 var_46 = 2;
    const wp::int32 var_47 = 2;
    wp::uint64 var_48;
    const wp::float32 var_49 = 8.0;
    const wp::int32 var_50 = 1;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 1;
    wp::array_t<wp::float32>* var_53;
    wp::uint64* var_54;
    wp::uint64 var_55;
    wp::uint64 var_56;
    wp::uint64 var_57;
    wp::array_t<wp::float32>* var_58;
    wp::uint64* var_59;
    wp::uint64 var_60;
    wp::uint64 var_61;
    const wp::int32 var_62 = 0;
    wp::uint64* var_63;
    wp::uint64 var_64;
    bool var_65;
    wp::uint64 var_66;
    wp::uint64 var_67;
    const wp::int32 var_68 = 1;
    //---------
    // forward
    // def array_from_ptr(                                                                    <L 20>
    // arr = wp.array(ptr=arr_orig.ptr, shape=(2, 3), dtype=wp.float32)                       <L 27>
    var_0 = (wp::uint64*)&(var_arr_orig.data);
    var_3 = wp::tuple(var_1, var_2);
    var_7 = wp::load(var_0);
    var_4 = wp::array_t<wp::float32>(var_7, var_5, var_6);
    // arr[0, 0] = 1.0                                                                        <L 28>
    wp::array_store(var_4, var_9, var_10, var_8);
    // arr[1, 2] = arr[0, 0] + 2.0                                                            <L 29>
    var_13 = wp::address(var_4, var_11, var_12);
    var_16 = wp::load(var_13);
    var_15 = wp::add(var_16, var_14);
    wp::array_store(var_4, var_17, var_18, var_15);
    // v = wp.array(ptr=vecs.ptr, shape=(4,), dtype=wp.vec3)                                  <L 30>
    var_19 = (wp::uint64*)&(var_vecs.data);
    var_21 = wp::tuple(var_20);
    var_24 = wp::load(var_19);
    var_22 = wp::array_t<wp::vec_t<3, wp::float32>>(var_24, var_23);
    // v[3] = wp.vec3(1.0, 2.0, 3.0)                                                          <L 31>
    var_28 = wp::vec_t<3, wp::float32>(var_25, var_26, var_27);
    wp::array_store(var_22, var_29, var_28);
    // p = wp.array(ptr=parts.ptr, shape=(2,), dtype=Particle)                                <L 32>
    var_30 = (wp::uint64*)&(var_parts.data);
    var_32 = wp::tuple(var_31);
    var_35 = wp::load(var_30);
    var_33 = wp::array_t<Particle_92ef1759>(var_35, var_34);
    // p[1] = Particle()                                                                      <L 33>
    var_36 = Particle_92ef1759();
    wp::array_store(var_33, var_37, var_36);
    // flat = wp.array(ptr=h.data.ptr, shape=(2, 2, 2), dtype=float)                          <L 34>
    var_38 = &((var_h).data);
    var_39 = (wp::uint64*)&(var_38->data);
    var_43 = wp::tuple(var_40, var_41, var_42);
    var_48 = wp::load(var_39);
    var_44 = wp::array_t<wp::float32>(var_48, var_45, var_46, var_47);
    // flat[1, 1, 1] = 8.0                                                                    <L 35>
    wp::array_store(var_44, var_50, var_51, var_52, var_49);
    // out[0] = (h.data.ptr + wp.uint64(4)) - h.data.ptr                                      <L 37>
    var_53 = &((var_h).data);
    var_54 = (wp::uint64*)&(var_53->data);
    var_55 = 4ull;
    var_57 = wp::load(var_54);
    var_56 = wp::add(var_57, var_55);
    var_58 = &((var_h).data);
    var_59 = (wp::uint64*)&(var_58->data);
    var_61 = wp::load(var_59);
    var_60 = wp::sub(var_56, var_61);
    wp::array_store(var_out, var_62, var_60);
    // out[1] = wp.uint64(arr_orig.ptr != wp.uint64(0))                                       <L 38>
    var_63 = (wp::uint64*)&(var_arr_orig.data);
    var_64 = 0ull;
    var_66 = wp::load(var_63);
    var_65 = (var_66 != var_64);
    var_67 = wp::uint64(var_65);
    wp::array_store(var_out, var_68, var_67);
}



void array_from_ptr_69ba206f_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_array_from_ptr_69ba206f *_wp_args,
    wp_args_array_from_ptr_69ba206f *_wp_adj_args)
{
    //---------
    // argument vars
    wp::array_t<wp::float32> var_arr_orig = _wp_args->arr_orig;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vecs = _wp_args->vecs;
    wp::array_t<Particle_92ef1759> var_parts = _wp_args->parts;
    Holder_1126df55 var_h = _wp_args->h;
    wp::array_t<wp::uint64> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_arr_orig = _wp_adj_args->arr_orig;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vecs = _wp_adj_args->vecs;
    wp::array_t<Particle_92ef1759> adj_parts = _wp_adj_args->parts;
    Holder_1126df55 adj_h = _wp_adj_args->h;
    wp::array_t<wp::uint64> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::uint64* var_0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 3;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::array_t<wp::float32> var_4;
    const wp::int32 var_5 = 2;
    const wp::int32 var_6 = 3;
    wp::uint64 var_7;
    const wp::float32 var_8 = 1.0;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = 0;
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    wp::float32* var_13;
    const wp::float32 var_14 = 2.0;
    wp::float32 var_15;
    wp::float32 var_16;
    const wp::int32 var_17 = 1;
    const wp::int32 var_18 = 2;
    wp::uint64* var_19;
    const wp::int32 var_20 = 4;
    wp::tuple_t<wp::int32> var_21;
    wp::array_t<wp::vec_t<3, wp::float32>> var_22;
    const wp::int32 var_23 = 4;
    wp::uint64 var_24;
    const wp::float32 var_25 = 1.0;
    const wp::float32 var_26 = 2.0;
    const wp::float32 var_27 = 3.0;
    wp::vec_t<3, wp::float32> var_28;
    const wp::int32 var_29 = 3;
    wp::uint64* var_30;
    const wp::int32 var_31 = 2;
    wp::tuple_t<wp::int32> var_32;
    wp::array_t<Particle_92ef1759> var_33;
    const wp::int32 var_34 = 2;
    wp::uint64 var_35;
    Particle_92ef1759 var_36;
    const wp::int32 var_37 = 1;
    wp::array_t<wp::float32>* var_38;
    wp::uint64* var_39;
    const wp::int32 var_40 = 2;
    const wp::int32 var_41 = 2;
    const wp::int32 var_42 = 2;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_43;
    wp::array_t<wp::float32> var_44;
    const wp::int32 var_45 = 2;
    const wp::int32 var_46 = 2;
    const wp::int32 var_47 = 2;
    wp::uint64 var_48;
    const wp::float32 var_49 = 8.0;
    const wp::int32 var_50 = 1;
    const wp::int32 var_51 = 1;
    const wp::int32 var_52 = 1;
    wp::array_t<wp::float32>* var_53;
    wp::uint64* var_54;
    wp::uint64 var_55;
    wp::uint64 var_56;
    wp::uint64 var_57;
    wp::array_t<wp::float32>* var_58;
    wp::uint64* var_59;
    wp::uint64 var_60;
    wp::uint64 var_61;
    const wp::int32 var_62 = 0;
    wp::uint64* var_63;
    wp::uint64 var_64;
    bool var_65;
    wp::uint64 var_66;
    wp::uint64 var_67;
    const wp::int32 var_68 = 1;
    //---------
    // dual vars
    wp::uint64 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::array_t<wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::uint64 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::uint64 adj_19 = {};
    wp::int32 adj_20 = {};
    wp::tuple_t<wp::int32> adj_21 = {};
    wp::array_t<wp::vec_t<3, wp::float32>> adj_22 = {};
    wp::int32 adj_23 = {};
    wp::uint64 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::int32 adj_29 = {};
    wp::uint64 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::tuple_t<wp::int32> adj_32 = {};
    wp::array_t<Particle_92ef1759> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::uint64 adj_35 = {};
    Particle_92ef1759 adj_36 = {};
    wp::int32 adj_37 = {};
    wp::array_t<wp::float32> adj_38 = {};
    wp::uint64 adj_39 = {};
    wp::int32 adj_40 = {};
    wp::int32 adj_41 = {};
    wp::int32 adj_42 = {};
    wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_43 = {};
    wp::array_t<wp::float32> adj_44 = {};
    wp::int32 adj_45 = {};
    wp::int32 adj_46 = {};
    wp::int32 adj_47 = {};
    wp::uint64 adj_48 = {};
    wp::float32 adj_49 = {};
    wp::int32 adj_50 = {};
    wp::int32 adj_51 = {};
    wp::int32 adj_52 = {};
    wp::array_t<wp::float32> adj_53 = {};
    wp::uint64 adj_54 = {};
    wp::uint64 adj_55 = {};
    wp::uint64 adj_56 = {};
    wp::uint64 adj_57 = {};
    wp::array_t<wp::float32> adj_58 = {};
    wp::uint64 adj_59 = {};
    wp::uint64 adj_60 = {};
    wp::uint64 adj_61 = {};
    wp::int32 adj_62 = {};
    wp::uint64 adj_63 = {};
    wp::uint64 adj_64 = {};
    bool adj_65 = {};
    wp::uint64 adj_66 = {};
    wp::uint64 adj_67 = {};
    wp::int32 adj_68 = {};
    //---------
    // forward
    // def array_from_ptr(                                                                    <L 20>
    // arr = wp.array(ptr=arr_orig.ptr, shape=(2, 3), dtype=wp.float32)                       <L 27>
    var_0 = (wp::uint64*)&(var_arr_orig.data);
    var_3 = wp::tuple(var_1, var_2);
    var_7 = wp::load(var_0);
    var_4 = wp::array_t<wp::float32>(var_7, var_5, var_6);
    // arr[0, 0] = 1.0                                                                        <L 28>
    // wp::array_store(var_4, var_9, var_10, var_8);
    // arr[1, 2] = arr[0, 0] + 2.0                                                            <L 29>
    var_13 = wp::address(var_4, var_11, var_12);
    var_16 = wp::load(var_13);
    var_15 = wp::add(var_16, var_14);
    // wp::array_store(var_4, var_17, var_18, var_15);
    // v = wp.array(ptr=vecs.ptr, shape=(4,), dtype=wp.vec3)                                  <L 30>
    var_19 = (wp::uint64*)&(var_vecs.data);
    var_21 = wp::tuple(var_20);
    var_24 = wp::load(var_19);
    var_22 = wp::array_t<wp::vec_t<3, wp::float32>>(var_24, var_23);
    // v[3] = wp.vec3(1.0, 2.0, 3.0)                                                          <L 31>
    var_28 = wp::vec_t<3, wp::float32>(var_25, var_26, var_27);
    // wp::array_store(var_22, var_29, var_28);
    // p = wp.array(ptr=parts.ptr, shape=(2,), dtype=Particle)                                <L 32>
    var_30 = (wp::uint64*)&(var_parts.data);
    var_32 = wp::tuple(var_31);
    var_35 = wp::load(var_30);
    var_33 = wp::array_t<Particle_92ef1759>(var_35, var_34);
    // p[1] = Particle()                                                                      <L 33>
    var_36 = Particle_92ef1759();
    // wp::array_store(var_33, var_37, var_36);
    // flat = wp.array(ptr=h.data.ptr, shape=(2, 2, 2), dtype=float)                          <L 34>
    var_38 = &((var_h).data);
    var_39 = (wp::uint64*)&(var_38->data);
    var_43 = wp::tuple(var_40, var_41, var_42);
    var_48 = wp::load(var_39);
    var_44 = wp::array_t<wp::float32>(var_48, var_45, var_46, var_47);
    // flat[1, 1, 1] = 8.0                                                                    <L 35>
    // wp::array_store(var_44, var_50, var_51, var_52, var_49);
    // out[0] = (h.data.ptr + wp.uint64(4)) - h.data.ptr                                      <L 37>
    var_53 = &((var_h).data);
    var_54 = (wp::uint64*)&(var_53->data);
    var_55 = 4ull;
    var_57 = wp::load(var_54);
    var_56 = wp::add(var_57, var_55);
    var_58 = &((var_h).data);
    var_59 = (wp::uint64*)&(var_58->data);
    var_61 = wp::load(var_59);
    var_60 = wp::sub(var_56, var_61);
    // wp::array_store(var_out, var_62, var_60);
    // out[1] = wp.uint64(arr_orig.ptr != wp.uint64(0))                                       <L 38>
    var_63 = (wp::uint64*)&(var_arr_orig.data);
    var_64 = 0ull;
    var_66 = wp::load(var_63);
    var_65 = (var_66 != var_64);
    var_67 = wp::uint64(var_65);
    // wp::array_store(var_out, var_68, var_67);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_68, var_67, adj_out, adj_68, adj_67);
    adj_arr_orig.data = (wp::float32*)adj_63;
    // adj: out[1] = wp.uint64(arr_orig.ptr != wp.uint64(0))                                  <L 38>
    wp::adj_array_store(var_out, var_62, var_60, adj_out, adj_62, adj_60);
    wp::adj_sub(var_56, var_61, adj_56, adj_59, adj_60);
    adj_58.data = (wp::float32*)adj_59;
    adj_h.data = adj_58;
    wp::adj_add(var_57, var_55, adj_54, adj_55, adj_56);
    adj_53.data = (wp::float32*)adj_54;
    adj_h.data = adj_53;
    // adj: out[0] = (h.data.ptr + wp.uint64(4)) - h.data.ptr                                 <L 37>
    wp::adj_array_store(var_44, var_50, var_51, var_52, var_49, adj_44, adj_50, adj_51, adj_52, adj_49);
    // adj: flat[1, 1, 1] = 8.0                                                               <L 35>
    adj_38.data = (wp::float32*)adj_39;
    adj_h.data = adj_38;
    // adj: flat = wp.array(ptr=h.data.ptr, shape=(2, 2, 2), dtype=float)                     <L 34>
    wp::adj_array_store(var_33, var_37, var_36, adj_33, adj_37, adj_36);
    // adj: p[1] = Particle()                                                                 <L 33>
    adj_parts.data = (Particle_92ef1759*)adj_30;
    // adj: p = wp.array(ptr=parts.ptr, shape=(2,), dtype=Particle)                           <L 32>
    wp::adj_array_store(var_22, var_29, var_28, adj_22, adj_29, adj_28);
    wp::adj_vec_t(var_25, var_26, var_27, adj_25, adj_26, adj_27, adj_28);
    // adj: v[3] = wp.vec3(1.0, 2.0, 3.0)                                                     <L 31>
    adj_vecs.data = (wp::vec_t<3, wp::float32>*)adj_19;
    // adj: v = wp.array(ptr=vecs.ptr, shape=(4,), dtype=wp.vec3)                             <L 30>
    wp::adj_array_store(var_4, var_17, var_18, var_15, adj_4, adj_17, adj_18, adj_15);
    wp::adj_add(var_16, var_14, adj_13, adj_14, adj_15);
    wp::adj_address(var_4, var_11, var_12, adj_4, adj_11, adj_12, adj_13);
    // adj: arr[1, 2] = arr[0, 0] + 2.0                                                       <L 29>
    wp::adj_array_store(var_4, var_9, var_10, var_8, adj_4, adj_9, adj_10, adj_8);
    // adj: arr[0, 0] = 1.0                                                                   <L 28>
    adj_arr_orig.data = (wp::float32*)adj_0;
    // adj: arr = wp.array(ptr=arr_orig.ptr, shape=(2, 3), dtype=wp.float32)                  <L 27>
    // adj: def array_from_ptr(                                                               <L 20>
    return;
}



extern "C" {

// Python CPU entry points
WP_API void array_from_ptr_69ba206f_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_array_from_ptr_69ba206f *_wp_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        array_from_ptr_69ba206f_cpu_kernel_forward(*dim, task_index, _wp_args);
    }
}

} // extern C



extern "C" {

WP_API void array_from_ptr_69ba206f_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_array_from_ptr_69ba206f *_wp_args,
    wp_args_array_from_ptr_69ba206f *_wp_adj_args)
{
    wp::tile_shared_storage_t tile_mem;
#if defined(WP_ENABLE_TILES_IN_STACK_MEMORY)
    wp::shared_tile_storage = &tile_mem;
#endif

    for (size_t task_index = 0; task_index < dim->size; ++task_index)
    {
        array_from_ptr_69ba206f_cpu_kernel_backward(*dim, task_index, _wp_args, _wp_adj_args);
    }
}

} // extern C

