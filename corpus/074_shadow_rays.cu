#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif


struct Light_8d06cfae
{
    wp::vec_t<3, wp::float32> position;
    wp::vec_t<3, wp::float32> color;
    wp::float32 radius;
    wp::float32 intensity;


    Light_8d06cfae() = default;
    CUDA_CALLABLE Light_8d06cfae(wp::vec_t<3, wp::float32> const& position,
    wp::vec_t<3, wp::float32> const& color = {},
    wp::float32 const& radius = {},
    wp::float32 const& intensity = {})
        : position{position}
        , color{color}
        , radius{radius}
        , intensity{intensity}

    {
    }

    CUDA_CALLABLE Light_8d06cfae& operator += (const Light_8d06cfae& rhs)
    {    position += rhs.position;
    color += rhs.color;
    radius += rhs.radius;
    intensity += rhs.intensity;

        return *this;}

};

static CUDA_CALLABLE void adj_Light_8d06cfae(wp::vec_t<3, wp::float32> const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 const&,
    wp::float32 const&,
    wp::vec_t<3, wp::float32> & adj_position,
    wp::vec_t<3, wp::float32> & adj_color,
    wp::float32 & adj_radius,
    wp::float32 & adj_intensity,
    Light_8d06cfae & adj_ret)
{
    adj_position += adj_ret.position;
    adj_color += adj_ret.color;
    adj_radius += adj_ret.radius;
    adj_intensity += adj_ret.intensity;
}

// Required when compiling adjoints.
CUDA_CALLABLE Light_8d06cfae add(const Light_8d06cfae& a, const Light_8d06cfae& b)
{
    return Light_8d06cfae();
}

CUDA_CALLABLE void adj_atomic_add(Light_8d06cfae* p, Light_8d06cfae t)
{
    wp::adj_atomic_add(&p->position, t.position);
    wp::adj_atomic_add(&p->color, t.color);
    wp::adj_atomic_add(&p->radius, t.radius);
    wp::adj_atomic_add(&p->intensity, t.intensity);
}




// corpus/074_shadow_rays.py:12
static CUDA_CALLABLE bool occluded_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_t_max,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    const wp::float32 var_30 = 0.0001;
    bool var_31;
    bool var_32;
    const bool var_33 = true;
    const bool var_34 = false;
    //---------
    // forward
    // def occluded(o: wp.vec3, d: wp.vec3, t_max: float, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float)) -> bool:       <L 13>
    // for s in range(centers.shape[0]):                                                      <L 14>
    var_0 = &(var_centers.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    var_4 = wp::range(var_2);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
        // oc = o - centers[s]                                                                <L 15>
        var_6 = wp::address(var_centers, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_o, var_8);
        // b = wp.dot(oc, d)                                                                  <L 16>
        var_9 = wp::dot(var_7, var_d);
        // c = wp.dot(oc, oc) - radii[s] * radii[s]                                           <L 17>
        var_10 = wp::dot(var_7, var_7);
        var_11 = wp::address(var_radii, var_5);
        var_12 = wp::address(var_radii, var_5);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_15);
        var_16 = wp::sub(var_10, var_13);
        // if c > 0.0 and b > 0.0:                                                            <L 18>
        var_19 = (var_16 > var_18);
        var_17 = var_19;
        if (var_17) {
            var_21 = (var_9 > var_20);
            var_17 = var_17 && var_21;
        }
        if (var_17) {
            // continue                                                                       <L 19>
            goto start_for_0;
        }
        // disc = b * b - c                                                                   <L 20>
        var_22 = wp::mul(var_9, var_9);
        var_23 = wp::sub(var_22, var_16);
        // if disc < 0.0:                                                                     <L 21>
        var_25 = (var_23 < var_24);
        if (var_25) {
            // continue                                                                       <L 22>
            goto start_for_0;
        }
        // t = -b - wp.sqrt(disc)                                                             <L 23>
        var_26 = wp::neg(var_9);
        var_27 = wp::sqrt(var_23);
        var_28 = wp::sub(var_26, var_27);
        // if t > 1.0e-4 and t < t_max:                                                       <L 24>
        var_31 = (var_28 > var_30);
        var_29 = var_31;
        if (var_29) {
            var_32 = (var_28 < var_t_max);
            var_29 = var_29 && var_32;
        }
        if (var_29) {
            // return True                                                                    <L 25>
            return var_33;
        }
        goto start_for_0;
    end_for_0:;
    // return False                                                                           <L 26>
    return var_34;
}


// corpus/074_shadow_rays.py:29
static CUDA_CALLABLE wp::float32 attenuation_0(
    wp::float32 var_dist,
    wp::float32 var_radius)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // forward
    // def attenuation(dist: float, radius: float) -> float:                                  <L 30>
    // x = dist / radius                                                                      <L 31>
    var_0 = wp::div(var_dist, var_radius);
    // f = wp.clamp(1.0 - x * x * x * x, 0.0, 1.0)                                            <L 32>
    var_2 = wp::mul(var_0, var_0);
    var_3 = wp::mul(var_2, var_0);
    var_4 = wp::mul(var_3, var_0);
    var_5 = wp::sub(var_1, var_4);
    var_8 = wp::clamp(var_5, var_6, var_7);
    // return f * f / (dist * dist + 1.0)                                                     <L 33>
    var_9 = wp::mul(var_8, var_8);
    var_10 = wp::mul(var_dist, var_dist);
    var_12 = wp::add(var_10, var_11);
    var_13 = wp::div(var_9, var_12);
    return var_13;
}


// corpus/074_shadow_rays.py:12
static CUDA_CALLABLE void adj_occluded_0(
    wp::vec_t<3, wp::float32> var_o,
    wp::vec_t<3, wp::float32> var_d,
    wp::float32 var_t_max,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::vec_t<3, wp::float32> & adj_o,
    wp::vec_t<3, wp::float32> & adj_d,
    wp::float32 & adj_t_max,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_centers,
    wp::array_t<wp::float32> & adj_radii,
    bool & adj_ret)
{
    //---------
    // primal vars
    wp::shape_t* var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    wp::shape_t var_3;
    wp::range_t var_4;
    wp::int32 var_5;
    wp::vec_t<3, wp::float32>* var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32* var_11;
    wp::float32* var_12;
    wp::float32 var_13;
    wp::float32 var_14;
    wp::float32 var_15;
    wp::float32 var_16;
    bool var_17;
    const wp::float32 var_18 = 0.0;
    bool var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::float32 var_22;
    wp::float32 var_23;
    const wp::float32 var_24 = 0.0;
    bool var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::float32 var_28;
    bool var_29;
    const wp::float32 var_30 = 0.0001;
    bool var_31;
    bool var_32;
    const bool var_33 = true;
    const bool var_34 = false;
    //---------
    // dual vars
    wp::shape_t adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::shape_t adj_3 = {};
    wp::range_t adj_4 = {};
    wp::int32 adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    wp::float32 adj_15 = {};
    wp::float32 adj_16 = {};
    bool adj_17 = {};
    wp::float32 adj_18 = {};
    bool adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::float32 adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    bool adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    bool adj_29 = {};
    wp::float32 adj_30 = {};
    bool adj_31 = {};
    bool adj_32 = {};
    bool adj_33 = {};
    bool adj_34 = {};
    //---------
    // forward
    // def occluded(o: wp.vec3, d: wp.vec3, t_max: float, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float)) -> bool:       <L 13>
    // for s in range(centers.shape[0]):                                                      <L 14>
    var_0 = &(var_centers.shape);
    var_3 = wp::load(var_0);
    var_2 = wp::extract(var_3, var_1);
    var_4 = wp::range(var_2);
    // return False                                                                           <L 26>
    goto label3;
    //---------
    // reverse
    label3:;
    adj_34 += adj_ret;
    // adj: return False                                                                      <L 26>
    var_4 = wp::iter_reverse(var_4);
    start_for_0:;
        if (iter_cmp(var_4) == 0) goto end_for_0;
        var_5 = wp::iter_next(var_4);
    	adj_6 = {};
    	adj_7 = {};
    	adj_8 = {};
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
    	adj_33 = {};
        // oc = o - centers[s]                                                                <L 15>
        var_6 = wp::address(var_centers, var_5);
        var_8 = wp::load(var_6);
        var_7 = wp::sub(var_o, var_8);
        // b = wp.dot(oc, d)                                                                  <L 16>
        var_9 = wp::dot(var_7, var_d);
        // c = wp.dot(oc, oc) - radii[s] * radii[s]                                           <L 17>
        var_10 = wp::dot(var_7, var_7);
        var_11 = wp::address(var_radii, var_5);
        var_12 = wp::address(var_radii, var_5);
        var_14 = wp::load(var_11);
        var_15 = wp::load(var_12);
        var_13 = wp::mul(var_14, var_15);
        var_16 = wp::sub(var_10, var_13);
        // if c > 0.0 and b > 0.0:                                                            <L 18>
        var_19 = (var_16 > var_18);
        var_17 = var_19;
        if (var_17) {
            var_21 = (var_9 > var_20);
            var_17 = var_17 && var_21;
        }
        if (var_17) {
            // continue                                                                       <L 19>
            goto start_for_0;
        }
        // disc = b * b - c                                                                   <L 20>
        var_22 = wp::mul(var_9, var_9);
        var_23 = wp::sub(var_22, var_16);
        // if disc < 0.0:                                                                     <L 21>
        var_25 = (var_23 < var_24);
        if (var_25) {
            // continue                                                                       <L 22>
            goto start_for_0;
        }
        // t = -b - wp.sqrt(disc)                                                             <L 23>
        var_26 = wp::neg(var_9);
        var_27 = wp::sqrt(var_23);
        var_28 = wp::sub(var_26, var_27);
        // if t > 1.0e-4 and t < t_max:                                                       <L 24>
        var_31 = (var_28 > var_30);
        var_29 = var_31;
        if (var_29) {
            var_32 = (var_28 < var_t_max);
            var_29 = var_29 && var_32;
        }
        if (var_29) {
            // return True                                                                    <L 25>
            goto label2;
        }
        if (var_29) {
            label2:;
            adj_33 += adj_ret;
            // adj: return True                                                               <L 25>
        }
        if (var_29) {
        }
        // adj: if t > 1.0e-4 and t < t_max:                                                  <L 24>
        wp::adj_sub(var_26, var_27, adj_26, adj_27, adj_28);
        wp::adj_sqrt(var_23, var_27, adj_23, adj_27);
        wp::adj_neg(var_9, adj_9, adj_26);
        // adj: t = -b - wp.sqrt(disc)                                                        <L 23>
        if (var_25) {
            // adj: continue                                                                  <L 22>
        }
        // adj: if disc < 0.0:                                                                <L 21>
        wp::adj_sub(var_22, var_16, adj_22, adj_16, adj_23);
        wp::adj_mul(var_9, var_9, adj_9, adj_9, adj_22);
        // adj: disc = b * b - c                                                              <L 20>
        if (var_17) {
            // adj: continue                                                                  <L 19>
        }
        if (var_17) {
        }
        // adj: if c > 0.0 and b > 0.0:                                                       <L 18>
        wp::adj_sub(var_10, var_13, adj_10, adj_13, adj_16);
        wp::adj_mul(var_14, var_15, adj_11, adj_12, adj_13);
        wp::adj_address(var_radii, var_5, adj_radii, adj_5, adj_12);
        wp::adj_address(var_radii, var_5, adj_radii, adj_5, adj_11);
        wp::adj_dot(var_7, var_7, adj_7, adj_7, adj_10);
        // adj: c = wp.dot(oc, oc) - radii[s] * radii[s]                                      <L 17>
        wp::adj_dot(var_7, var_d, adj_7, adj_d, adj_9);
        // adj: b = wp.dot(oc, d)                                                             <L 16>
        wp::adj_sub(var_o, var_8, adj_o, adj_6, adj_7);
        wp::adj_address(var_centers, var_5, adj_centers, adj_5, adj_6);
        // adj: oc = o - centers[s]                                                           <L 15>
    	goto start_for_0;
    end_for_0:;
    adj_centers.shape = adj_0;
    // adj: for s in range(centers.shape[0]):                                                 <L 14>
    // adj: def occluded(o: wp.vec3, d: wp.vec3, t_max: float, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float)) -> bool:  <L 13>
    return;
}


// corpus/074_shadow_rays.py:29
static CUDA_CALLABLE void adj_attenuation_0(
    wp::float32 var_dist,
    wp::float32 var_radius,
    wp::float32 & adj_dist,
    wp::float32 & adj_radius,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    const wp::float32 var_1 = 1.0;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    const wp::float32 var_6 = 0.0;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    const wp::float32 var_11 = 1.0;
    wp::float32 var_12;
    wp::float32 var_13;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    //---------
    // forward
    // def attenuation(dist: float, radius: float) -> float:                                  <L 30>
    // x = dist / radius                                                                      <L 31>
    var_0 = wp::div(var_dist, var_radius);
    // f = wp.clamp(1.0 - x * x * x * x, 0.0, 1.0)                                            <L 32>
    var_2 = wp::mul(var_0, var_0);
    var_3 = wp::mul(var_2, var_0);
    var_4 = wp::mul(var_3, var_0);
    var_5 = wp::sub(var_1, var_4);
    var_8 = wp::clamp(var_5, var_6, var_7);
    // return f * f / (dist * dist + 1.0)                                                     <L 33>
    var_9 = wp::mul(var_8, var_8);
    var_10 = wp::mul(var_dist, var_dist);
    var_12 = wp::add(var_10, var_11);
    var_13 = wp::div(var_9, var_12);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_13 += adj_ret;
    wp::adj_div(var_9, var_12, var_13, adj_9, adj_12, adj_13);
    wp::adj_add(var_10, var_11, adj_10, adj_11, adj_12);
    wp::adj_mul(var_dist, var_dist, adj_dist, adj_dist, adj_10);
    wp::adj_mul(var_8, var_8, adj_8, adj_8, adj_9);
    // adj: return f * f / (dist * dist + 1.0)                                                <L 33>
    wp::adj_clamp(var_5, var_6, var_7, adj_5, adj_6, adj_7, adj_8);
    wp::adj_sub(var_1, var_4, adj_1, adj_4, adj_5);
    wp::adj_mul(var_3, var_0, adj_3, adj_0, adj_4);
    wp::adj_mul(var_2, var_0, adj_2, adj_0, adj_3);
    wp::adj_mul(var_0, var_0, adj_0, adj_0, adj_2);
    // adj: f = wp.clamp(1.0 - x * x * x * x, 0.0, 1.0)                                       <L 32>
    wp::adj_div(var_dist, var_radius, var_0, adj_dist, adj_radius, adj_0);
    // adj: x = dist / radius                                                                 <L 31>
    // adj: def attenuation(dist: float, radius: float) -> float:                             <L 30>
    return;
}



extern "C" __global__ void direct_lighting_3c22c99f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_albedo,
    wp::array_t<Light_8d06cfae> var_lights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_seed,
    wp::int32 var_shadow_samples,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::uint32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        Light_8d06cfae* var_15;
        Light_8d06cfae var_16;
        Light_8d06cfae var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        const wp::float32 var_30 = -1.0;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        const wp::float32 var_33 = -1.0;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        const wp::float32 var_36 = -1.0;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32* var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.001;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        bool var_52;
        bool var_53;
        const wp::int32 var_54 = 1;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<3, wp::float32>* var_62;
        wp::vec_t<3, wp::float32>* var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::float32* var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 50.0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        //---------
        // forward
        // def direct_lighting(                                                                   <L 37>
        // i = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // p = points[i]                                                                          <L 49>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = normals[i]                                                                         <L 50>
        var_4 = wp::address(var_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // state = wp.rand_init(seed, i)                                                          <L 51>
        var_7 = wp::rand_init(var_seed, var_0);
        // total = wp.vec3()                                                                      <L 52>
        var_8 = wp::vec_t<3, wp::float32>();
        // for l in range(lights.shape[0]):                                                       <L 53>
        var_9 = &(var_lights.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::range(var_11);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
            // light = lights[l]                                                                  <L 54>
            var_15 = wp::address(var_lights, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // to_l = light.position - p                                                          <L 55>
            var_18 = &((var_16).position);
            var_20 = wp::load(var_18);
            var_19 = wp::sub(var_20, var_2);
            // dist = wp.length(to_l)                                                             <L 56>
            var_21 = wp::length(var_19);
            // ldir = to_l / dist                                                                 <L 57>
            var_22 = wp::div(var_19, var_21);
            // ndotl = wp.dot(n, ldir)                                                            <L 58>
            var_23 = wp::dot(var_5, var_22);
            // if ndotl <= 0.0:                                                                   <L 59>
            var_25 = (var_23 <= var_24);
            if (var_25) {
                // continue                                                                       <L 60>
                goto start_for_0;
            }
            // visible = int(0)                                                                   <L 61>
            var_27 = wp::int(var_26);
            // for s in range(shadow_samples):                                                    <L 62>
            var_28 = wp::range(var_shadow_samples);
            start_for_2:;
                if (iter_cmp(var_28) == 0) goto end_for_2;
                var_29 = wp::iter_next(var_28);
                // jitter = wp.vec3(wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0)) * light.radius       <L 63>
                var_32 = wp::randf(var_7, var_30, var_31);
                var_35 = wp::randf(var_7, var_33, var_34);
                var_38 = wp::randf(var_7, var_36, var_37);
                var_39 = wp::vec_t<3, wp::float32>(var_32, var_35, var_38);
                var_40 = &((var_16).radius);
                var_42 = wp::load(var_40);
                var_41 = wp::mul(var_39, var_42);
                // target = light.position + jitter                                               <L 64>
                var_43 = &((var_16).position);
                var_45 = wp::load(var_43);
                var_44 = wp::add(var_45, var_41);
                // d = target - p                                                                 <L 65>
                var_46 = wp::sub(var_44, var_2);
                // dl = wp.length(d)                                                              <L 66>
                var_47 = wp::length(var_46);
                // if not occluded(p + n * 1.0e-3, d / dl, dl, centers, radii):                   <L 67>
                var_49 = wp::mul(var_5, var_48);
                var_50 = wp::add(var_2, var_49);
                var_51 = wp::div(var_46, var_47);
                var_52 = occluded_0(var_50, var_51, var_47, var_centers, var_radii);
                var_53 = wp::unot(var_52);
                if (var_53) {
                    // visible += 1                                                               <L 68>
                    var_55 = wp::add(var_27, var_54);
                }
                var_56 = wp::where(var_53, var_55, var_27);
                wp::assign(var_27, var_56);
                goto start_for_2;
            end_for_2:;
            // vis = float(visible) / float(wp.max(shadow_samples, 1))                            <L 69>
            var_57 = wp::float(var_27);
            var_59 = wp::max(var_shadow_samples, var_58);
            var_60 = wp::float(var_59);
            var_61 = wp::div(var_57, var_60);
            // total += wp.cw_mul(albedo[i], light.color) * (light.intensity * ndotl * vis * attenuation(dist, 50.0))       <L 70>
            var_62 = wp::address(var_albedo, var_0);
            var_63 = &((var_16).color);
            var_65 = wp::load(var_62);
            var_66 = wp::load(var_63);
            var_64 = wp::cw_mul(var_65, var_66);
            var_67 = &((var_16).intensity);
            var_69 = wp::load(var_67);
            var_68 = wp::mul(var_69, var_23);
            var_70 = wp::mul(var_68, var_61);
            var_72 = attenuation_0(var_21, var_71);
            var_73 = wp::mul(var_70, var_72);
            var_74 = wp::mul(var_64, var_73);
            var_75 = wp::add(var_8, var_74);
            wp::assign(var_8, var_75);
            goto start_for_0;
        end_for_0:;
        // out[i] = total                                                                         <L 71>
        wp::array_store(var_out, var_0, var_8);
    }
}



extern "C" __global__ void direct_lighting_3c22c99f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::array_t<wp::vec_t<3, wp::float32>> var_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> var_albedo,
    wp::array_t<Light_8d06cfae> var_lights,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::int32 var_seed,
    wp::int32 var_shadow_samples,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_normals,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_albedo,
    wp::array_t<Light_8d06cfae> adj_lights,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_radii,
    wp::int32 adj_seed,
    wp::int32 adj_shadow_samples,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::uint32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::shape_t* var_9;
        const wp::int32 var_10 = 0;
        wp::int32 var_11;
        wp::shape_t var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        Light_8d06cfae* var_15;
        Light_8d06cfae var_16;
        Light_8d06cfae var_17;
        wp::vec_t<3, wp::float32>* var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::vec_t<3, wp::float32> var_20;
        wp::float32 var_21;
        wp::vec_t<3, wp::float32> var_22;
        wp::float32 var_23;
        const wp::float32 var_24 = 0.0;
        bool var_25;
        const wp::int32 var_26 = 0;
        wp::int32 var_27;
        wp::range_t var_28;
        wp::int32 var_29;
        const wp::float32 var_30 = -1.0;
        const wp::float32 var_31 = 1.0;
        wp::float32 var_32;
        const wp::float32 var_33 = -1.0;
        const wp::float32 var_34 = 1.0;
        wp::float32 var_35;
        const wp::float32 var_36 = -1.0;
        const wp::float32 var_37 = 1.0;
        wp::float32 var_38;
        wp::vec_t<3, wp::float32> var_39;
        wp::float32* var_40;
        wp::vec_t<3, wp::float32> var_41;
        wp::float32 var_42;
        wp::vec_t<3, wp::float32>* var_43;
        wp::vec_t<3, wp::float32> var_44;
        wp::vec_t<3, wp::float32> var_45;
        wp::vec_t<3, wp::float32> var_46;
        wp::float32 var_47;
        const wp::float32 var_48 = 0.001;
        wp::vec_t<3, wp::float32> var_49;
        wp::vec_t<3, wp::float32> var_50;
        wp::vec_t<3, wp::float32> var_51;
        bool var_52;
        bool var_53;
        const wp::int32 var_54 = 1;
        wp::int32 var_55;
        wp::int32 var_56;
        wp::float32 var_57;
        const wp::int32 var_58 = 1;
        wp::int32 var_59;
        wp::float32 var_60;
        wp::float32 var_61;
        wp::vec_t<3, wp::float32>* var_62;
        wp::vec_t<3, wp::float32>* var_63;
        wp::vec_t<3, wp::float32> var_64;
        wp::vec_t<3, wp::float32> var_65;
        wp::vec_t<3, wp::float32> var_66;
        wp::float32* var_67;
        wp::float32 var_68;
        wp::float32 var_69;
        wp::float32 var_70;
        const wp::float32 var_71 = 50.0;
        wp::float32 var_72;
        wp::float32 var_73;
        wp::vec_t<3, wp::float32> var_74;
        wp::vec_t<3, wp::float32> var_75;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::uint32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::shape_t adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        wp::shape_t adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        Light_8d06cfae adj_15 = {};
        Light_8d06cfae adj_16 = {};
        Light_8d06cfae adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        wp::vec_t<3, wp::float32> adj_22 = {};
        wp::float32 adj_23 = {};
        wp::float32 adj_24 = {};
        bool adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::range_t adj_28 = {};
        wp::int32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        wp::float32 adj_35 = {};
        wp::float32 adj_36 = {};
        wp::float32 adj_37 = {};
        wp::float32 adj_38 = {};
        wp::vec_t<3, wp::float32> adj_39 = {};
        wp::float32 adj_40 = {};
        wp::vec_t<3, wp::float32> adj_41 = {};
        wp::float32 adj_42 = {};
        wp::vec_t<3, wp::float32> adj_43 = {};
        wp::vec_t<3, wp::float32> adj_44 = {};
        wp::vec_t<3, wp::float32> adj_45 = {};
        wp::vec_t<3, wp::float32> adj_46 = {};
        wp::float32 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::vec_t<3, wp::float32> adj_49 = {};
        wp::vec_t<3, wp::float32> adj_50 = {};
        wp::vec_t<3, wp::float32> adj_51 = {};
        bool adj_52 = {};
        bool adj_53 = {};
        wp::int32 adj_54 = {};
        wp::int32 adj_55 = {};
        wp::int32 adj_56 = {};
        wp::float32 adj_57 = {};
        wp::int32 adj_58 = {};
        wp::int32 adj_59 = {};
        wp::float32 adj_60 = {};
        wp::float32 adj_61 = {};
        wp::vec_t<3, wp::float32> adj_62 = {};
        wp::vec_t<3, wp::float32> adj_63 = {};
        wp::vec_t<3, wp::float32> adj_64 = {};
        wp::vec_t<3, wp::float32> adj_65 = {};
        wp::vec_t<3, wp::float32> adj_66 = {};
        wp::float32 adj_67 = {};
        wp::float32 adj_68 = {};
        wp::float32 adj_69 = {};
        wp::float32 adj_70 = {};
        wp::float32 adj_71 = {};
        wp::float32 adj_72 = {};
        wp::float32 adj_73 = {};
        wp::vec_t<3, wp::float32> adj_74 = {};
        wp::vec_t<3, wp::float32> adj_75 = {};
        //---------
        // forward
        // def direct_lighting(                                                                   <L 37>
        // i = wp.tid()                                                                           <L 48>
        var_0 = builtin_tid1d();
        // p = points[i]                                                                          <L 49>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // n = normals[i]                                                                         <L 50>
        var_4 = wp::address(var_normals, var_0);
        var_6 = wp::load(var_4);
        var_5 = wp::copy(var_6);
        // state = wp.rand_init(seed, i)                                                          <L 51>
        var_7 = wp::rand_init(var_seed, var_0);
        // total = wp.vec3()                                                                      <L 52>
        var_8 = wp::vec_t<3, wp::float32>();
        // for l in range(lights.shape[0]):                                                       <L 53>
        var_9 = &(var_lights.shape);
        var_12 = wp::load(var_9);
        var_11 = wp::extract(var_12, var_10);
        var_13 = wp::range(var_11);
        // out[i] = total                                                                         <L 71>
        // wp::array_store(var_out, var_0, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_8, adj_out, adj_0, adj_8);
        // adj: out[i] = total                                                                    <L 71>
        var_13 = wp::iter_reverse(var_13);
        start_for_0:;
            if (iter_cmp(var_13) == 0) goto end_for_0;
            var_14 = wp::iter_next(var_13);
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
        	adj_57 = {};
        	adj_58 = {};
        	adj_59 = {};
        	adj_60 = {};
        	adj_61 = {};
        	adj_62 = {};
        	adj_63 = {};
        	adj_64 = {};
        	adj_65 = {};
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
            // light = lights[l]                                                                  <L 54>
            var_15 = wp::address(var_lights, var_14);
            var_17 = wp::load(var_15);
            var_16 = wp::copy(var_17);
            // to_l = light.position - p                                                          <L 55>
            var_18 = &((var_16).position);
            var_20 = wp::load(var_18);
            var_19 = wp::sub(var_20, var_2);
            // dist = wp.length(to_l)                                                             <L 56>
            var_21 = wp::length(var_19);
            // ldir = to_l / dist                                                                 <L 57>
            var_22 = wp::div(var_19, var_21);
            // ndotl = wp.dot(n, ldir)                                                            <L 58>
            var_23 = wp::dot(var_5, var_22);
            // if ndotl <= 0.0:                                                                   <L 59>
            var_25 = (var_23 <= var_24);
            if (var_25) {
                // continue                                                                       <L 60>
                goto start_for_0;
            }
            // visible = int(0)                                                                   <L 61>
            var_27 = wp::int(var_26);
            // for s in range(shadow_samples):                                                    <L 62>
            var_28 = wp::range(var_shadow_samples);
            // vis = float(visible) / float(wp.max(shadow_samples, 1))                            <L 69>
            var_57 = wp::float(var_27);
            var_59 = wp::max(var_shadow_samples, var_58);
            var_60 = wp::float(var_59);
            var_61 = wp::div(var_57, var_60);
            // total += wp.cw_mul(albedo[i], light.color) * (light.intensity * ndotl * vis * attenuation(dist, 50.0))       <L 70>
            var_62 = wp::address(var_albedo, var_0);
            var_63 = &((var_16).color);
            var_65 = wp::load(var_62);
            var_66 = wp::load(var_63);
            var_64 = wp::cw_mul(var_65, var_66);
            var_67 = &((var_16).intensity);
            var_69 = wp::load(var_67);
            var_68 = wp::mul(var_69, var_23);
            var_70 = wp::mul(var_68, var_61);
            var_72 = attenuation_0(var_21, var_71);
            var_73 = wp::mul(var_70, var_72);
            var_74 = wp::mul(var_64, var_73);
            var_75 = wp::add(var_8, var_74);
            wp::assign(var_8, var_75);
            wp::adj_assign(var_8, var_75, adj_8, adj_75);
            wp::adj_add(var_8, var_74, adj_8, adj_74, adj_75);
            wp::adj_mul(var_64, var_73, adj_64, adj_73, adj_74);
            wp::adj_mul(var_70, var_72, adj_70, adj_72, adj_73);
            adj_attenuation_0(var_21, var_71, adj_21, adj_71, adj_72);
            wp::adj_mul(var_68, var_61, adj_68, adj_61, adj_70);
            wp::adj_mul(var_69, var_23, adj_67, adj_23, adj_68);
            adj_16.intensity += adj_67;
            wp::adj_cw_mul(var_65, var_66, adj_62, adj_63, adj_64);
            adj_16.color += adj_63;
            wp::adj_address(var_albedo, var_0, adj_albedo, adj_0, adj_62);
            // adj: total += wp.cw_mul(albedo[i], light.color) * (light.intensity * ndotl * vis * attenuation(dist, 50.0))  <L 70>
            wp::adj_div(var_57, var_60, var_61, adj_57, adj_60, adj_61);
            wp::adj_float(var_59, adj_59, adj_60);
            wp::adj_max(var_shadow_samples, var_58, adj_shadow_samples, adj_58, adj_59);
            wp::adj_float(var_27, adj_27, adj_57);
            // adj: vis = float(visible) / float(wp.max(shadow_samples, 1))                       <L 69>
            var_28 = wp::iter_reverse(var_28);
            start_for_2:;
                if (iter_cmp(var_28) == 0) goto end_for_2;
                var_29 = wp::iter_next(var_28);
            	adj_30 = {};
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
                // jitter = wp.vec3(wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0)) * light.radius       <L 63>
                var_32 = wp::randf(var_7, var_30, var_31);
                var_35 = wp::randf(var_7, var_33, var_34);
                var_38 = wp::randf(var_7, var_36, var_37);
                var_39 = wp::vec_t<3, wp::float32>(var_32, var_35, var_38);
                var_40 = &((var_16).radius);
                var_42 = wp::load(var_40);
                var_41 = wp::mul(var_39, var_42);
                // target = light.position + jitter                                               <L 64>
                var_43 = &((var_16).position);
                var_45 = wp::load(var_43);
                var_44 = wp::add(var_45, var_41);
                // d = target - p                                                                 <L 65>
                var_46 = wp::sub(var_44, var_2);
                // dl = wp.length(d)                                                              <L 66>
                var_47 = wp::length(var_46);
                // if not occluded(p + n * 1.0e-3, d / dl, dl, centers, radii):                   <L 67>
                var_49 = wp::mul(var_5, var_48);
                var_50 = wp::add(var_2, var_49);
                var_51 = wp::div(var_46, var_47);
                var_52 = occluded_0(var_50, var_51, var_47, var_centers, var_radii);
                var_53 = wp::unot(var_52);
                if (var_53) {
                    // visible += 1                                                               <L 68>
                    var_55 = wp::add(var_27, var_54);
                }
                var_56 = wp::where(var_53, var_55, var_27);
                wp::assign(var_27, var_56);
                wp::adj_assign(var_27, var_56, adj_27, adj_56);
                wp::adj_where(var_53, var_55, var_27, adj_53, adj_55, adj_27, adj_56);
                if (var_53) {
                    wp::adj_add(var_27, var_54, adj_27, adj_54, adj_55);
                    // adj: visible += 1                                                          <L 68>
                }
                adj_occluded_0(var_50, var_51, var_47, var_centers, var_radii, adj_50, adj_51, adj_47, adj_centers, adj_radii, adj_52);
                wp::adj_div(var_46, var_47, adj_46, adj_47, adj_51);
                wp::adj_add(var_2, var_49, adj_2, adj_49, adj_50);
                wp::adj_mul(var_5, var_48, adj_5, adj_48, adj_49);
                // adj: if not occluded(p + n * 1.0e-3, d / dl, dl, centers, radii):              <L 67>
                wp::adj_length(var_46, var_47, adj_46, adj_47);
                // adj: dl = wp.length(d)                                                         <L 66>
                wp::adj_sub(var_44, var_2, adj_44, adj_2, adj_46);
                // adj: d = target - p                                                            <L 65>
                wp::adj_add(var_45, var_41, adj_43, adj_41, adj_44);
                adj_16.position += adj_43;
                // adj: target = light.position + jitter                                          <L 64>
                wp::adj_mul(var_39, var_42, adj_39, adj_40, adj_41);
                adj_16.radius += adj_40;
                wp::adj_vec_t(var_32, var_35, var_38, adj_32, adj_35, adj_38, adj_39);
                // adj: jitter = wp.vec3(wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0), wp.randf(state, -1.0, 1.0)) * light.radius  <L 63>
            	goto start_for_2;
            end_for_2:;
            // adj: for s in range(shadow_samples):                                               <L 62>
            // adj: visible = int(0)                                                              <L 61>
            if (var_25) {
                // adj: continue                                                                  <L 60>
            }
            // adj: if ndotl <= 0.0:                                                              <L 59>
            wp::adj_dot(var_5, var_22, adj_5, adj_22, adj_23);
            // adj: ndotl = wp.dot(n, ldir)                                                       <L 58>
            wp::adj_div(var_19, var_21, adj_19, adj_21, adj_22);
            // adj: ldir = to_l / dist                                                            <L 57>
            wp::adj_length(var_19, var_21, adj_19, adj_21);
            // adj: dist = wp.length(to_l)                                                        <L 56>
            wp::adj_sub(var_20, var_2, adj_18, adj_2, adj_19);
            adj_16.position += adj_18;
            // adj: to_l = light.position - p                                                     <L 55>
            wp::adj_copy(var_17, adj_15, adj_16);
            wp::adj_address(var_lights, var_14, adj_lights, adj_14, adj_15);
            // adj: light = lights[l]                                                             <L 54>
        	goto start_for_0;
        end_for_0:;
        adj_lights.shape = adj_9;
        // adj: for l in range(lights.shape[0]):                                                  <L 53>
        // adj: total = wp.vec3()                                                                 <L 52>
        // adj: state = wp.rand_init(seed, i)                                                     <L 51>
        wp::adj_copy(var_6, adj_4, adj_5);
        wp::adj_address(var_normals, var_0, adj_normals, adj_0, adj_4);
        // adj: n = normals[i]                                                                    <L 50>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: p = points[i]                                                                     <L 49>
        // adj: i = wp.tid()                                                                      <L 48>
        // adj: def direct_lighting(                                                              <L 37>
        continue;
    }
}



extern "C" __global__ void hard_shadow_count_4b65907e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::vec_t<3, wp::float32> var_light_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<bool> var_shadowed,
    wp::array_t<wp::int32> var_count)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        bool var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // forward
        // def hard_shadow_count(points: wp.array(dtype=wp.vec3), light_pos: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), shadowed: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):       <L 75>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // d = light_pos - points[i]                                                              <L 77>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_light_pos, var_3);
        // l = wp.length(d)                                                                       <L 78>
        var_4 = wp::length(var_2);
        // s = occluded(points[i], d / l, l, centers, radii)                                      <L 79>
        var_5 = wp::address(var_points, var_0);
        var_6 = wp::div(var_2, var_4);
        var_8 = wp::load(var_5);
        var_7 = occluded_0(var_8, var_6, var_4, var_centers, var_radii);
        // shadowed[i] = s                                                                        <L 80>
        wp::array_store(var_shadowed, var_0, var_7);
        // if s:                                                                                  <L 81>
        if (var_7) {
            // wp.atomic_add(count, 0, 1)                                                         <L 82>
            var_11 = wp::atomic_add(var_count, var_9, var_10);
        }
    }
}



extern "C" __global__ void hard_shadow_count_4b65907e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<3, wp::float32>> var_points,
    wp::vec_t<3, wp::float32> var_light_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::array_t<wp::float32> var_radii,
    wp::array_t<bool> var_shadowed,
    wp::array_t<wp::int32> var_count,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points,
    wp::vec_t<3, wp::float32> adj_light_pos,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::array_t<wp::float32> adj_radii,
    wp::array_t<bool> adj_shadowed,
    wp::array_t<wp::int32> adj_count)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::float32 var_4;
        wp::vec_t<3, wp::float32>* var_5;
        wp::vec_t<3, wp::float32> var_6;
        bool var_7;
        wp::vec_t<3, wp::float32> var_8;
        const wp::int32 var_9 = 0;
        const wp::int32 var_10 = 1;
        wp::int32 var_11;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        bool adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::int32 adj_11 = {};
        //---------
        // forward
        // def hard_shadow_count(points: wp.array(dtype=wp.vec3), light_pos: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), shadowed: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):       <L 75>
        // i = wp.tid()                                                                           <L 76>
        var_0 = builtin_tid1d();
        // d = light_pos - points[i]                                                              <L 77>
        var_1 = wp::address(var_points, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::sub(var_light_pos, var_3);
        // l = wp.length(d)                                                                       <L 78>
        var_4 = wp::length(var_2);
        // s = occluded(points[i], d / l, l, centers, radii)                                      <L 79>
        var_5 = wp::address(var_points, var_0);
        var_6 = wp::div(var_2, var_4);
        var_8 = wp::load(var_5);
        var_7 = occluded_0(var_8, var_6, var_4, var_centers, var_radii);
        // shadowed[i] = s                                                                        <L 80>
        // wp::array_store(var_shadowed, var_0, var_7);
        // if s:                                                                                  <L 81>
        if (var_7) {
            // wp.atomic_add(count, 0, 1)                                                         <L 82>
            // var_11 = wp::atomic_add(var_count, var_9, var_10);
        }
        //---------
        // reverse
        if (var_7) {
            wp::adj_atomic_add(var_count, var_9, var_10, adj_count, adj_9, adj_10, adj_11);
            // adj: wp.atomic_add(count, 0, 1)                                                    <L 82>
        }
        // adj: if s:                                                                             <L 81>
        wp::adj_array_store(var_shadowed, var_0, var_7, adj_shadowed, adj_0, adj_7);
        // adj: shadowed[i] = s                                                                   <L 80>
        adj_occluded_0(var_8, var_6, var_4, var_centers, var_radii, adj_5, adj_6, adj_4, adj_centers, adj_radii, adj_7);
        wp::adj_div(var_2, var_4, adj_2, adj_4, adj_6);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_5);
        // adj: s = occluded(points[i], d / l, l, centers, radii)                                 <L 79>
        wp::adj_length(var_2, var_4, adj_2, adj_4);
        // adj: l = wp.length(d)                                                                  <L 78>
        wp::adj_sub(var_light_pos, var_3, adj_light_pos, adj_1, adj_2);
        wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
        // adj: d = light_pos - points[i]                                                         <L 77>
        // adj: i = wp.tid()                                                                      <L 76>
        // adj: def hard_shadow_count(points: wp.array(dtype=wp.vec3), light_pos: wp.vec3, centers: wp.array(dtype=wp.vec3), radii: wp.array(dtype=float), shadowed: wp.array(dtype=wp.bool), count: wp.array(dtype=int)):  <L 75>
        continue;
    }
}

